/**
 * The labelled days (issue 12, "Measure accuracy against labelled days"). Every truth below is
 * worked out by hand from the product's definition, with the arithmetic in the comments:
 *
 * - solitary time = active time in the current session since the last connection moment; an idle
 *   or locked span (from the moment the idle change arrives) shorter than the break (5 min) pauses
 *   it, one at least that long ends the session (solitary 0 from the moment it reaches 5 minutes);
 *   lid closed and browser closed are away time like idle;
 * - watching (idle, the focused window's front tab plays sound unmuted, or it is fullscreen) goes on
 *   as counted time; it ends at the last look that saw it once a look sees none 2 minutes later; at
 *   most 180 minutes without input; background music, a muted tab, an unfocused window are not
 *   watching;
 * - a call (a granted meeting address with sound, or sustained sound — two looks a minute apart — on
 *   a service without meeting addresses) of at least 2 minutes is a connection moment: solitary time
 *   restarts from its end; it ends 5 minutes after the last sound (at the last sound), or at once when
 *   the meeting tab leaves the meeting address; no nudge opens during a call;
 * - a nudge opens at the first minute tick when solitary ≥ 90, outside quiet hours (22:00–07:00
 *   local), while the person is there (active or watching), the window focused and not fullscreen
 *   with sound; an ignored one comes back 30 × 2^(n−1) minutes (at most ×8) after the n-th of the
 *   day; a session's end forgets the last nudge (the next comes at the threshold), a connection also
 *   resets n; pause and quiet hours silence nudges but solitary time goes on.
 *
 * The look at a whole minute happens before an event scripted at that same minute; sound that starts
 * or stops is scripted at :30 (or just before a look, for a chime) so no look is ambiguous.
 */
import type { Ev } from '../../harness/world';
import { active, at, idle, type LabelledDay, locked, nudge, truth } from './day';

const front = (change: Omit<Extract<Ev, { k: 'front' }>, 'k'>): Ev => ({ k: 'front', ...change });
const tab = (id: number, change: Omit<Extract<Ev, { k: 'tab' }>, 'k' | 'id'>): Ev => ({
  k: 'tab',
  id,
  ...change,
});
const sleep = (min: number): Ev => ({ k: 'sleep', min });

const MEET_ROOM = 'https://meet.google.com/abc-defg-hij';
const SLACK_CHANNEL = 'https://app.slack.com/client/T024BE7LD/C024BE91L';

