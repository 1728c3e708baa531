// The budget of a plan laid out like seed 004 §4.2.3 and §4.3: per main activity the lines with hours
// and other costs per side, computed kronor, and sums; then the summary and FTE tables and a chart.
// Totals are computed with the same domain functions as the server, so they update as you type.
// The state and every write live in useBudgetEditor; this file is the markup. Leaders move lines with
// the ↑/↓ buttons (keyboard: Tab to the button, Enter or Space; focus stays on the moved line).
import {
  Button,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { lineCost, summaryCells } from '../../../domain/budget/budget';
import { MAIN_ACTIVITIES, type Side } from '../../../domain/model';
import type { LineRow, PlanDetail } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Section } from '../../components/Section';
import { parseNumber, useTexts } from '../../i18n';
import { FitTable } from '../../components/FitTable';
import { BudgetReadTable } from './plan/BudgetReadTable';
import { useBudgetEditor } from './useBudgetEditor';

const BudgetChart = lazy(() => import(/* webpackChunkName: "chart" */ './BudgetChart'));

const useStyles = makeStyles({
  num: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  sumRow: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  input: { width: '7.5rem', '& input': { textAlign: 'right' } },
  h3: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`,
  },
  status: { minHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, display: 'block' },
  // Columns size to their content (Fluent's tables default to equal fixed columns).
  table: { minWidth: '64rem', tableLayout: 'auto' },
  name: { minWidth: '14rem' },
  rowActions: { whiteSpace: 'nowrap' },
});

const BudgetLineAdd = lazy(() => import(/* webpackChunkName: "budget-line-add" */ './plan/BudgetLineAdd'));

export function BudgetEditor({
  plan,
  lines: serverLines,
  editable,
  onChanged,
  onStructureChanged = () => undefined,
}: {
  plan: PlanDetail;
  lines: LineRow[];
  editable: boolean;
  /** Reload the lines from the server (after a conflict). */
  onChanged(): void;
  /** Lines were added, removed or moved. */
  onStructureChanged?(): void;
}) {
  const styles = useStyles();
  const { t, money, number } = useTexts();
  const editor = useBudgetEditor({ plan, serverLines, onStructureChanged });
  const { table, problem, draft, save } = editor;
  const [removing, setRemoving] = useState<LineRow | null>(null);
  const moveAndKeepFocus = (line: LineRow, direction: -1 | 1) => {
    void editor.moveLine(line.id, direction).then(() =>
      // The keyboard stays on the moved line: the same button, or the other one at the top or bottom.
      requestAnimationFrame(() => {
        const same = document.querySelector<HTMLButtonElement>(
          `[data-testid="${direction < 0 ? 'move-up' : 'move-down'}-${line.id}"]:not([disabled])`,
        );
        const other = document.querySelector<HTMLButtonElement>(
          `[data-testid="${direction < 0 ? 'move-down' : 'move-up'}-${line.id}"]`,
        );
        (same ?? other)?.focus();
      }),
    );
  };

  const sides: Side[] = ['business', 'it'];
  return (
    <>
      <Section title={t('budgetLines')} id="budget-lines">
        <div className={styles.status} aria-live="polite">
          {editor.saving ? <Spinner size="extra-tiny" label={t('saving')} labelPosition="after" /> : null}
        </div>
        {problem && (
          <MessageBar
            intent={problem.kind === 'conflict' ? 'warning' : 'error'}
            data-testid={problem.kind}
            role="alert"
          >
            <MessageBarBody>
              <MessageBarTitle>
                {problem.kind === 'conflict' ? t('conflictTitle') : t('error')}
              </MessageBarTitle>
              {problem.message}
            </MessageBarBody>
            <MessageBarActions>
              <Button
                onClick={() => {
                  editor.clearProblem();
                  onChanged();
                }}
              >
                {t('reload')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {MAIN_ACTIVITIES.map((activity) => {
          const rows = editor.linesOf(activity);
          const summary = table.rows.find((r) => r.mainActivity === activity)!;
          const headingId = `activity-${activity}`;
          return (
            <div key={activity}>
              <h3 className={styles.h3} id={headingId}>
                {t(`activity.${activity}`)}
              </h3>
              {!editable ? (
                <BudgetReadTable
                  activity={activity}
                  headingId={headingId}
                  lines={rows}
                  summary={summary}
                  hourlyRate={plan.hourlyRate}
                />
              ) : (
                // The editable grid keeps its columns at every width and scrolls inside its section on a
                // narrow screen (data-scrolls tells the layout check so): inputs do not fit a card.
                <Table size="small" className={styles.table} aria-labelledby={headingId} data-scrolls="true">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell rowSpan={2} className={styles.name}>
                        {t('line')}
                      </TableHeaderCell>
                      <TableHeaderCell rowSpan={2}>{t('assignmentType')}</TableHeaderCell>
                      <TableHeaderCell rowSpan={2}>{t('priority')}</TableHeaderCell>
                      <TableHeaderCell colSpan={3}>{t('business')}</TableHeaderCell>
                      <TableHeaderCell colSpan={3}>{t('it')}</TableHeaderCell>
                      {editable && <TableHeaderCell rowSpan={2}>{t('actions')}</TableHeaderCell>}
                    </TableRow>
                    <TableRow>
                      {sides.flatMap((side) => [
                        <TableHeaderCell key={`${side}-h`} className={styles.num}>
                          {t('hours')}
                        </TableHeaderCell>,
                        <TableHeaderCell key={`${side}-o`} className={styles.num}>
                          {t('otherCost')}
                        </TableHeaderCell>,
                        <TableHeaderCell key={`${side}-s`} className={styles.num}>
                          {t('sum')}
                        </TableHeaderCell>,
                      ])}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {rows.map((line, index) => {
                      const cost = lineCost(line, plan.hourlyRate);
                      return (
                        <TableRow key={line.id} data-testid={`line-${line.id}`}>
                          <TableCell>{line.name}</TableCell>
                          <TableCell>{t(`assignment.${line.assignmentType}`)}</TableCell>
                          <TableCell>{line.priority ?? ''}</TableCell>
                          {sides.flatMap((side) => [
                            <TableCell key={`${side}-h`} className={styles.num}>
                              {editable ? (
                                <NumberInput
                                  label={`${t('hours')}, ${t(side)}, ${line.name}`}
                                  testId={`hours-${side}-${line.id}`}
                                  value={line[side].hours}
                                  decimals={2}
                                  format={(n) => number(n, n % 1 ? 2 : 0)}
                                  onDraft={(v) => draft(line.id, side, 'hours', v)}
                                  onCommit={(v) => save(line.id, side, 'hours', v)}
                                />
                              ) : (
                                number(line[side].hours, 2)
                              )}
                            </TableCell>,
                            <TableCell key={`${side}-o`} className={styles.num}>
                              {editable ? (
                                <NumberInput
                                  label={`${t('otherCost')}, ${t(side)}, ${line.name}`}
                                  testId={`other-${side}-${line.id}`}
                                  value={line[side].otherCost}
                                  decimals={0}
                                  format={(n) => number(n)}
                                  onDraft={(v) => draft(line.id, side, 'otherCost', v)}
                                  onCommit={(v) => save(line.id, side, 'otherCost', v)}
                                />
                              ) : (
                                money(line[side].otherCost)
                              )}
                            </TableCell>,
                            <TableCell
                              key={`${side}-s`}
                              className={styles.num}
                              data-testid={`cost-${side}-${line.id}`}
                            >
                              {money(cost[side])}
                            </TableCell>,
                          ])}
                          {editable && (
                            <TableCell className={styles.rowActions}>
                              <Button
                                size="small"
                                appearance="subtle"
                                disabled={index === 0}
                                aria-label={t('plan.moveUp', { name: line.name })}
                                title={t('plan.moveUp', { name: line.name })}
                                data-testid={`move-up-${line.id}`}
                                onClick={() => moveAndKeepFocus(line, -1)}
                              >
                                ↑
                              </Button>
                              <Button
                                size="small"
                                appearance="subtle"
                                disabled={index === rows.length - 1}
                                aria-label={t('plan.moveDown', { name: line.name })}
                                title={t('plan.moveDown', { name: line.name })}
                                data-testid={`move-down-${line.id}`}
                                onClick={() => moveAndKeepFocus(line, 1)}
                              >
                                ↓
                              </Button>
                              <Button
                                size="small"
                                appearance="subtle"
                                aria-label={t('plan.removeLine', { name: line.name })}
                                title={t('plan.removeLine', { name: line.name })}
                                data-testid={`remove-${line.id}`}
                                onClick={() => setRemoving(line)}
                              >
                                ✕
                              </Button>
                            </TableCell>
                          )}
                        </TableRow>
                      );
                    })}
                    {(['maintain', 'develop'] as const).map((bucket) => (
                      <TableRow key={bucket} className={styles.sumRow}>
                        <TableCell colSpan={3}>{`${t('sum')} (${t(bucket)})`}</TableCell>
                        {sides.map((side) => (
                          <TableCell key={side} colSpan={3} className={styles.num}>
                            {money(summary[side][bucket])}
                          </TableCell>
                        ))}
                        {editable && <TableCell />}
                      </TableRow>
                    ))}
                    <TableRow className={styles.sumRow}>
                      <TableCell colSpan={3}>{t('total')}</TableCell>
                      {sides.map((side) => (
                        <TableCell
                          key={side}
                          colSpan={3}
                          className={styles.num}
                          data-testid={`activity-total-${activity}-${side}`}
                        >
                          {money(summary[side].maintain + summary[side].develop)}
                        </TableCell>
                      ))}
                      {editable && <TableCell />}
                    </TableRow>
                    <TableRow className={styles.sumRow}>
                      <TableCell colSpan={3}>{t('sumHours')}</TableCell>
                      {sides.map((side) => (
                        <TableCell key={side} colSpan={3} className={styles.num}>
                          {number(summary.hours[side].maintain + summary.hours[side].develop, 2)}
                        </TableCell>
                      ))}
                      {editable && <TableCell />}
                    </TableRow>
                  </TableBody>
                </Table>
              )}
            </div>
          );
        })}
        {editable && (
          <Suspense fallback={<Spinner size="small" label={t('loading')} />}>
            <BudgetLineAdd plan={plan} editor={editor} />
          </Suspense>
        )}
        <ConfirmDialog
          open={removing !== null}
          title={t('plan.removeLineTitle')}
          confirmLabel={t('plan.remove')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const line = removing!;
            setRemoving(null);
            void editor.removeLine(line.id);
          }}
        >
          {removing ? t('plan.removeLineBody', { name: removing.name }) : ''}
        </ConfirmDialog>
      </Section>

      <Section title={t('budgetSummary')} id="budget-summary">
        <SummaryTable
          caption="budget-summary-heading"
          rows={table.rows.map((r) => ({
            key: r.mainActivity,
            label: t(`activity.${r.mainActivity}`),
            cells: summaryCells(r),
            total: r.total,
          }))}
          totals={{
            cells: summaryCells(table.totals),
            total: table.totals.total,
          }}
          format={money}
          totalTestId="budget-total"
        />
        <p>{t('rateNote', { rate: money(plan.hourlyRate), hoursPerFte: number(plan.hoursPerFte) })}</p>
      </Section>

      <Section title={t('fteTable')} id="fte">
        <SummaryTable
          caption="fte-heading"
          rows={table.rows.map((r) => ({
            key: r.mainActivity,
            label: t(`activity.${r.mainActivity}`),
            cells: summaryCells(r.fte),
            total: r.fte.total,
          }))}
          totals={{
            cells: summaryCells(table.fte),
            total: table.fte.total,
          }}
          format={(n) => number(n, 2)}
          totalTestId="fte-total"
        />
      </Section>

      <Section title={t('chart')} id="chart">
        <Suspense fallback={<Spinner size="small" label={t('loading')} />}>
          <BudgetChart table={table} />
        </Suspense>
      </Section>
    </>
  );
}

function SummaryTable({
  caption,
  rows,
  totals,
  format,
  totalTestId,
}: {
  caption: string;
  rows: { key: string; label: string; cells: number[]; total: number }[];
  totals: { cells: number[]; total: number };
  format(n: number): string;
  totalTestId: string;
}) {
  const { t } = useTexts();
  type Row = { key: string; label: string; cells: number[]; total: number; testId?: string };
  const buckets = ['maintain', 'develop'] as const;
  return (
    <FitTable<Row>
      labelledBy={caption}
      rows={rows}
      footer={[{ key: 'sum', label: t('sum'), ...totals, testId: totalTestId }]}
      rowKey={(r) => r.key}
      columns={[
        { key: 'activity', header: t('mainActivity'), rowHeader: true, cell: (r) => r.label },
        ...(['business', 'it'] as const).flatMap((side, s) =>
          buckets.map((bucket, b) => ({
            key: `${side}-${bucket}`,
            header: `${t(side)} ${t(bucket)}`,
            numeric: true,
            cell: (r: Row) => format(r.cells[s * 2 + b]!),
          })),
        ),
        {
          key: 'total',
          header: t('sum'),
          numeric: true,
          cell: (r) => <span data-testid={r.testId}>{format(r.total)}</span>,
        },
      ]}
    />
  );
}

/** A number field that accepts Swedish input ("1 313,5"), drafts as you type and commits on blur or Enter. */
function NumberInput({
  label,
  testId,
  value,
  decimals,
  format,
  onDraft,
  onCommit,
}: {
  label: string;
  testId: string;
  value: number;
  decimals: number;
  format(n: number): string;
  onDraft(v: number): void;
  onCommit(v: number): void;
}) {
  const styles = useStyles();
  const { t } = useTexts();
  const [text, setText] = useState(format(value));
  const [invalid, setInvalid] = useState(false);
  const [focused, setFocused] = useState(false);
  const atFocus = useRef(value);
  useEffect(() => {
    if (!focused) setText(format(value));
  }, [value, focused, format]);

  const parse = (s: string) => {
    const n = parseNumber(s);
    if (n === null || Math.round(n * 10 ** decimals) !== n * 10 ** decimals) return null;
    return n;
  };
  const errorId = `${testId}-error`;
  return (
    <>
      <Input
        className={styles.input}
        aria-label={label}
        data-testid={testId}
        inputMode={decimals ? 'decimal' : 'numeric'}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onFocus={() => {
          atFocus.current = value;
          setFocused(true);
        }}
        onChange={(_, d) => {
          setText(d.value);
          const n = parse(d.value);
          setInvalid(n === null);
          if (n !== null) onDraft(n);
        }}
        onBlur={() => {
          setFocused(false);
          const n = parse(text);
          setInvalid(false);
          if (n === null) {
            // Unreadable input is dropped, not saved: back to the value before editing.
            setText(format(atFocus.current));
            onDraft(atFocus.current);
            return;
          }
          setText(format(n));
          if (n !== atFocus.current) onCommit(n);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
        }}
      />
      {invalid && (
        <span id={errorId} className={styles.error}>
          {decimals ? t('invalidNumber') : t('invalidAmount')}
        </span>
      )}
    </>
  );
}
