import { describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  type BackupData,
  backupFileName,
  describeChanges,
  makeBackup,
  type PreviewPart,
  parseBackup,
  unchangedLine,
} from '../../../../lib/data/backup';
import type { Contact } from '../../../../lib/people/contacts';
import { DEFAULT_TEMPLATE_KEYS } from '../../../../lib/people/templates';
import { reflectionIds } from '../../../../lib/reflections/reflections';
import { createRotation } from '../../../../lib/reflections/rotation';
import { DEFAULT_SETTINGS, type Settings } from '../../../../lib/settings/settings';
import { inEnglish, inLocale, messageIn } from '../../setup-i18n';

const NOW = Date.UTC(2025, 4, 6, 12, 0);
const ids = reflectionIds();

const ana: Contact = {
  id: 'c-ana',
  name: 'Ana',
  phone: '+15551234567',
  email: 'ana@example.org',
  preferred: 'whatsapp',
  rhythm: 'week',
  lastContactedAt: NOW - 3 * 86_400_000,
  createdAt: NOW - 30 * 86_400_000,
};
const ben: Contact = { id: 'c-ben', name: 'Ben', telegram: 'ben_tg', createdAt: NOW - 86_400_000 };

function sample(): BackupData & { rotation: NonNullable<BackupData['rotation']> } {
  const rotation = createRotation(ids, () => 0.42);
  return {
    settings: {
      ...structuredClone(DEFAULT_SETTINGS),
      thresholdMin: 45,
      callSites: ['https://meet.google.com/*'],
    } as Settings,
    contacts: [ana, ben],
    templates: [...DEFAULT_TEMPLATE_KEYS.map((key) => messageIn('en', key)), 'Hi {name}, tea this week?'],
    rotation: { ...rotation, favourites: [ids[0] as string, ids[3] as string], hidden: [ids[5] as string] },
    stats: { '2025-05-05': { solitaryMin: 123.5, longestMin: 80, nudges: 2, connections: 1 } },
  };
}

const fileOf = (value: unknown) => {
  const text = JSON.stringify(value);
  return [text, new TextEncoder().encode(text).length] as const;
};

describe('makeBackup', () => {
  it('stamps the app, the version and the export time', () => {
    const backup = makeBackup(sample(), NOW);

    expect(backup).toMatchObject({
      app: 'attune',
      version: BACKUP_VERSION,
      exportedAt: '2025-05-06T12:00:00.000Z',
    });
  });

  it('names the file after the local date', () => {
    expect(backupFileName(NOW)).toMatch(/^attune-backup-2025-05-0[67]\.json$/);
  });
});

