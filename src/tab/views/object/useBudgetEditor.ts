// The budget grid's state: the lines as typed, what the server has confirmed, and every write to the
// lines (a cell, a new line, a removed line, a new order). Writes run one at a time so each sends the
// eTag of the one before; a 409 is explained and the grid shows what the server has.
import { useEffect, useMemo, useRef, useState } from 'react';
import { budgetTable } from '../../../domain/budget/budget';
import type { BudgetLine, Side } from '../../../domain/model';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/hooks';
import type { LineRow, PlanDetail } from '../../api/types';
import { useTexts } from '../../i18n';

export type CellField = 'hours' | 'otherCost';

export interface Problem {
  kind: 'conflict' | 'error';
  message: string;
}

/** What a new line says; the server fills the rest (zero hours and costs, the next sort order). */
export type NewLine = Pick<BudgetLine, 'mainActivity' | 'name' | 'assignmentType' | 'priority'> &
  Partial<Pick<BudgetLine, 'business' | 'it'>>;

export type Outcome = { ok: true } | { ok: false; error: ApiError | Error };

export function useBudgetEditor({
  plan,
  serverLines,
  onStructureChanged,
}: {
  plan: PlanDetail;
  serverLines: LineRow[];
  /** Lines were added, removed or moved: the plan's goals (links) and other views may need a reload. */
  onStructureChanged(): void;
}) {
  const api = useApi();
  const { t } = useTexts();
  const [lines, setLines] = useState(serverLines);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(0);
  // What the server has confirmed, by line.
  const saved = useRef(new Map<string, LineRow>());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    setLines(serverLines);
    saved.current = new Map(serverLines.map((l) => [l.id, l]));
  }, [serverLines]);

  const table = useMemo(() => budgetTable(lines, plan), [lines, plan]);

  /** A 409 on a cell is someone else's change to the line; on other writes the server's words say which. */
  const explain = (error: unknown, name: string, cell = false) => {
    if (error instanceof ApiError && error.status === 409) {
      setProblem({ kind: 'conflict', message: cell ? t('conflictBody', { name }) : error.message });
    } else setProblem({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  };

  /** Runs one write after the ones before it, with the saving indicator on. */
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    setSaving((n) => n + 1);
    const run = queue.current.then(work).finally(() => setSaving((n) => n - 1));
    queue.current = run.catch(() => undefined);
    return run;
  };

  const draft = (id: string, side: Side, field: CellField, value: number) =>
    setLines((current) =>
      current.map((l) => (l.id === id ? { ...l, [side]: { ...l[side], [field]: value } } : l)),
    );

  const save = (lineId: string, side: Side, field: CellField, value: number) =>
    void enqueue(async () => {
      const base = saved.current.get(lineId);
      if (!base) return;
      try {
        const updated = await api.patch<LineRow>(
          `/api/budget-lines/${lineId}`,
          { [side]: { [field]: value } },
          base.etag,
        );
        saved.current.set(lineId, updated);
        // Keep drafts of other cells of the same line that are still being typed.
        setLines((current) =>
          current.map((l) =>
            l.id === lineId
              ? {
                  ...l,
                  etag: updated.etag,
                  cost: updated.cost,
                  [side]: { ...l[side], [field]: updated[side][field] },
                }
              : l,
          ),
        );
        setProblem(null);
      } catch (error) {
        // Nothing was saved: show what the server has, and say why.
        setLines((current) =>
          current.map((l) =>
            l.id === lineId ? { ...l, [side]: { ...l[side], [field]: base[side][field] } } : l,
          ),
        );
        explain(error, base.name, true);
      }
    });

  const addLine = (line: NewLine): Promise<Outcome> =>
    enqueue(async () => {
      try {
        const created = await api.post<LineRow>(`/api/plans/${plan.id}/budget-lines`, line);
        saved.current.set(created.id, created);
        setLines((current) => [...current, created]);
        setProblem(null);
        onStructureChanged();
        return { ok: true } as const;
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error : new Error(String(error)) } as const;
      }
    });

  const removeLine = (lineId: string): Promise<Outcome> =>
    enqueue(async () => {
      const base = saved.current.get(lineId);
      if (!base) return { ok: true } as const;
      try {
        await api.delete(`/api/budget-lines/${lineId}`, base.etag);
        saved.current.delete(lineId);
        setLines((current) => current.filter((l) => l.id !== lineId));
        setProblem(null);
        onStructureChanged();
        return { ok: true } as const;
      } catch (error) {
        explain(error, base.name);
        return { ok: false, error: error instanceof Error ? error : new Error(String(error)) } as const;
      }
    });

  /**
   * Moves a line one step up or down among the lines of its main activity (the grid groups by it).
   * The whole order is sent in one request, so a move is never half done.
   */
  const moveLine = (lineId: string, direction: -1 | 1): Promise<Outcome> =>
    enqueue(async () => {
      const order = [...saved.current.values()].sort((a, b) => a.sortOrder - b.sortOrder);
      const line = order.find((l) => l.id === lineId);
      if (!line) return { ok: true } as const;
      const same = order.filter((l) => l.mainActivity === line.mainActivity);
      const neighbour = same[same.indexOf(line) + direction];
      if (!neighbour) return { ok: true } as const;
      const i = order.indexOf(line);
      const j = order.indexOf(neighbour);
      [order[i], order[j]] = [neighbour, line];
      try {
        const updated = await api.post<LineRow[]>(`/api/plans/${plan.id}/budget-lines/order`, {
          lineIds: order.map((l) => l.id),
        });
        saved.current = new Map(updated.map((l) => [l.id, l]));
        // Drafts being typed stay; order, eTags and sort orders come from the server.
        setLines((current) =>
          updated.map((u) => {
            const typed = current.find((l) => l.id === u.id);
            return typed ? { ...typed, etag: u.etag, sortOrder: u.sortOrder } : u;
          }),
        );
        setProblem(null);
        return { ok: true } as const;
      } catch (error) {
        explain(error, line.name);
        return { ok: false, error: error instanceof Error ? error : new Error(String(error)) } as const;
      }
    });

  /** Lines of one main activity in the plan's order. */
  const linesOf = (activity: BudgetLine['mainActivity']) =>
    lines.filter((l) => l.mainActivity === activity).sort((a, b) => a.sortOrder - b.sortOrder);

  return {
    lines,
    linesOf,
    table,
    problem,
    clearProblem: () => setProblem(null),
    saving: saving > 0,
    draft,
    save,
    addLine,
    removeLine,
    moveLine,
  };
}

export type BudgetEditorState = ReturnType<typeof useBudgetEditor>;
