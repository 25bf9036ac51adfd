/** One column: `label` under it, `title` as its tooltip, its minutes and its connection moments. */
export interface ChartBar {
  key: string;
  label: string;
  /** Minutes on one's own. */
  value: number;
  /** Connection moments in the same day or week. */
  connections: number;
  title: string;
}

interface Props {
  bars: readonly ChartBar[];
  /** What a screen reader hears instead of the drawing: the chart's summary in words. */
  label: string;
  /** Words for the axes and the legend, in the page's language. */
  words: {
    /** The vertical axis, with its unit ("Time on your own (hours and minutes)"). */
    yTitle: string;
    /** The horizontal axis ("Day", "Week starting"). */
    xTitle: string;
    /** Formats a tick's minutes ("30 min", "1.5 hr"). */
    minutes: (minutes: number) => string;
  };
  /** Values below this still draw as a fraction of it, so a few minutes never fill the chart. */
  minScale?: number;
}

const WIDTH = 480;
const LEFT = 56;
const RIGHT = 8;
const TOP = 24;
const BASE = 164;
const DOTS = BASE + 16;
const LABELS = BASE + 42;
const HEIGHT = LABELS + 26;

/** Tick steps in minutes: a scale reads best with two to four gridlines at round durations. */
const STEPS = [15, 30, 60, 120, 180, 240, 360, 480, 720, 960, 1440, 2880];

/** The tick step and the top of the scale for a largest value of `max` minutes. */
export function scaleFor(max: number): { step: number; top: number } {
  const step = STEPS.find((s) => max / s <= 4) ?? (STEPS.at(-1) as number);
  return { step, top: Math.max(step, Math.ceil(max / step) * step) };
}

/**
 * A plain SVG bar chart in the page's colours (tokens, so it follows dark mode): minutes on one's
 * own as bars against a labelled time axis, and each day's or week's connection moments as a
 * numbered dot under its bar. One image to assistive technology (`role="img"` + `aria-label`); the
 * page puts the same numbers in a table.
 */
export function InsightsChart({ bars, label, words, minScale = 60 }: Props) {
  const { step, top } = scaleFor(Math.max(minScale, ...bars.map((b) => b.value)));
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, bars.length);
  const barWidth = Math.min(48, slot * 0.6);
  // More than eight columns get every other label (counted from the latest), so none overlap.
  const labelled = (i: number) => bars.length <= 8 || (bars.length - 1 - i) % 2 === 0;
  const y = (minutes: number) => BASE - ((BASE - TOP) * minutes) / top;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  return (
    <svg class="insights-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <text class="axis-title" x={0} y={12}>
        {words.yTitle}
      </text>
      {ticks.map((minutes) => (
        <g key={minutes}>
          <line
            class={minutes === 0 ? 'baseline' : 'grid'}
            x1={LEFT}
            x2={WIDTH - RIGHT}
            y1={y(minutes)}
            y2={y(minutes)}
          />
          <text class="tick" x={LEFT - 6} y={y(minutes) + 4} text-anchor="end">
            {words.minutes(minutes)}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const height = bar.value > 0 ? Math.max(2, BASE - y(bar.value)) : 0;
        const center = LEFT + i * slot + slot / 2;
        return (
          <g key={bar.key}>
            <title>{bar.title}</title>
            {height > 0 && (
              <rect
                class="bar"
                x={center - barWidth / 2}
                y={BASE - height}
                width={barWidth}
                height={height}
                rx={3}
              />
            )}
            {bar.connections > 0 && (
              <g class="connection">
                <circle cx={center} cy={DOTS} r={9} />
                <text x={center} y={DOTS + 4} text-anchor="middle">
                  {bar.connections}
                </text>
              </g>
            )}
            {labelled(i) && (
              <text x={center} y={LABELS} text-anchor="middle">
                {bar.label}
              </text>
            )}
          </g>
        );
      })}
      <text class="axis-title" x={LEFT + (WIDTH - LEFT - RIGHT) / 2} y={HEIGHT - 4} text-anchor="middle">
        {words.xTitle}
      </text>
    </svg>
  );
}