describe('parseBackup', () => {
  it('round-trips an export to identical data', () => {
    const data = sample();

    const result = parseBackup(...fileOf(makeBackup(data, NOW)));

    expect(result).toEqual({ ok: true, data });
  });

  it.each([
    ['over 1 MB', 'x', 1024 * 1024 + 1, 'This file is larger than 1 MB, so it can’t be an Attune backup.'],
    ['not JSON', '{ not json', 10, 'This file can’t be read: it isn’t a JSON file.'],
    ['not an object', '[1, 2]', 6, 'This isn’t an Attune backup.'],
    ['another app', '{"app":"other","version":2}', 27, 'This isn’t an Attune backup.'],
    ['a version that is not a number', '{"app":"attune","version":"2"}', 30, 'This isn’t an Attune backup.'],
    [
      'a newer version',
      '{"app":"attune","version":3}',
      28,
      'This backup comes from a newer version of Attune. Update Attune, then try again.',
    ],
  ])('rejects a file that is %s', (_, text, size, error) => {
    expect(inEnglish(parseBackup(text, size))).toEqual({ ok: false, error });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects a %s key at any depth', (key) => {
    const text = JSON.stringify(makeBackup(sample(), NOW)).replace(
      '"name":"Ben"',
      `"name":"Ben","${key}":{"x":1}`,
    );

    expect(inEnglish(parseBackup(text, text.length))).toEqual({
      ok: false,
      error: `This file contains a key that isn’t allowed (“${key}”).`,
    });
  });

  const broken: [string, (b: Record<string, unknown>) => void, string][] = [
    ['settings missing', (b) => delete b.settings, 'Settings: this part is missing from the file.'],
    ['settings not an object', (b) => (b.settings = 'x'), 'Settings: this part isn’t valid.'],
    [
      'a threshold out of range',
      (b) => ((b.settings as Settings).thresholdMin = 10_000),
      'Settings: “nudge after” isn’t valid.',
    ],
    [
      'a break as long as the threshold',
      (b) => ((b.settings as Settings).breakMin = 45),
      'Settings: the break length must be shorter than “nudge after”.',
    ],
    [
      'equal quiet hours',
      (b) => ((b.settings as Settings).quietHours = { enabled: true, start: '09:00', end: '09:00' }),
      'Settings: quiet hours need different start and end times.',
    ],
    [
      'a call site that is not a pattern',
      (b) => ((b.settings as Settings).callSites = ['<all_urls>']),
      'Settings: call sites aren’t valid.',
    ],
    ['contacts not a list', (b) => (b.contacts = {}), 'People: this part must be a list.'],
    [
      'a contact with a bad email',
      (b) => ((b.contacts as Contact[])[1] = { ...ben, email: 'not-an-email' }),
      "People: person 2 (“Ben”): That doesn't look like an email address.",
    ],
    [
      'a contact with a 61-character name',
      (b) => ((b.contacts as Contact[])[0] = { ...ana, name: 'a'.repeat(61) }),
      `People: person 1 (“${'a'.repeat(60)}”): Names can be at most 60 characters.`,
    ],
    [
      'a contact without an id',
      (b) => ((b.contacts as unknown[])[0] = { name: 'Ana', createdAt: 1 }),
      'People: person 1 (“Ana”) is missing its id or creation date.',
    ],
    [
      'two contacts with one id',
      (b) => ((b.contacts as Contact[])[1] = { ...ben, id: 'c-ana' }),
      'People: person 2 (“Ben”) has the same id as another person.',
    ],
    [
      '51 contacts',
      (b) => (b.contacts = Array.from({ length: 51 }, (_, i) => ({ ...ben, id: `c${i}` }))),
      'People: a backup can hold up to 50 people; this one has 51.',
    ],
    [
      'a template over 500 characters',
      (b) => ((b.templates as string[])[2] = 'a'.repeat(501)),
      'Messages: message 3: Messages can be at most 500 characters (this one has 501).',
    ],
    [
      '21 templates',
      (b) => (b.templates = Array.from({ length: 21 }, (_, i) => `Hi {name} ${i}`)),
      'Messages: a backup can hold up to 20 messages; this one has 21.',
    ],
    [
      'a rotation of the wrong shape',
      (b) => (b.rotation = { order: 'x' }),
      'Reflections: this part isn’t valid.',
    ],
    [
      'a stats day with a bad key',
      (b) => (b.stats = { yesterday: { solitaryMin: 1, longestMin: 1, nudges: 0, connections: 0 } }),
      'Stats: the day “yesterday” isn’t valid.',
    ],
    [
      'a stats day with negative numbers',
      (b) => (b.stats = { '2025-05-01': { solitaryMin: -1, longestMin: 1, nudges: 0, connections: 0 } }),
      'Stats: the day “2025-05-01” isn’t valid.',
    ],
  ];

  it.each(broken)('rejects %s, saying which part', (_, damage, error) => {
    const backup = structuredClone(makeBackup(sample(), NOW)) as unknown as Record<string, unknown>;
    damage(backup);

    expect(inEnglish(parseBackup(...fileOf(backup)))).toEqual({ ok: false, error });
  });

  it('migrates a version 1 file (flat quiet hours, no rotation)', () => {
    const v1 = {
      app: 'attune',
      version: 1,
      exportedAt: '2025-01-02T08:00:00.000Z',
      settings: {
        thresholdMin: 60,
        breakMin: 5,
        repeatMin: 30,
        dailyCap: 4,
        quietEnabled: false,
        quietStart: '21:30',
        quietEnd: '06:45',
        nudgeStyle: 'notification',
        callSites: [],
      },
      contacts: [{ id: 'c1', name: 'Mum', phone: '+44 7700 900123', createdAt: 1_700_000_000_000 }],
      templates: ['Hi {name}, thinking of you.'],
      stats: { '2025-01-01': { solitaryMin: 30, longestMin: 30, nudges: 1, connections: 0 } },
    };

    const result = parseBackup(...fileOf(v1));

    expect(result).toEqual({
      ok: true,
      data: {
        settings: {
          thresholdMin: 60,
          breakMin: 5,
          repeatMin: 30,
          dailyCap: 4,
          quietHours: { enabled: false, start: '21:30', end: '06:45' },
          nudgeStyle: 'notification',
          callSites: [],
          // A file from before these settings existed keeps their defaults.
          callServices: [],
          countWatching: true,
          namesOnNudge: false,
          badgeMinutes: false,
        },
        contacts: [{ id: 'c1', name: 'Mum', phone: '+447700900123', createdAt: 1_700_000_000_000 }],
        templates: ['Hi {name}, thinking of you.'],
        rotation: null,
        stats: v1.stats,
      },
    });
  });

  it('rejects a version 1 file whose flat quiet hours are broken', () => {
    const v1 = { app: 'attune', version: 1, settings: { ...DEFAULT_SETTINGS, quietStart: '25:00' } };

    expect(inEnglish(parseBackup(...fileOf(v1)))).toEqual({
      ok: false,
      error: 'Settings: quiet hours isn’t valid.',
    });
  });
});

/** The preview as the page shows it: "Part: change; change" or "Part: no change". */
function lines(parts: PreviewPart[], locale: 'en' | 'es' = 'en'): string[] {
  return parts.map(({ part, changes }) =>
    changes.length === 0
      ? String(inLocale(locale, unchangedLine(part)))
      : `${inLocale(locale, part)}: ${(inLocale(locale, changes) as string[]).join('; ')}`,
  );
}

