// Budget per object as stacked horizontal bars (business VM/VU, IT VM/VU), after BudgetChart: a lazy
// chunk, theme tokens only, the SVG hidden from assistive technology and the same figures in a table
// that screen readers read (visually hidden, so the chart is not shown twice).
import { makeStyles, tokens } from '@fluentui/react-components';
import type { PortfolioRow } from '../../api/types';
import { visuallyHidden } from '../../components/responsive';
import { useTexts } from '../../i18n';

const useStyles = makeStyles({
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    listStyle: 'none',
    padding: 0,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
  swatch: {
    display: 'inline-block',
    width: '0.9rem',
    height: '0.9rem',
    marginRight: tokens.spacingHorizontalXS,
    verticalAlign: 'middle',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  svg: { width: '100%', maxWidth: '60rem', height: 'auto', display: 'block' },
  hidden: visuallyHidden,
});

const SEGMENTS = [
  { side: 'business', bucket: 'maintain', fill: tokens.colorBrandBackground, label: 'businessMaintain' },
  {
    side: 'business',
    bucket: 'develop',
    fill: tokens.colorBrandBackground2Pressed,
    label: 'businessDevelop',
  },
  { side: 'it', bucket: 'maintain', fill: tokens.colorPaletteDarkOrangeBackground3, label: 'itMaintain' },
  { side: 'it', bucket: 'develop', fill: tokens.colorPaletteMarigoldBackground3, label: 'itDevelop' },
] as const;

export default function ObjectBudgetChart({ rows }: { rows: PortfolioRow[] }) {
  const styles = useStyles();
  const { t, money } = useTexts();
  const withBudget = rows.filter((r) => r.budget);
  const max = Math.max(1, ...withBudget.map((r) => r.budget!.totals.total));
  const labelWidth = 70;
  const barWidth = 520;
  const rowHeight = 30;
  const height = withBudget.length * rowHeight + 8;
  return (
    <figure style={{ margin: 0 }} data-testid="portfolio-chart">
      <ul className={styles.legend} aria-hidden="true">
        {SEGMENTS.map((s) => (
          <li key={s.label}>
            <span className={styles.swatch} style={{ backgroundColor: s.fill }} />
            {t(s.label)}
          </li>
        ))}
      </ul>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${labelWidth + barWidth + 120} ${height}`}
        aria-hidden="true"
        focusable="false"
      >
        {withBudget.map((row, i) => {
          let x = labelWidth;
          const y = i * rowHeight + 4;
          return (
            <g key={row.object.id}>
              <text x={0} y={y + 17} fill={tokens.colorNeutralForeground1} fontSize="13">
                {row.object.code}
              </text>
              {SEGMENTS.map((s) => {
                const w = (row.budget!.totals[s.side][s.bucket] / max) * barWidth;
                const rect = (
                  <rect key={s.label} x={x} y={y} width={w} height={rowHeight - 10} fill={s.fill} />
                );
                x += w;
                return rect;
              })}
              <text x={x + 6} y={y + 17} fill={tokens.colorNeutralForeground1} fontSize="13">
                {money(row.budget!.totals.total)}
              </text>
            </g>
          );
        })}
      </svg>
      {/* A table sizes to its content whatever its own width: the hiding box is a div around it. */}
      <div className={styles.hidden}>
        <table data-testid="portfolio-chart-table">
          <caption>{t('budgetTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('object')}</th>
              {SEGMENTS.map((s) => (
                <th key={s.label} scope="col">
                  {t(s.label)}
                </th>
              ))}
              <th scope="col">{t('total')}</th>
            </tr>
          </thead>
          <tbody>
            {withBudget.map((row) => (
              <tr key={row.object.id}>
                <th scope="row">{`${row.object.code} – ${row.object.name}`}</th>
                {SEGMENTS.map((s) => (
                  <td key={s.label}>{money(row.budget!.totals[s.side][s.bucket])}</td>
                ))}
                <td>{money(row.budget!.totals.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
