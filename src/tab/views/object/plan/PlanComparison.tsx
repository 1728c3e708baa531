// The plan beside the object's plan of the year before: totals per main activity and side, the rate,
// and what changed line by line (added, removed, changed). Computed with the same domain functions as
// the server's budget, from the two plans' lines.
import { Badge } from '@fluentui/react-components';
import { comparePlans } from '../../../../domain/plan/compare';
import { useResource } from '../../../api/hooks';
import type { LineRow, PlanDetail, PlanSummary } from '../../../api/types';
import { Loading } from '../../../components/Feedback';
import { FitTable, type FitColumn } from '../../../components/FitTable';
import { Section } from '../../../components/Section';
import { useTexts } from '../../../i18n';

const KIND_COLOR = { added: 'success', removed: 'danger', changed: 'informative' } as const;

export default function PlanComparison({ plan, lines }: { plan: PlanDetail; lines: LineRow[] }) {
  const { t, money } = useTexts();
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
  const years = [previous.year, plan.year];
  type Pair = { before: number; now: number };
  type Row = { key: string; label: string; business: Pair; it: Pair; total: Pair };
  // Per side last year and this year, and the change of the sum (a change per side too would not fit
  // 1280 px); the headers name the side in each column, so the table reads as cards on a phone too.
  const sideColumns = (side: 'business' | 'it' | 'total', name: string): FitColumn<Row>[] => [
    { key: `${side}-b`, header: `${name} ${years[0]}`, numeric: true, cell: (r) => money(r[side].before) },
    {
      key: `${side}-n`,
      header: `${name} ${years[1]}`,
      numeric: true,
      cell: (r) =>
        side === 'total' && r.key === 'sum' ? (
          <span data-testid="compare-total">{money(r[side].now)}</span>
        ) : (
          money(r[side].now)
        ),
    },
    ...(side === 'total'
      ? [
          {
            key: `${side}-d`,
            header: t('plan.change'),
            numeric: true,
            cell: (r: Row) => delta(r[side]),
          },
        ]
      : []),
  ];
  const activityRows: Row[] = c.activities.map((a) => ({
    key: a.mainActivity,
    label: t(`activity.${a.mainActivity}`),
    business: a.business,
    it: a.it,
    total: a.total,
  }));
  const sumRow: Row = {
    key: 'sum',
    label: t('sum'),
    business: c.totals.business,
    it: c.totals.it,
    total: { before: c.totals.before, now: c.totals.now },
  };
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
      <FitTable
        labelledBy="compare-heading"
        testId="compare-table"
        rows={activityRows}
        footer={[sumRow]}
        rowKey={(r) => r.key}
        columns={[
          { key: 'activity', header: t('mainActivity'), rowHeader: true, cell: (r) => r.label },
          ...sideColumns('business', t('business')),
          ...sideColumns('it', t('it')),
          ...sideColumns('total', t('sum')),
        ]}
      />
      <h3>{t('plan.whatChanged')}</h3>
      {c.changes.length === 0 ? (
        <p>{t('plan.noChanges')}</p>
      ) : (
        <FitTable
          label={t('plan.whatChanged')}
          testId="compare-changes"
          rows={c.changes}
          rowKey={(ch) => `${ch.kind}-${ch.mainActivity}-${ch.name}`}
          rowAttributes={(ch) => ({ 'data-kind': ch.kind })}
          columns={[
            { key: 'line', header: t('line'), cell: (ch) => ch.name },
            { key: 'activity', header: t('mainActivity'), cell: (ch) => t(`activity.${ch.mainActivity}`) },
            {
              key: 'kind',
              header: t('plan.change'),
              cell: (ch) => (
                <Badge appearance="tint" color={KIND_COLOR[ch.kind]}>
                  {t(`plan.kind.${ch.kind}`)}
                </Badge>
              ),
            },
            { key: 'before', header: String(years[0]), numeric: true, cell: (ch) => money(ch.before) },
            { key: 'now', header: String(years[1]), numeric: true, cell: (ch) => money(ch.now) },
          ]}
        />
      )}
    </Section>
  );
}
