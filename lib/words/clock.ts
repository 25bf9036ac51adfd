/**
 * Clock times as the locale writes them: one way for every surface (the toolbar's title, the
 * popup's status, quiet hours, snooze and pause, the welcome), so "22:00–07:00" never sits next to
 * "07:00 AM". The hour cycle is the locale's own (`h12` for American English, `h23` for Spanish or
 * British English); a 24-hour clock keeps two-digit hours ("07:00"), a 12-hour one does not
 * ("7:00 AM"), as each is usually written.
 */

type HourCycle = 'h11' | 'h12' | 'h23' | 'h24';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The locale's hour cycle; `h24` ("24:00") is read as `h23`, which no one writes differently. */
function hourCycleOf(locale: string): HourCycle {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h24' || cycle === undefined ? 'h23' : cycle;
}

function clockFormat(locale: string, timeZone?: string): Intl.DateTimeFormat {
  const id = `${locale}|${timeZone ?? ''}`;
  let format = formats.get(id);
  if (!format) {
    const hourCycle = hourCycleOf(locale);
    const twelve = hourCycle === 'h11' || hourCycle === 'h12';
    format = new Intl.DateTimeFormat(locale, {
      hour: twelve ? 'numeric' : '2-digit',
      minute: '2-digit',
      hourCycle,
      ...(timeZone && { timeZone }),
    });
    formats.set(id, format);
  }
  return format;
}

/** The local clock time of an instant (epoch ms): "7:00 AM" in English, "07:00" in Spanish. */
export function clockAt(ms: number, locale: string): string {
  return clockFormat(locale).format(ms);
}

/**
 * A minute of the day (a stored "HH:MM", as quiet hours are) written exactly as `clockAt` writes
 * that time, whatever the time zone.
 */
export function clockOfDay(minuteOfDay: number, locale: string): string {
  const m = ((Math.floor(minuteOfDay) % 1440) + 1440) % 1440;
  return clockFormat(locale, 'UTC').format(Date.UTC(2000, 0, 1, Math.floor(m / 60), m % 60));
}

/**
 * Whether an instant is a local midnight: a pause that ends then is "for the rest of today", which
 * reads better than "until 12:00 AM".
 */
export function isLocalMidnight(ms: number): boolean {
  const date = new Date(ms);
  return date.getHours() === 0 && date.getMinutes() === 0;
}
