import { i18n } from '#i18n';
import type { SummaryWords } from '../../lib/history/insights';
import { translatePlural } from '../../platform/shared/i18n';

/**
 * The language the Insights strings are written in (a message, so a Spanish locale file brings
 * `es`); numbers and durations then match the sentence around them. The browser's language only
 * if the message is missing.
 */
export function insightsLocale(): string {
  return i18n.t('insights.locale') || navigator.language || 'en';
}

/** `summarise`'s sentences from locales/<lang>.yml. */
export function summaryWords(): SummaryWords {
  return {
    locale: insightsLocale(),
    empty: () => i18n.t('insights.empty'),
    quiet: () => i18n.t('insights.quiet'),
    reachedOut: (count, shown) => translatePlural('insights.reached_out', count, [shown]),
    onYourOwn: (total, longest) =>
      longest === null
        ? i18n.t('insights.on_your_own', [total])
        : i18n.t('insights.on_your_own_longest', [total, longest]),
    nudgesActedOn: (count, shown, actedOnCount, actedOn) =>
      `${translatePlural('insights.nudges_shown', count, [shown])} ${translatePlural('insights.nudges_acted_on', actedOnCount, [actedOn])}`,
  };
}
