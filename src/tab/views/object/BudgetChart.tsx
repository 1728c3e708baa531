// Budget per main activity as stacked horizontal bars: business and IT side, maintenance and
// development. Loaded lazily; the same figures are in the summary table for screen readers.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { BudgetTable } from '../../../domain/budget/budget';
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
});

// Tokens only, so the chart follows light, dark and high-contrast themes.
const SEGMENTS = [
  { side: 'business', bucket: 'maintain', fill: tokens.colorBrandBackground },
  { side: 'business', bucket: 'develop', fill: tokens.colorBrandBackground2Pressed },
  { side: 'it', bucket: 'maintain', fill: tokens.colorPaletteDarkOrangeBackground3 },
  { side: 'it', bucket: 'develop', fill: tokens.colorPaletteMarigoldBackground3 },
] as const;

export default function BudgetChart({ table }: { table: BudgetTable }) {
  const styles = useStyles();
  const { t, money } = useTexts();
  const max = Math.max(1, ...table.rows.map((r) => r.total));
  const labelWidth = 230;
  const barWidth = 560;
  const rowHeight = 34;
  const height = table.rows.length * rowHeight + 8;
  const summary = table.rows.map((r) => `${t(`activity.${r.mainActivity}`)}: ${money(r.total)}`).join('; ');
  return (
    <figure style={{ margin: 0 }}>
      <ul className={styles.legend}>
        {SEGMENTS.map((s) => (
          <li key={`${s.side}-${s.bucket}`}>
            <span className={styles.swatch} style={{ backgroundColor: s.fill }} aria-hidden="true" />
            {`${t(s.side)} ${t(s.bucket)}`}
          </li>
        ))}
      </ul>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${labelWidth + barWidth + 130} ${height}`}
        role="img"
        aria-label={`${t('chart')}. ${summary}`}
      >
        {table.rows.map((row, i) => {
          let x = labelWidth;
          const y = i * rowHeight + 4;
          return (
            <g key={row.mainActivity}>
              <text x={0} y={y + 19} fill={tokens.colorNeutralForeground1} fontSize="13">
                {t(`activity.${row.mainActivity}`)}
              </text>
              {SEGMENTS.map((s) => {
                const value = row[s.side][s.bucket];
                const w = (value / max) * barWidth;
                const rect = (
                  <rect
                    key={`${s.side}-${s.bucket}`}
                    x={x}
                    y={y}
                    width={w}
                    height={rowHeight - 10}
                    fill={s.fill}
                  />
                );
                x += w;
                return rect;
              })}
              <text x={x + 8} y={y + 19} fill={tokens.colorNeutralForeground1} fontSize="13">
                {money(row.total)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