describe('describeChanges', () => {
  it('says what each part would become', () => {
    const current = sample();
    const incoming = {
      ...sample(),
      settings: {
        ...current.settings,
        thresholdMin: 90,
        quietHours: { enabled: false, start: '22:00', end: '07:00' },
      },
      contacts: [ana],
      templates: [...current.templates, 'Hi {name}!'],
    };

    expect(lines(describeChanges(current, incoming))).toEqual([
      'Settings: nudge after 45 → 90 min; quiet hours 22:00–07:00 → off',
      'People: removed: Ben',
      'Messages: 1 new message',
      'Reflections: no change',
      'Stats: no change',
    ]);
  });

  it('writes the quiet hours with the clock it is given, as the page writes every other time', () => {
    const current = sample();
    const incoming = {
      ...current,
      settings: { ...current.settings, quietHours: { enabled: true, start: '21:00', end: '06:30' } },
    };
    const twelveHour = (hhmm: string) => {
      const [h, m] = hhmm.split(':').map(Number) as [number, number];
      return `${h % 12 || 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
    };

    const [settings] = lines(describeChanges(current, incoming, twelveHour));

    expect(settings).toContain('→ 9:00 PM–6:30 AM');
  });

  it('names the people added, removed and changed, and counts messages', () => {
    const current = { ...sample(), templates: ['A {name}', 'B {name}', 'C {name}'] };
    const cleo: Contact = { id: 'c-cleo', name: 'Cleo', email: 'cleo@example.org', createdAt: NOW };
    const incoming = {
      ...sample(),
      contacts: [{ ...ana, phone: '+15550000000' }, cleo, { ...ben, name: 'Benji' }],
      templates: ['A {name}', 'D {name}'],
    };

    expect(lines(describeChanges(current, incoming)).slice(1, 3)).toEqual([
      'People: added: Cleo; changed: Ana, Ben → Benji',
      'Messages: 1 new message; 2 messages removed',
    ]);
    expect(lines(describeChanges(current, incoming), 'es').slice(1, 3)).toEqual([
      'Personas: añadidas: Cleo; con cambios: Ana, Ben → Benji',
      'Mensajes: 1 mensaje nuevo; 2 mensajes quitados',
    ]);
  });

  it('says when only the order of people changes, and cuts a long list of names short', () => {
    const many: Contact[] = Array.from({ length: 11 }, (_, i) => ({
      id: `p${i}`,
      name: `P${i}`,
      createdAt: NOW,
    }));

    expect(lines(describeChanges(sample(), { ...sample(), contacts: [ben, ana] }))[1]).toBe(
      'People: a new order',
    );
    expect(lines(describeChanges({ ...sample(), contacts: [] }, { ...sample(), contacts: many }))[1]).toBe(
      'People: added: P0, P1, P2, P3, P4, P5, P6, P7 and 3 more',
    );
  });

  it('leaves reflections out when the file has no rotation', () => {
    const parts = describeChanges(sample(), { ...sample(), rotation: null, stats: {} });

    expect(lines(parts)).toEqual([
      'Settings: no change',
      'People: no change',
      'Messages: no change',
      'Stats: 1 → 0 days',
    ]);
  });
});

describe('backup: the decision log', () => {
  const log = [
    { at: NOW - 60_000, what: 'deferred' as const, detail: 'quiet-hours', until: NOW + 3_600_000 },
    { at: NOW, what: 'nudge' as const, detail: 'popup' },
  ];

  it('travels in the file and comes back as it was', () => {
    const data = { ...sample(), decisionLog: log };

    const result = parseBackup(...fileOf(makeBackup(data, NOW)));

    expect(result).toEqual({ ok: true, data });
  });

  it('a file without one still imports, and leaves the browser’s own log alone (none to restore)', () => {
    const result = parseBackup(...fileOf(makeBackup(sample(), NOW)));

    expect(result.ok && 'decisionLog' in result.data).toBe(false);
  });

  it('a damaged log rejects the file with a clear reason, like any damaged part', () => {
    const file = { ...makeBackup(sample(), NOW), decisionLog: [...log, { at: 'noon', what: 'dance' }] };

    expect(inEnglish(parseBackup(...fileOf(file)))).toEqual({
      ok: false,
      error: 'Why Attune nudged (or didn’t): this part isn’t valid.',
    });
  });

  it.each([
    ['a moment', { at: 1e16, what: 'idle' }],
    ['an end', { at: NOW, what: 'snooze', until: 1e16 }],
    ['a moment before 1970', { at: -1, what: 'idle' }],
  ])('a log with %s out of any calendar is refused, saying which line', (_case, bad) => {
    const file = { ...makeBackup(sample(), NOW), decisionLog: [...log, bad] };

    expect(inEnglish(parseBackup(...fileOf(file)))).toEqual({
      ok: false,
      error: 'Why Attune nudged (or didn’t): moment 3 has a date out of range.',
    });
  });

  it('the preview counts the moments before and after', () => {
    const parts = describeChanges({ ...sample(), decisionLog: [] }, { ...sample(), decisionLog: log });

    expect(lines(parts).at(-1)).toBe('Why Attune nudged (or didn’t): 0 → 2 moments');
  });
});
