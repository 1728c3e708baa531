// Plan against outcome per main activity: the table (what screen readers read) and a bar chart of the
// same figures, hidden from assistive technology since the table says it all.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useTexts } from '../../../i18n';
import type { Outcome } from './types';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', minWidth: '640px' },
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  cell: {
    textAlign: 'right',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  label: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  sum: { fontWeight: tokens.fontWeightSemibold },
  over: { color: tokens.colorPaletteRedForeground1 },
  chart: { display: 'grid', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  bars: { display: 'grid', gap: '2px' },
  planned: { height: '10px', backgroundColor: tokens.colorNeutralStroke1 },
  actual: { height: '10px', backgroundColor: tokens.colorBrandBackground },
});

export function OutcomeTable({ outcome }: { outcome: Outcome }) {
  const styles = useStyles();
  const { t, money, number } = useTexts();
  const kr = (n: number) => (Number.isInteger(n) ? money(n) : `${number(n, 2)} kr`);
  const pct = (p: number | null) => (p === null ? '–' : `${number(p, 1)} %`);
  const max = Math.max(1, ...outcome.rows.flatMap((r) => [r.planned, r.forecast, r.actual]));
  const tot = outcome.totals;
  return (
    <>
      <div className={styles.wrap}>
        <table className={styles.table} data-testid="outcome-table">
          <thead>
            <tr>
              <th scope="col" className={styles.label}>
                {t('fu.activity')}
              </th>
              <th scope="col" className={styles.cell}>
                {t('fu.planned')}
              </th>
              <th scope="col" className={styles.cell}>
                {t('fu.plannedToDate')}
              </th>
              <th scope="col" className={styles.cell}>
                {t('fu.actual')}
              </th>
              <th scope="col" className={styles.cell}>
                {t('fu.deviationKr')}
              </th>
              <th scope="col" className={styles.cell}>
                {t('fu.deviationPct')}
              </th>
              <th scope="col" className={styles.cell}>
                {t('fu.forecast')}
              </th>
              <th scope="col" className={styles.cell}>
                {t('fu.deviationForecast')}
              </th>
            </tr>
          </thead>
          <tbody>
            {outcome.rows.map((r) => (
              <tr key={r.mainActivity}>
                <th scope="row" className={styles.label}>
                  {t(`activity.${r.mainActivity}`)}
                  <div>
                    <small>
                      {(['business', 'it'] as const)
                        .flatMap((side) =>
                          (['maintain', 'develop'] as const).map(
                            (b) =>
                              `${t(`fu.side.${side}`)} ${t(`fu.bucket.${b}`)}: ${kr(r[side][b].actual)} / ${kr(r[side][b].planned)}`,
                          ),
                        )
                        .join(' · ')}
                    </small>
                  </div>
                </th>
                <td className={styles.cell}>{kr(r.planned)}</td>
                <td className={styles.cell}>{kr(r.plannedToDate)}</td>
                <td className={styles.cell}>{kr(r.actual)}</td>
                <td className={styles.cell}>{kr(r.deviationToDate.sek)}</td>
                <td className={styles.cell}>{pct(r.deviationToDate.percent)}</td>
                <td className={styles.cell}>{kr(r.forecast)}</td>
                <td className={styles.cell}>{kr(r.deviationForecast.sek)}</td>
              </tr>
            ))}
            <tr className={styles.sum}>
              <th scope="row" className={styles.label}>
                {t('fu.total')}
              </th>
              <td className={styles.cell} data-testid="outcome-total-planned">
                {kr(tot.planned)}
              </td>
              <td className={styles.cell}>{kr(tot.plannedToDate)}</td>
              <td className={styles.cell} data-testid="outcome-total-actual">
                {kr(tot.actual)}
              </td>
              <td className={styles.cell}>{kr(tot.deviationToDate.sek)}</td>
              <td className={styles.cell}>{pct(tot.deviationToDate.percent)}</td>
              <td className={styles.cell}>{kr(tot.forecast)}</td>
              <td className={styles.cell}>{kr(tot.deviationForecast.sek)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <figure className={styles.chart} aria-hidden="true">
        <figcaption>{t('fu.chart')}</figcaption>
        {outcome.rows.map((r) => (
          <div key={r.mainActivity}>
            <div>{t(`activity.${r.mainActivity}`)}</div>
            <div className={styles.bars}>
              <div className={styles.planned} style={{ width: `${(r.planned / max) * 100}%` }} />
              <div className={styles.actual} style={{ width: `${(Math.max(0, r.actual) / max) * 100}%` }} />
            </div>
          </div>
        ))}
      </figure>
    </>
  );
}
