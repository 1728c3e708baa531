// Plan against outcome per main activity: the table (what screen readers read) and a bar chart of the
// same figures, hidden from assistive technology since the table says it all.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { FitTable } from '../../../components/FitTable';
import { useTexts } from '../../../i18n';
import type { Outcome } from './types';

const useStyles = makeStyles({
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
  type Row = Omit<Outcome['totals'], 'planned' | 'actual'> & {
    key: string;
    label: ReactNode;
    planned: ReactNode;
    actual: ReactNode;
  };
  const rows: Row[] = outcome.rows.map((r) => ({
    ...r,
    key: r.mainActivity,
    planned: kr(r.planned),
    actual: kr(r.actual),
    label: (
      <>
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
      </>
    ),
  }));
  // The sums' figures carry test ids: the browser test reconciles them with the import and the Word report.
  const sum: Row = {
    ...tot,
    key: 'total',
    label: t('fu.total'),
    planned: <span data-testid="outcome-total-planned">{kr(tot.planned)}</span>,
    actual: <span data-testid="outcome-total-actual">{kr(tot.actual)}</span>,
  };
  return (
    <>
      <FitTable
        label={t('fu.chart')}
        testId="outcome-table"
        rows={rows}
        footer={[sum]}
        rowKey={(r) => r.key}
        columns={[
          { key: 'activity', header: t('fu.activity'), rowHeader: true, cell: (r) => r.label },
          { key: 'planned', header: t('fu.planned'), numeric: true, cell: (r) => r.planned },
          { key: 'toDate', header: t('fu.plannedToDate'), numeric: true, cell: (r) => kr(r.plannedToDate) },
          { key: 'actual', header: t('fu.actual'), numeric: true, cell: (r) => r.actual },
          {
            key: 'devKr',
            header: t('fu.deviationKr'),
            numeric: true,
            cell: (r) => kr(r.deviationToDate.sek),
          },
          {
            key: 'devPct',
            header: t('fu.deviationPct'),
            numeric: true,
            cell: (r) => pct(r.deviationToDate.percent),
          },
          { key: 'forecast', header: t('fu.forecast'), numeric: true, cell: (r) => kr(r.forecast) },
          {
            key: 'devForecast',
            header: t('fu.deviationForecast'),
            numeric: true,
            cell: (r) => kr(r.deviationForecast.sek),
          },
        ]}
      />
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
