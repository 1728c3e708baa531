// A main activity's budget lines for someone who reads the plan (issue 15): the same figures as the
// editable grid, in a FitTable, so at 320 px each line is a card and at 1280 px the columns size to
// their content. The editable grid keeps its fixed shape (inputs in rows, moved with the keyboard) and
// scrolls inside its own section on a narrow screen.
import { lineCost, type BudgetTable } from '../../../../domain/budget/budget';
import type { MainActivity, Side } from '../../../../domain/model';
import type { LineRow } from '../../../api/types';
import { FitTable, type FitColumn } from '../../../components/FitTable';
import { useTexts } from '../../../i18n';

type Row =
  | { kind: 'line'; line: LineRow }
  | { kind: 'sum'; key: string; label: string; business: string; it: string; testId?: string };

const SIDES: Side[] = ['business', 'it'];

export function BudgetReadTable({
  activity,
  headingId,
  lines,
  summary,
  hourlyRate,
}: {
  activity: MainActivity;
  headingId: string;
  lines: LineRow[];
  summary: BudgetTable['rows'][number];
  hourlyRate: number;
}) {
  const { t, money, number } = useTexts();
  const line = (r: Row) => (r.kind === 'line' ? r.line : null);
  const sideColumns = (side: Side): FitColumn<Row>[] => [
    {
      key: `${side}-h`,
      header: `${t(side)}, ${t('hours').toLowerCase()}`,
      numeric: true,
      cell: (r) => (r.kind === 'line' ? number(r.line[side].hours, 2) : null),
    },
    {
      key: `${side}-o`,
      header: `${t(side)}, ${t('otherCost').toLowerCase()}`,
      numeric: true,
      cell: (r) => (r.kind === 'line' ? money(r.line[side].otherCost) : null),
    },
    {
      key: `${side}-s`,
      header: `${t(side)}, ${t('sum').toLowerCase()}`,
      numeric: true,
      cell: (r) =>
        r.kind === 'line' ? (
          <span data-testid={`cost-${side}-${r.line.id}`}>{money(lineCost(r.line, hourlyRate)[side])}</span>
        ) : (
          <span data-testid={r.testId ? `${r.testId}-${side}` : undefined}>{r[side]}</span>
        ),
    },
  ];
  const both = (f: (side: Side) => string) => ({ business: f('business'), it: f('it') });
  const sums: Row[] = [
    ...(['maintain', 'develop'] as const).map((bucket): Row => ({
      kind: 'sum',
      key: bucket,
      label: `${t('sum')} (${t(bucket)})`,
      ...both((side) => money(summary[side][bucket])),
    })),
    {
      kind: 'sum',
      key: 'total',
      label: t('total'),
      testId: `activity-total-${activity}`,
      ...both((side) => money(summary[side].maintain + summary[side].develop)),
    },
    {
      kind: 'sum',
      key: 'hours',
      label: t('sumHours'),
      ...both((side) => number(summary.hours[side].maintain + summary.hours[side].develop, 2)),
    },
  ];
  return (
    <FitTable
      labelledBy={headingId}
      rows={lines.map((l): Row => ({ kind: 'line', line: l }))}
      footer={sums}
      rowKey={(r) => (r.kind === 'line' ? r.line.id : r.key)}
      rowAttributes={(r) => ({ 'data-testid': r.kind === 'line' ? `line-${r.line.id}` : undefined })}
      columns={[
        {
          key: 'name',
          header: t('line'),
          rowHeader: true,
          cell: (r) => (r.kind === 'line' ? r.line.name : r.label),
        },
        {
          key: 'type',
          header: t('assignmentType'),
          cell: (r) => {
            const l = line(r);
            return l ? t(`assignment.${l.assignmentType}`) : null;
          },
        },
        {
          key: 'priority',
          header: t('priority'),
          cell: (r) => (r.kind === 'line' ? (r.line.priority ?? '') : null),
        },
        ...SIDES.flatMap(sideColumns),
      ]}
    />
  );
}
