// The portfolio as PSG reads it: filters, every object's plan status, late deliverables and budget in a
// table whose columns size to their content (words wrap, figures never break) and that becomes stacked
// cards on a narrow screen; meeting-frequency compliance per forum; budget per object as a chart with
// the figures as a table for screen readers; the questions escalated to PSG.
import { Badge, Checkbox, Field, Link, Select, Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { ObjectCategory, PlanStatus } from '../../../domain/model';
import { OBJECT_CATEGORIES, PLAN_STATUSES } from '../../../domain/model';
import type { Portfolio, PortfolioRow } from '../../api/types';
import { Section } from '../../components/Section';
import { FitTable } from '../../components/FitTable';
import { keepChoices } from '../../components/responsive';
import { PLAN_STATUS_COLOR } from '../../components/shared';
import { useTexts } from '../../i18n';
import { ComplianceList } from './Compliance';
import { usePortfolioStyles } from './styles';

// PSG's roll-up of the interim follow-ups (issue 16): its own lazy chunk.
const FollowUpRollUp = lazy(
  () => import(/* webpackChunkName: "object-followup-rollup" */ '../object/followup/FollowUpRollUp'),
);
const ObjectBudgetChart = lazy(() => import(/* webpackChunkName: "portfolio-chart" */ './ObjectBudgetChart'));

/** A row of the table: an object, or the portfolio's sum in the footer. */
type Row = PortfolioRow | 'sum';

type Filter = { category: ObjectCategory | ''; status: PlanStatus | 'none' | ''; late: boolean };

function initialFilter(): Filter {
  const q = new URLSearchParams(window.location.search);
  const category = q.get('category');
  const status = q.get('status');
  return {
    category: (OBJECT_CATEGORIES as readonly string[]).includes(category ?? '')
      ? (category as ObjectCategory)
      : '',
    status:
      status === 'none' || (PLAN_STATUSES as readonly string[]).includes(status ?? '')
        ? (status as PlanStatus | 'none')
        : '',
    late: q.get('late') === '1',
  };
}

function remember(filter: Filter) {
  const url = new URL(window.location.href);
  for (const [k, v] of [
    ['category', filter.category],
    ['status', filter.status],
    ['late', filter.late ? '1' : ''],
  ] as const) {
    if (v) url.searchParams.set(k, v);
    else url.searchParams.delete(k);
  }
  window.history.replaceState(null, '', url);
}

const side = (row: PortfolioRow, s: 'business' | 'it') =>
  row.budget ? row.budget.totals[s].maintain + row.budget.totals[s].develop : null;

export function PortfolioBody({
  portfolio,
  headingLevel = 2,
}: {
  portfolio: Portfolio;
  headingLevel?: 2 | 3;
}) {
  const styles = usePortfolioStyles();
  const { t, money, number, date } = useTexts();
  const [filter, setFilter] = useState<Filter>(initialFilter);
  const change = (next: Partial<Filter>) => {
    const f = { ...filter, ...next };
    setFilter(f);
    remember(f);
  };
  const rows = portfolio.objects.filter(
    (r) =>
      (!filter.category || r.object.category === filter.category) &&
      (!filter.status || (filter.status === 'none' ? !r.plan : r.plan?.status === filter.status)) &&
      (!filter.late || r.late),
  );
  const drill = (r: PortfolioRow) =>
    keepChoices(`/tab/objects/${encodeURIComponent(r.object.id)}?view=plan&year=${portfolio.year}`);
  const codeOf = (objectId: string) =>
    portfolio.objects.find((o) => o.object.id === objectId)?.object.code ?? '';
  const status = (r: PortfolioRow) =>
    r.plan ? (
      <Badge color={PLAN_STATUS_COLOR[r.plan.status]}>{t(`status.${r.plan.status}`)}</Badge>
    ) : (
      t('noPlan')
    );
  const lateList = (r: PortfolioRow) => {
    const late = r.deadlines.filter((d) => d.late);
    return late.length === 0 ? (
      '–'
    ) : (
      <ul className={styles.late}>
        {late.map((d) => (
          <li key={d.deliverable} data-late="true">
            <strong>{t('late')}:</strong> {`${t(`deliverable.${d.deliverable}`)} (${date(d.due)})`}
          </li>
        ))}
      </ul>
    );
  };
  const kr = (n: number | null) => (n === null ? '–' : money(n));

  return (
    <>
      <Section title={t('portfolio')} id="portfolio">
        <div className={styles.filters} role="group" aria-label={t('filters')}>
          <Field label={t('category')}>
            <Select
              value={filter.category}
              onChange={(_, d) => change({ category: d.value as Filter['category'] })}
              data-testid="filter-category"
            >
              <option value="">{t('allCategories')}</option>
              {OBJECT_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('planStatus')}>
            <Select
              value={filter.status}
              onChange={(_, d) => change({ status: d.value as Filter['status'] })}
              data-testid="filter-status"
            >
              <option value="">{t('allStatuses')}</option>
              {PLAN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
              <option value="none">{t('noPlan')}</option>
            </Select>
          </Field>
          <Checkbox
            label={t('onlyLate')}
            checked={filter.late}
            onChange={(_, d) => change({ late: d.checked === true })}
            data-testid="filter-late"
          />
        </div>
        <p aria-live="polite" data-testid="portfolio-count">
          {t('showing', { shown: rows.length, total: portfolio.objects.length })}
        </p>
        {rows.length === 0 ? (
          <p>{t('noMatch')}</p>
        ) : (
          <FitTable<Row>
            labelledBy="portfolio-heading"
            testId="portfolio-table"
            narrowTestId="portfolio-cards"
            rows={rows}
            footer={['sum']}
            rowKey={(r) => (r === 'sum' ? 'sum' : r.object.id)}
            rowAttributes={(r) => ({ 'data-testid': r === 'sum' ? undefined : `portfolio-${r.object.code}` })}
            columns={[
              {
                key: 'object',
                header: t('object'),
                rowHeader: true,
                cell: (r) =>
                  r === 'sum' ? (
                    t('portfolioTotal')
                  ) : (
                    <Link href={drill(r)}>{`${r.object.code} – ${r.object.name}`}</Link>
                  ),
              },
              {
                key: 'category',
                header: t('category'),
                cell: (r) => (r === 'sum' ? null : t(`category.${r.object.category}`)),
              },
              { key: 'status', header: t('planStatus'), cell: (r) => (r === 'sum' ? null : status(r)) },
              { key: 'deadlines', header: t('deadlines'), cell: (r) => (r === 'sum' ? null : lateList(r)) },
              {
                key: 'business',
                header: t('businessTotal'),
                numeric: true,
                cell: (r) =>
                  r === 'sum'
                    ? money(portfolio.totals.business.maintain + portfolio.totals.business.develop)
                    : kr(side(r, 'business')),
              },
              {
                key: 'it',
                header: t('itTotal'),
                numeric: true,
                cell: (r) =>
                  r === 'sum'
                    ? money(portfolio.totals.it.maintain + portfolio.totals.it.develop)
                    : kr(side(r, 'it')),
              },
              {
                key: 'total',
                header: t('total'),
                numeric: true,
                cell: (r) =>
                  r === 'sum' ? (
                    <span data-testid="portfolio-total">{money(portfolio.totals.total)}</span>
                  ) : (
                    kr(r.budget?.totals.total ?? null)
                  ),
              },
              {
                key: 'fte',
                header: t('fte'),
                numeric: true,
                cell: (r) =>
                  r === 'sum' ? number(portfolio.totals.fte, 2) : r.budget ? number(r.budget.fte, 2) : '–',
              },
              {
                key: 'escalations',
                header: t('escalations'),
                numeric: true,
                cell: (r) => (r === 'sum' ? portfolio.escalations.length : r.openEscalations),
              },
            ]}
          />
        )}
      </Section>

      <Section title={t('budgetPerObject')} id="budget-chart">
        <Suspense fallback={<Spinner size="tiny" label={t('loading')} />}>
          <ObjectBudgetChart rows={rows} />
        </Suspense>
      </Section>

      <Section title={t('compliance', { year: portfolio.today.slice(0, 4) })} id="compliance">
        <ComplianceList compliance={portfolio.compliance} codeOf={codeOf} />
      </Section>

      <Section title={t('fu.interim')} id="followup-rollup">
        <Suspense fallback={<Spinner size="tiny" label={t('loading')} />}>
          <FollowUpRollUp thisYear={Number(portfolio.today.slice(0, 4))} />
        </Suspense>
      </Section>

      <Section title={t('escalatedToPsg')} id="escalated">
        {portfolio.escalations.length === 0 ? (
          <p>{t('noEscalations')}</p>
        ) : (
          <ul className={styles.cards} aria-labelledby="escalated-heading">
            {portfolio.escalations.map((i) => (
              <li key={i.id} className={styles.card}>
                <p className={styles.cardTitle} role="heading" aria-level={headingLevel + 1}>
                  {i.title}
                </p>
                <dl className={styles.facts}>
                  <dt className={styles.dt}>{t('object')}</dt>
                  <dd className={styles.dd}>
                    {[i.objectId, ...i.affectedObjectIds].map(codeOf).filter(Boolean).join(', ')}
                  </dd>
                  <dt className={styles.dt}>{t('score')}</dt>
                  <dd className={styles.dd}>{i.score}</dd>
                  <dt className={styles.dt}>{t('status')}</dt>
                  <dd className={styles.dd}>{t(`initiative.${i.status}`)}</dd>
                  <dt className={styles.dt}>{t('escalateReason')}</dt>
                  <dd className={styles.dd}>{i.escalations[i.escalations.length - 1]?.reason ?? ''}</dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
