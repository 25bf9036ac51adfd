/** One bar: `label` under it, `title` as its tooltip. */
export interface ChartBar {
  key: string;
  label: string;
  value: number;
  title: string;
}

interface Props {
  bars: readonly ChartBar[];
  /** What a screen reader hears instead of the drawing: the chart's summary in words. */
  label: string;
  /** Values below this still draw as a fraction of it, so a few minutes never fill the chart. */
  minScale?: number;
}

const WIDTH = 480;
const HEIGHT = 180;
const TOP = 8;
const BASE = 150;

/**
 * A plain SVG bar chart in the page's colours (tokens, so it follows dark mode). It is one image to
 * assistive technology (`role="img"` + `aria-label`); the page puts the same numbers in a table.
 */
export function InsightsChart({ bars, label, minScale = 60 }: Props) {
  const max = Math.max(minScale, ...bars.map((b) => b.value));
  const slot = WIDTH / Math.max(1, bars.length);
  const barWidth = slot * 0.6;
  return (
    <svg class="insights-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <line class="baseline" x1={0} x2={WIDTH} y1={BASE} y2={BASE} />
      {bars.map((bar, i) => {
        const height = bar.value > 0 ? Math.max(2, ((BASE - TOP) * bar.value) / max) : 0;
        const x = i * slot + (slot - barWidth) / 2;
        return (
          <g key={bar.key}>
            <title>{bar.title}</title>
            {height > 0 && (
              <rect class="bar" x={x} y={BASE - height} width={barWidth} height={height} rx={3} />
            )}
            <text x={i * slot + slot / 2} y={HEIGHT - 10} text-anchor="middle">
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
