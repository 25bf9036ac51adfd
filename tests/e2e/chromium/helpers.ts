import type { Worker } from '@playwright/test';

/** The settings defaults, overridable per test (accelerated build: a minute lasts a second). */
export const BASE_SETTINGS = {
  thresholdMin: 90,
  breakMin: 5,
  repeatMin: 30,
  dailyCap: 6,
  quietHours: { enabled: false, start: '22:00', end: '07:00' },
  nudgeStyle: 'badge',
  callSites: [] as string[],
  callServices: [] as string[],
  countWatching: true,
  namesOnNudge: false,
  badgeMinutes: false,
};

/** Writes settings the way the options page does (to `storage.sync`). */
export async function seedSettings(sw: Worker, patch: Partial<typeof BASE_SETTINGS>): Promise<void> {
  await sw.evaluate((settings) => chrome.storage.sync.set({ settings }), { ...BASE_SETTINGS, ...patch });
}

/** The toolbar button as the person sees it. */
export async function toolbar(sw: Worker): Promise<{ text: string; title: string }> {
  return sw.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    title: await chrome.action.getTitle({}),
  }));
}

/** Minutes in a title like "Attune — 1 h 12 min on your own at the screen". */
export function minutesInTitle(title: string): number | null {
  const m = /— (?:(\d+) h)? ?(?:(\d+) min)? on your own/.exec(title);
  if (!m) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

export async function storedLocal<T = unknown>(sw: Worker, key: string): Promise<T> {
  return sw.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key) as Promise<T>;
}

/** A contact as the options page stores it. */
export const MAYA = {
  id: 'maya',
  name: 'Maya',
  phone: '+15551234567',
  email: 'maya@example.com',
  // She answered "How do you usually message Maya?" with WhatsApp: the popup's filled button.
  preferred: 'whatsapp',
  createdAt: 1_700_000_000_000,
};

export async function seedContacts(sw: Worker, contacts: unknown[]): Promise<void> {
  await sw.evaluate((list) => chrome.storage.local.set({ contacts: list }), contacts);
}

/** How many nudges the tracker has shown today (from its saved snapshot). */
export async function nudgesShown(sw: Worker): Promise<number> {
  const tracker = await storedLocal<{ nudgesOnDay?: number } | undefined>(sw, 'tracker');
  return tracker?.nudgesOnDay ?? 0;
}

/** Whether the toolbar popup is open right now. */
export async function popupOpen(sw: Worker): Promise<boolean> {
  return sw.evaluate(
    async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['POPUP' as chrome.runtime.ContextType] })).length >
      0,
  );
}

/** The settings as stored in `storage.sync` (undefined before the first save). */
export async function storedSettings(sw: Worker): Promise<Partial<typeof BASE_SETTINGS> | undefined> {
  return sw.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as never);
}

/** The decision log as the background keeps it live, as `what:detail` lines. */
export async function decisionLines(sw: Worker): Promise<string[]> {
  return sw.evaluate(async () => {
    const { decisionLog = [] } = await chrome.storage.session.get('decisionLog');
    return (decisionLog as { what: string; detail?: string }[]).map((d) =>
      d.detail ? `${d.what}:${d.detail}` : d.what,
    );
  });
}

/**
 * A person at the screen (real pointer moves, headed only) until the due nudge is waiting for a
 * still moment, then hands off: a card opens by itself only after 15 s without input. Resolves when
 * the last move was made (ms epoch).
 */
export async function activeUntilDue(sw: Worker, timeoutMs = 40_000): Promise<number> {
  const { execFileSync } = await import('node:child_process');
  const started = Date.now();
  let step = 0;
  while (Date.now() - started < timeoutMs) {
    step += 1;
    execFileSync('xdotool', ['mousemove', '--sync', String(400 + (step % 2) * 40), '420']);
    if ((await decisionLines(sw)).includes('deferred:typing')) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error('the nudge never came due while the person was active');
}
