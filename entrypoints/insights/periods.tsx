import { i18n } from '#i18n';
import { type ChartBar, InsightsChart } from '../../components/insights-chart';
import { InsightsTable, type TableRow } from '../../components/insights-table';
import {
  aboutMinutes,
  type DayRow,
  formatDay,
  formatTick,
  formatWeek,
  totalOf,
  type WeekRow,
} from '../../lib/history/insights';
import { formatHoursAndMinutes } from '../../lib/words/duration';
import { translatePlural } from '../../platform/shared/i18n';

const LONG_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'short', day: 'numeric' };

/** The chart's summary, with the connection moments of the same period. */
function chartLabel(summary: string, rows: readonly (DayRow | WeekRow)[], locale: string): string {
  const count = totalOf(rows).connections;
  const moments = translatePlural('insights.chart_connections', count, [
    new Intl.NumberFormat(locale).format(count),
  ]);
  return `${summary} ${moments}`;
}

/** What the bars and the dots mean, in words beside the drawing. */
function Legend() {
  return (
    <ul class="chart-legend">
      <li>
        <span class="swatch bar-swatch" aria-hidden="true" />
        {i18n.t('insights.legend_solitary')}
      </li>
      <li>
        <span class="swatch dot-swatch" aria-hidden="true" />
        {i18n.t('insights.legend_connections')}
      </li>
    </ul>
  );
}

function numbers(row: DayRow | WeekRow, locale: string): Omit<TableRow, 'key' | 'header'> {
  return {
    solitary: formatHoursAndMinutes(row.solitaryMin, locale),
    longest: formatHoursAndMinutes(row.longestMin, locale),
    connections: new Intl.NumberFormat(locale).format(row.connections),
  };
}

/** What the chart's summary says: the total, its tallest bar and when; null when all is zero. */
function chartParts(
  rows: readonly (DayRow | WeekRow)[],
  name: (i: number) => string,
  locale: string,
): [string, string, string] | null {
  const total = totalOf(rows).solitaryMin;
  if (!(total > 0)) return null;
  const top = rows.reduce((best, row, i) => (row.solitaryMin > (rows[best]?.solitaryMin ?? 0) ? i : best), 0);
  return [
    formatHoursAndMinutes(aboutMinutes(total), locale),
    formatHoursAndMinutes(rows[top]?.solitaryMin ?? 0, locale),
    name(top),
  ];
}

/** The last 7 days: one bar and one table row per day. */
export function DaysSection({ days, locale }: { days: readonly DayRow[]; locale: string }) {
  const longName = (i: number) => formatDay(days[i]?.key ?? '', locale, LONG_DAY);
  const bars: ChartBar[] = days.map((d, i) => ({
    key: d.key,
    label: formatDay(d.key, locale, { weekday: 'short' }),
    value: d.solitaryMin,
    connections: d.connections,
    title: `${longName(i)}: ${formatHoursAndMinutes(d.solitaryMin, locale)}`,
  }));
  const rows: TableRow[] = days.map((d, i) => ({ key: d.key, header: longName(i), ...numbers(d, locale) }));
  const parts = chartParts(days, longName, locale);
  const label = chartLabel(
    parts ? i18n.t('insights.days_chart', parts) : i18n.t('insights.chart_none'),
    days,
    locale,
  );
  return (
    <section class="card" aria-labelledby="days-title">
      <h2 id="days-title">{i18n.t('insights.days_title')}</h2>
      <InsightsChart
        bars={bars}
        label={label}
        words={{
          yTitle: i18n.t('insights.axis_solitary'),
          xTitle: i18n.t('insights.axis_day'),
          minutes: (m) => formatTick(m, locale),
        }}
      />
      <Legend />
      <InsightsTable
        caption={i18n.t('insights.days_caption')}
        period={i18n.t('insights.col_day')}
        rows={rows}
      />
    </section>
  );
}

/** The last 12 weeks, Monday to Sunday; the current one so far. */
export function WeeksSection({ weeks, locale }: { weeks: readonly WeekRow[]; locale: string }) {
  const range = (i: number) => {
    const week = weeks[i];
    return week ? formatWeek(week, locale) : '';
  };
  const bars: ChartBar[] = weeks.map((w, i) => ({
    key: w.start,
    // Numeric ("3/10"): twelve short-month labels don't fit side by side on a narrow page.
    label: formatDay(w.start, locale, { month: 'numeric', day: 'numeric' }),
    value: w.solitaryMin,
    connections: w.connections,
    title: `${range(i)}: ${formatHoursAndMinutes(w.solitaryMin, locale)}`,
  }));
  const rows: TableRow[] = weeks.map((w, i) => ({
    key: w.start,
    header: w.current ? `${i18n.t('insights.this_week')} (${range(i)})` : range(i),
    ...numbers(w, locale),
  }));
  const parts = chartParts(weeks, range, locale);
  const label = chartLabel(
    parts ? i18n.t('insights.weeks_chart', parts) : i18n.t('insights.chart_none'),
    weeks,
    locale,
  );
  return (
    <section class="card" aria-labelledby="weeks-title">
      <h2 id="weeks-title">{i18n.t('insights.weeks_title')}</h2>
      <InsightsChart
        bars={bars}
        label={label}
        minScale={120}
        words={{
          yTitle: i18n.t('insights.axis_solitary'),
          xTitle: i18n.t('insights.axis_week'),
          minutes: (m) => formatTick(m, locale),
        }}
      />
      <Legend />
      <InsightsTable
        caption={i18n.t('insights.weeks_caption')}
        period={i18n.t('insights.col_week')}
        rows={rows}
      />
    </section>
  );
}