export const DAYS: LabelledDay[] = [
  {
    name: 'reading',
    story:
      'Reads long articles all morning, three short still spells (3, 4, 2 min), ignores every nudge, lunch at noon',
    tz: 'Europe/Madrid',
    start: [2026, 11, 2, 8, 30],
    steps: [
      truth('09:00', 30),
      at('09:20', idle),
      at('09:23', active), // 50 counted before; 3 min paused
      truth('10:00', 87, '50 + (10:00 − 09:23 = 37)'),
      nudge('10:03', '50 + 40 = 90 at 10:03'),
      at('10:10', idle),
      at('10:14', active), // 97 at 10:10
      nudge('10:33', 'repeat 30 min after the first'),
      at('11:00', idle), // 97 + 46 = 143
      truth('11:01', 143, 'still: 1 min into a short pause'),
      at('11:02', active),
      nudge('11:33', 'the second ignored: 60 min later'),
      truth('12:00', 201, '143 + 58'),
      at('12:00', idle),
      truth('12:30', 0, '30 min idle: a natural break'),
    ],
  },
  {
    name: 'film alone (window)',
    story:
      'Browses from 13:30, plays a 2-hour film in the front tab at 14:00 and stops touching anything; back at 16:20',
    tz: 'Europe/Madrid',
    start: [2026, 11, 3, 13, 30],
    steps: [
      truth('14:00', 30),
      at('14:00', front({ audible: true })),
      // Chromium stopped the worker ~30 s after the 14:00 tick: the idle change wakes it cold.
      at('14:00:30', { k: 'death' }),
      at('14:00:45', idle), // watching seen at the idle change: the stretch goes on
      truth('14:30', 60),
      nudge('15:00', '90 min since 13:30, watching in a window (not fullscreen)'),
      truth('15:00', 90),
      nudge('15:30', 'ignored: repeat after 30'),
      truth('16:00', 150),
      at('16:00:30', front({ audible: false })), // last look that saw it: 16:00
      truth('16:03', 150, 'watching ended at 16:00 (looks at 16:01, 16:02 saw none): paused since'),
      truth('16:10', 0, 'idle since 16:00 for 10 min: a natural break'),
      at('16:20', active),
      truth('17:00', 40),
      at('17:30', idle),
    ],
  },
  {
    name: 'film with a quiet opening',
    story:
      'Plays a film in the front tab at 14:00 and sits back; the opening is silent for a few seconds just as the idle change arrives',
    tz: 'Europe/Madrid',
    start: [2026, 11, 3, 13, 30],
    steps: [
      at('14:00', front({ audible: true })),
      at('14:00:58', front({ audible: false })), // a silent moment: the 14:01 look hears nothing
      at('14:01', idle),
      at('14:01:10', front({ audible: true })), // seen by the 14:02 look, 1 min after the idle change
      truth('14:30', 60, 'the idle span is undone: counted as if never idle'),
      nudge('15:00'),
      truth('15:00', 90),
      nudge('15:30'),
      truth('16:00', 150),
      at('16:00:30', front({ audible: false })),
      at('16:20', active),
      truth('17:00', 40),
      at('17:30', idle),
    ],
  },
  {
    name: 'film alone (fullscreen)',
    story: 'The same film fullscreen: the nudge due at 15:00 waits until Esc at 16:00:30',
    tz: 'Europe/Madrid',
    start: [2026, 11, 4, 13, 30],
    steps: [
      at('14:00', front({ audible: true, fullscreen: true })),
      at('14:01', idle),
      truth('15:00', 90, 'no nudge: fullscreen with sound'),
      truth('16:00', 150),
      at('16:00:30', front({ audible: false, fullscreen: false }), active),
      nudge('16:00:30', 'due since 15:00, deferred over fullscreen video'),
      truth('16:10', 160),
      at('16:25', idle),
      truth('17:00', 0, 'left at 16:25'),
    ],
  },
  {
    name: 'music in a background tab while away',
    story:
      'A playlist in a background tab from 09:05; walks away 10:20–11:30 with it playing; back until 13:10',
    tz: 'Europe/Madrid',
    start: [2026, 11, 5, 9, 0],
    steps: [
      at('09:05', tab(2, { url: 'https://music.example.com/playlist/focus', audible: true })),
      truth('10:00', 60),
      at('10:20', idle), // background music is not watching
      truth('11:00', 0, 'idle since 10:20: a break'),
      at('11:30', active),
      truth('12:00', 30),
      nudge('13:00', '11:30 + 90'),
      truth('13:00', 90),
      at('13:10', idle),
      truth('13:30', 0),
    ],
  },
  {
    name: 'muted video',
    story:
      'A news page with a muted autoplay video in front from 10:00; paperwork away from the screen 10:10–10:35',
    tz: 'Europe/Madrid',
    start: [2026, 11, 6, 9, 0],
    steps: [
      truth('10:00', 60),
      at('10:00', front({ url: 'https://news.example.com/live', audible: true, muted: true })),
      at('10:10', idle), // muted: not watching
      truth('10:20', 0, 'idle since 10:10: a break at 10:15'),
      at('10:35', active),
      truth('11:00', 25),
      truth('12:00', 85),
      nudge('12:05', '10:35 + 90'),
      at('12:15', idle),
    ],
  },
  {
    name: 'video call, camera off, long silences',
    story:
      'Google Meet granted; a meeting 10:14:30–11:00:30 with 3.5-min silences, taking notes; leaves the room',
    tz: 'Europe/Madrid',
    start: [2026, 11, 9, 9, 0],
    services: ['meet'],
    steps: [
      truth('10:00', 60),
      at('10:14:30', tab(3, { url: MEET_ROOM, audible: true })), // the 10:15 look starts the call
      at('10:28:30', tab(3, { audible: false })),
      at('10:31:30', tab(3, { audible: true })), // heard again at 10:32: 4 min after 10:28
      at('10:40:30', tab(3, { audible: false })),
      at('10:43:30', tab(3, { audible: true })),
      at('11:00:30', tab(3, { url: 'https://meet.google.com/', audible: false })),
      // The 11:01 look sees the tab off the meeting address: the call (10:15–11:01) ends there, a
      // connection moment. No nudge at 10:30 (during the call) nor after (solitary restarted).
      truth('12:00', 59, 'since 11:01'),
      nudge('12:31', '11:01 + 90'),
      at('12:45', idle),
    ],
  },
  {
    name: 'a Slack ping is not a call',
    story:
      'Slack granted; chimes at 09:41 and 10:30, nudges at 10:30 and 11:00; a 30-min huddle from 11:29:30',
    tz: 'Europe/Madrid',
    start: [2026, 11, 10, 9, 0],
    services: ['slack'],
    steps: [
      at('09:01', tab(4, { url: SLACK_CHANNEL })),
      at('09:40:58', tab(4, { audible: true })),
      at('09:41:02', tab(4, { audible: false })), // heard by one look only: a chime
      truth('10:00', 60),
      at('10:29:58', tab(4, { audible: true })),
      nudge('10:30', '90 since 09:00; a chime heard once is no call (a careful product may wait one look)'),
      at('10:30:02', tab(4, { audible: false })),
      nudge('11:00', 'ignored: repeat after 30'),
      truth('11:00', 120),
      at('11:29:30', tab(4, { audible: true })), // heard at 11:30 and 11:31: a call since 11:30
      at('11:45:30', tab(4, { audible: false })),
      at('11:48:30', tab(4, { audible: true })), // 4 min without sound: still the call
      at('12:00:30', tab(4, { audible: false })), // last heard 12:00; ends at 12:00 once 12:05 passes
      truth('12:10', 10, 'the huddle 11:30–12:00 is a connection moment: 10 min since'),
      truth('13:00', 60),
      nudge('13:30', '12:00 + 90'),
      nudge('14:00', 'the connection answered the earlier nudges: the first ignored since waits 30 min'),
      at('14:10', idle),
    ],
  },
  {
    name: 'a phone call away from the screen',
    story:
      'A talk video plays in front from 09:45; mutes it at 10:10 for a phone call by the window; back 10:32',
    tz: 'Europe/Madrid',
    start: [2026, 11, 11, 9, 0],
    steps: [
      at('09:45', front({ url: 'https://video.example.com/watch?v=talk', audible: true })),
      truth('10:00', 60),
      at('10:10', front({ muted: true })),
      at('10:11', idle), // muted: not watching
      truth('10:30', 0, 'idle since 10:11: a break'),
      at('10:32', active, front({ muted: false })),
      truth('11:00', 28),
      truth('12:00', 88),
      nudge('12:02', '10:32 + 90'),
      at('12:20', front({ audible: false }), idle), // pauses the talk and leaves
    ],
  },
  {
    name: 'lunch and the lid closed',
    story:
      'From 08:00; lid closed 10:40–11:00 and 11:30–11:33; lunch 12:15–13:00; lid closed for good at 15:20',
    tz: 'Europe/Madrid',
    start: [2026, 11, 12, 8, 0],
    steps: [
      truth('09:00', 60),
      nudge('09:30'),
      nudge('10:00', 'repeat after 30'),
      truth('10:00', 120),
      at('10:40', sleep(20)), // 160 counted; 20 min asleep: a break
      truth('11:00', 0),
      at('11:30', sleep(3)), // 30 counted; 3 min asleep: a pause
      truth('12:00', 57, '30 + 27'),
      at('12:15', idle), // 72
      at('13:00', active),
      truth('14:00', 60),
      nudge('14:30', 'a new session forgets the last nudge: at the threshold (3rd of the day)'),
      truth('15:00', 120, 'no repeat at 15:00: the 3rd ignored waits 120 min'),
      at('15:20', sleep(60)),
    ],
  },
  {
    name: 'screen locked with music (Firefox)',
    story:
      'Firefox (never reports locked); music video in front from 09:30; locks for lunch 10:45–11:45, the locker takes the focus',
    tz: 'Europe/Madrid',
    start: [2026, 11, 13, 9, 0],
    browser: 'firefox',
    steps: [
      at('09:30', front({ url: 'https://video.example.com/watch?v=mix', audible: true })),
      truth('10:00', 60),
      nudge('10:30'),
      at('10:45', { k: 'focus', focused: false }), // the screen locker's window takes the focus
      at('10:46', locked), // Firefox reports idle; the focused window is not the browser's: not watching
      truth('11:00', 0, 'idle since 10:46: a break at 10:51'),
      truth('11:30', 0),
      at('11:45', { k: 'focus', focused: true }, active),
      truth('12:00', 15),
      truth('13:00', 75),
      nudge('13:15', '11:45 + 90'),
      at('13:30', front({ audible: false }), idle),
    ],
  },
  {
    name: 'a browser restart',
    story:
      'From 09:00; the browser restarts for an update at 10:00 (closed 1 min); the computer restarts at 11:20 (20 min)',
    tz: 'Europe/Madrid',
    start: [2026, 11, 16, 9, 0],
    steps: [
      truth('10:00', 60),
      at('10:00', { k: 'restart', min: 1, keepAlarms: true }),
      truth('10:30', 89, 'the closed minute is not counted'),
      nudge('10:31'),
      truth('11:00', 119),
      nudge('11:01', 'repeat after 30'),
      at('11:20', { k: 'restart', min: 20, keepAlarms: false }), // 139; 20 min closed: a break
      truth('12:00', 20),
      truth('13:00', 80),
      nudge('13:10', '11:40 + 90'),
      at('13:30', idle),
    ],
  },
  {
    name: 'a daylight-saving night',
    story:
      'Madrid, 25 Oct 2026: up from 01:30 through the repeated hour to 03:30 CET; lid closed; back at 05:15',
    tz: 'Europe/Madrid',
    start: [2026, 10, 25, 1, 30],
    steps: [
      truth('02:00', 30, '02:00 CEST'),
      truth('02:30', 60, '02:30 CEST'),
      truth('02:00', 90, 'the clock goes back: 02:00 CET, one real hour later (no nudge: quiet hours)'),
      truth('03:00', 150, '03:00 CET'),
      at('03:30', sleep(105)), // 180 counted; asleep until 05:15 CET
      truth('06:00', 45),
      truth('06:45', 90, 'quiet hours until 07:00 local (CET)'),
      nudge('07:00', 'quiet hours end at 07:00 CET'),
      truth('07:00', 105),
      nudge('07:30', 'repeat after 30'),
      truth('08:00', 165),
      at('08:00', idle),
    ],
  },
  {
    name: 'a time-zone change while travelling',
    story:
      'Madrid lounge 10:00–11:00; works in flight 13:00–15:10 (Madrid); lands, the laptop switches to New York at 14:40; evening work',
    tz: 'Europe/Madrid',
    start: [2026, 11, 17, 10, 0],
    steps: [
      truth('11:00', 60),
      at('11:00', sleep(120)), // boarding: a break
      truth('14:00', 60, 'since 13:00 Madrid'),
      nudge('14:30'),
      nudge('15:00', 'repeat after 30'),
      truth('15:00', 120),
      at('15:10', sleep(330)), // lands: 20:40 Madrid
      at('20:40', { k: 'tz', tz: 'America/New_York' }), // now 14:40 in New York
      truth('15:00', 20, '15:00 New York'),
      truth('16:00', 80),
      nudge('16:10', 'New York 14:40 + 90; the 3rd ignored of the day'),
      truth('17:00', 140, 'no repeat yet (120 min after the 3rd)'),
      at('17:00', idle),
      at('20:40', active),
      truth('21:00', 20),
      truth('22:00', 80),
      truth('22:30', 110, 'no nudge: quiet hours from 22:00 New York'),
      at('23:00', locked),
    ],
  },
  {
    name: 'a paused afternoon',
    story:
      'From 08:30; ignores two nudges, pauses for the rest of today at 11:00; lunch 12:00–12:45; works on until 17:30',
    tz: 'Europe/Madrid',
    start: [2026, 11, 18, 8, 30],
    steps: [
      truth('09:00', 30),
      nudge('10:00'),
      nudge('10:30', 'repeat after 30'),
      at('11:00', { k: 'pause', span: 'today' }),
      truth('11:00', 150),
      truth('12:00', 210),
      at('12:00', idle),
      at('12:45', active),
      truth('13:00', 15),
      truth('15:00', 135, 'no nudge at 14:15: paused; solitary time still counts'),
      truth('17:00', 255),
      at('17:30', idle),
    ],
  },
  {
    name: 'asleep in front of a series',
    story:
      'From 18:00; a series autoplays in the front tab; falls asleep at 19:00 and the screen never locks',
    tz: 'Europe/Madrid',
    start: [2026, 11, 19, 18, 0],
    steps: [
      at('18:30', front({ url: 'https://video.example.com/series/s1e1', audible: true })),
      truth('19:00', 60),
      at('19:01', idle), // watching since 19:01
      nudge('19:30', 'watching in a window: the nudge opens'),
      nudge('20:00'),
      truth('20:00', 120),
      nudge('21:00', 'the 2nd ignored: 60 min'),
      truth('21:00', 180),
      truth('22:00', 240, 'no nudge at 23:00 anyway: quiet hours'),
      truth('22:02', 241, 'the 180-min cap ended watching at 22:01: paused since'),
      truth('22:30', 0, 'idle from 22:01: a break at 22:06'),
      truth('23:30', 0),
    ],
  },
];
