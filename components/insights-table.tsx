import { i18n } from '#i18n';

/** One row of the table: its header (a day or a week) and the numbers already in words. */
export interface TableRow {
  key: string;
  header: string;
  solitary: string;
  longest: string;
  connections: string;
}

interface Props {
  caption: string;
  /** The first column's heading ("Day" or "Week"). */
  period: string;
  rows: readonly TableRow[];
}

/** The chart's numbers as a real table, for screen readers, keyboards and anyone who prefers it. */
export function InsightsTable({ caption, period, rows }: Props) {
  return (
    <div class="insights-table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{period}</th>
            <th scope="col">{i18n.t('insights.col_solitary')}</th>
            <th scope="col">{i18n.t('insights.col_longest')}</th>
            <th scope="col">{i18n.t('insights.col_connections')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              <td>{row.solitary}</td>
              <td>{row.longest}</td>
              <td>{row.connections}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
