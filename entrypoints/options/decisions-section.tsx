import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { localDayKey } from '../../lib/history/stats';
import { DECISION_KINDS, type Decision } from '../../lib/tracker/decision-log';
import { isLocalMidnight } from '../../lib/words/clock';
import { formatHoursAndMinutes } from '../../lib/words/duration';
import { clockTime, translate, uiLocale } from '../../platform/shared/i18n';
import { watchDecisionLog } from '../../platform/storage/decision-store';

const KNOWN = new Set<string>(DECISION_KINDS);

/** The message of a waiting nudge, by reason (keys written out for the locale parity test). */
const WAITS: Record<string, string> = {
  'quiet-hours': 'options.log.wait_quiet',
  call: 'options.log.wait_call',
  fullscreen: 'options.log.wait_fullscreen',
  unfocused: 'options.log.wait_unfocused',
  paused: 'options.log.wait_paused',
  snoozed: 'options.log.wait_snoozed',
  'daily-cap': 'options.log.wait_cap',
  'repeat-wait': 'options.log.wait_repeat',
  'attune-page': 'options.log.wait_attune_page',
  typing: 'options.log.wait_typing',
};

/** Reasons whose sentence says until when. */
const TIMED = new Set(['quiet-hours', 'paused', 'snoozed', 'repeat-wait']);

const NUDGES: Record<string, string> = {
  popup: 'options.log.nudge_popup',
  window: 'options.log.nudge_window',
  notification: 'options.log.nudge_notification',
  badge: 'options.log.nudge_badge',
  person: 'options.log.nudge_person',
};

const PLAIN: Partial<Record<Decision['what'], string>> = {
  start: 'options.log.start',
  watching: 'options.log.watching',
  idle: 'options.log.idle',
  locked: 'options.log.locked',
  back: 'options.log.back',
  break: 'options.log.break',
  connected: 'options.log.connected',
  'not-alone': 'options.log.not_alone',
  'not-now': 'options.log.not_now',
  resume: 'options.log.resume',
  knock: 'options.log.knock',
};

/** One entry as a sentence in the person's language. */
export function decisionSentence(d: Decision): string {
  const until = d.until === undefined ? '' : clockTime(d.until);
  switch (d.what) {
    case 'deferred': {
      if (d.detail === 'paused' && d.until !== undefined && isLocalMidnight(d.until)) {
        return translate('options.log.wait_paused_today');
      }
      const key = WAITS[d.detail ?? ''];
      // A reason that needs a time it doesn't have is left unsaid rather than said half.
      const sayable = key !== undefined && (until !== '' || !TIMED.has(d.detail ?? ''));
      return translate(sayable ? key : 'options.log.wait_other', [until]);
    }
    case 'nudge':
      return translate(NUDGES[d.detail ?? ''] ?? 'options.log.nudge_popup');
    case 'watching-end':
      return translate(d.detail === 'cap' ? 'options.log.watching_cap' : 'options.log.watching_unseen');
    case 'call-on':
      return d.detail
        ? translate('options.log.call_on', [d.detail])
        : translate('options.log.call_on_unknown');
    case 'call-off':
      return translate(d.detail === 'connecting' ? 'options.log.call_connecting' : 'options.log.call_short');
    case 'snooze':
      return translate('options.log.snooze', [until]);
    case 'pause':
      return d.until !== undefined && isLocalMidnight(d.until)
        ? translate('options.log.pause_today')
        : translate('options.log.pause', [until]);
    case 'less-often': {
      const minutes = Number(d.detail);
      return Number.isFinite(minutes) && minutes > 0
        ? translate('options.log.less_often', [formatHoursAndMinutes(minutes, uiLocale())])
        : translate('options.log.less_often_plain');
    }
    default:
      return translate(PLAIN[d.what] ?? 'options.log.wait_other');
  }
}

/** "Today", "Yesterday" or the date, for the heading of a day's entries. */
function dayTitle(at: number, now: number): string {
  const day = localDayKey(at);
  if (day === localDayKey(now)) return i18n.t('options.log.today');
  const yesterday = new Date(now);
  yesterday.setDate(yesterday.getDate() - 1);
  if (day === localDayKey(yesterday.getTime())) return i18n.t('options.log.yesterday');
  return new Date(at).toLocaleDateString(uiLocale(), { weekday: 'long', day: 'numeric', month: 'long' });
}

/** The entries newest first, grouped by local day. */
function byDay(log: readonly Decision[]): Decision[][] {
  const days: Decision[][] = [];
  for (const entry of [...log].reverse()) {
    const last = days[days.length - 1];
    if (last && localDayKey((last[0] as Decision).at) === localDayKey(entry.at)) last.push(entry);
    else days.push([entry]);
  }
  return days;
}

/**
 * "Why did (or didn't) Attune nudge?": the decision log the background keeps, read from this
 * browser's storage only, newest first.
 */
export function DecisionsSection() {
  const [log, setLog] = useState<readonly Decision[] | null>(null);
  // Kinds a later version may add are left out rather than misnamed.
  useEffect(() => watchDecisionLog((all) => setLog(all.filter((d) => KNOWN.has(d.what)))), []);
  const now = Date.now();
  return (
    <section class="card" id="decisions" aria-labelledby="decisions-title">
      <h2 id="decisions-title">{i18n.t('options.log.title')}</h2>
      <p>{i18n.t('options.log.intro')}</p>
      <p class="muted">{i18n.t('options.log.private')}</p>
      {log !== null && log.length === 0 && <p class="muted">{i18n.t('options.log.empty')}</p>}
      {log !== null &&
        byDay(log).map((day) => {
          const title = dayTitle((day[0] as Decision).at, now);
          return (
            <div key={title}>
              <h3 class="decision-day">{title}</h3>
              <ol class="decision-log">
                {day.map((d, i) => (
                  <li key={`${d.at}-${i}`}>
                    <time dateTime={new Date(d.at).toISOString()}>{clockTime(d.at)}</time>
                    <span aria-hidden="true"> — </span>
                    <span>{decisionSentence(d)}</span>
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
    </section>
  );
}
