// The plan beside the object's plan of the year before: totals per main activity and side, the rate,
// and what changed line by line (added, removed, changed). Computed with the same domain functions as
// the server's budget, from the two plans' lines.
import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { comparePlans } from '../../../../domain/plan/compare';
import { useResource } from '../../../api/hooks';
import type { LineRow, PlanDetail, PlanSummary } from '../../../api/types';
import { Loading } from '../../../components/Feedback';
import { Section } from '../../../components/Section';
import { useTexts } from '../../../i18n';

const useStyles = makeStyles({
  num: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  table: { tableLayout: 'auto', minWidth: '40rem' },
  scroll: { overflowX: 'auto' },
  sumRow: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
});

const KIND_COLOR = { added: 'success', removed: 'danger', changed: 'informative' } as const;

export default function PlanComparison({ plan, lines }: { plan: PlanDetail; lines: LineRow[] }) {
  const { t, money } = useTexts();
  const styles = useStyles();
  const plans = useResource<PlanSummary[]>(`/api/objects/${plan.objectId}/plans`);
  const previous = plans.data
    ?.filter((p) => p.year < plan.year)
    .reduce<PlanSummary | null>((a, p) => (!a || p.year > a.year ? p : a), null);
  const before = useResource<LineRow[]>(previous ? `/api/plans/${previous.id}/budget-lines` : null);
  const title = previous
    ? t('plan.compareTitle', { year: plan.year, previous: previous.year })
    : t('plan.compare');
  if (!plans.data || (previous && !before.data))
    return (
      <Section title={title} id="compare">
        <Loading />
      </Section>
    );
  if (!previous)
    return (
      <Section title={title} id="compare">
        <p>{t('plan.noPrevious')}</p>
      </Section>
    );
  const c = comparePlans({ settings: plan, lines }, { settings: previous, lines: before.data! });
  const delta = (x: { before: number; now: number }) => {
    const d = x.now - x.before;
    return `${d > 0 ? '+' : d < 0 ? '−' : '±'}${money(Math.abs(d))}`;
  };
  const cells = (x: { before: number; now: number }, testId?: string) => [
    <TableCell key="b" className={styles.num}>
      {money(x.before)}
    </TableCell>,
    <TableCell key="n" className={styles.num} data-testid={testId}>
      {money(x.now)}
    </TableCell>,
    <TableCell key="d" className={styles.num}>
      {delta(x)}
    </TableCell>,
  ];
  const years = [previous.year, plan.year];
  return (
    <Section title={title} id="compare">
      <p>
        {t('plan.compareRate', {
          before: money(c.hourlyRate.before),
          now: money(c.hourlyRate.now),
          fteBefore: c.hoursPerFte.before,
          fteNow: c.hoursPerFte.now,
        })}
      </p>
      <div className={styles.scroll}>
        <Table
          size="small"
          className={styles.table}
          aria-labelledby="compare-heading"
          data-testid="compare-table"
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell rowSpan={2}>{t('mainActivity')}</TableHeaderCell>
              <TableHeaderCell colSpan={3}>{t('business')}</TableHeaderCell>
              <TableHeaderCell colSpan={3}>{t('it')}</TableHeaderCell>
              <TableHeaderCell colSpan={3}>{t('sum')}</TableHeaderCell>
            </TableRow>
            <TableRow>
              {[0, 1, 2].flatMap((n) => [
                <TableHeaderCell key={`${n}b`} className={styles.num}>
                  {years[0]}
                </TableHeaderCell>,
                <TableHeaderCell key={`${n}n`} className={styles.num}>
                  {years[1]}
                </TableHeaderCell>,
                <TableHeaderCell key={`${n}d`} className={styles.num}>
                  {t('plan.change')}
                </TableHeaderCell>,
              ])}
            </TableRow>
          </TableHeader>
          <TableBody>
            {c.activities.map((a) => (
              <TableRow key={a.mainActivity}>
                <TableCell>{t(`activity.${a.mainActivity}`)}</TableCell>
                {cells(a.business)}
                {cells(a.it)}
                {cells(a.total)}
              </TableRow>
            ))}
            <TableRow className={styles.sumRow}>
              <TableCell>{t('sum')}</TableCell>
              {cells(c.totals.business)}
              {cells(c.totals.it)}
              {cells({ before: c.totals.before, now: c.totals.now }, 'compare-total')}
            </TableRow>
          </TableBody>
        </Table>
      </div>
      <h3>{t('plan.whatChanged')}</h3>
      {c.changes.length === 0 ? (
        <p>{t('plan.noChanges')}</p>
      ) : (
        <div className={styles.scroll}>
          <Table
            size="small"
            className={styles.table}
            aria-label={t('plan.whatChanged')}
            data-testid="compare-changes"
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('line')}</TableHeaderCell>
                <TableHeaderCell>{t('mainActivity')}</TableHeaderCell>
                <TableHeaderCell>{t('plan.change')}</TableHeaderCell>
                <TableHeaderCell className={styles.num}>{years[0]}</TableHeaderCell>
                <TableHeaderCell className={styles.num}>{years[1]}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {c.changes.map((ch, i) => (
                <TableRow key={i} data-kind={ch.kind}>
                  <TableCell>{ch.name}</TableCell>
                  <TableCell>{t(`activity.${ch.mainActivity}`)}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={KIND_COLOR[ch.kind]}>
                      {t(`plan.kind.${ch.kind}`)}
                    </Badge>
                  </TableCell>
                  <TableCell className={styles.num}>{money(ch.before)}</TableCell>
                  <TableCell className={styles.num}>{money(ch.now)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </Section>
  );
}
