/** Keeps the toolbar button's badge and title in step with the tracker. */
import { badgeFor } from '../lib/badge';
import { toolbarAction } from './compat';
import { type Outcome, trackerSettings } from './engine';
import { MINUTE_MS } from './time-scale';

const clock = (ms: number) =>
  new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/** Applies the badge for an outcome. Errors (e.g. the worker shutting down mid-call) are ignored. */
export async function updateToolbar({ view, settings }: Outcome): Promise<void> {
  const badge = badgeFor(view, trackerSettings(settings), MINUTE_MS, clock);
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ text: badge.text }),
    action.setBadgeBackgroundColor({ color: badge.color }),
    action.setTitle({ title: badge.title }),
  ]).catch(() => undefined);
}
