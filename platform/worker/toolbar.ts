/** Keeps the toolbar button's badge and title in step with the tracker. */
import { badgeFor } from '../../lib/tracker/badge';
import { clockTime, message, uiLocale } from '../shared/i18n';
import { toolbarAction } from './compat';
import type { Outcome } from './engine';
import { quietUntil } from './quiet-now';
import { MINUTE_MS } from './time-scale';

/** Applies the badge for an outcome. Errors (e.g. the worker shutting down mid-call) are ignored. */
export async function updateToolbar({ view, settings }: Outcome): Promise<void> {
  const badge = badgeFor(view, settings, MINUTE_MS, clockTime, uiLocale(), {
    quietUntil: quietUntil(settings, Date.now()),
    showMinutes: settings.badgeMinutes,
    // The `badge` style's nudge is the badge itself: it stays waiting until the nudge may repeat.
    waiting: settings.nudgeStyle === 'badge' && view.deferredBy === 'repeat-wait',
  });
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ text: badge.text }),
    action.setBadgeBackgroundColor({ color: badge.color }),
    action.setTitle({ title: message(badge.title.key, badge.title.args) }),
  ]).catch(() => undefined);
}
