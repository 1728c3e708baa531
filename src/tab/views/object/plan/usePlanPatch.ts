// Writes to the plan record (chapters, goals, settings) one at a time, each with the eTag of the last
// answer. A 409 is explained with what the other person changed: the chapters that differ now.
import { useEffect, useRef, useState } from 'react';
import type { PlanSections } from '../../../../domain/model';
import { ApiError } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import type { PlanDetail } from '../../../api/types';

export interface PlanProblem {
  kind: 'conflict' | 'error';
  message: string;
  /** On a conflict: the chapters (section keys) or settings someone else changed meanwhile. */
  changed: string[];
  fields: { path: string; message: string }[];
}

export type PlanPatch = {
  hourlyRate?: number;
  hoursPerFte?: number;
  sections?: Partial<Omit<PlanSections, 'goals'>> & {
    goals?: { id?: string; text: string; lineIds: string[] }[];
  };
};

export function usePlanPatch(plan: PlanDetail, onSaved: () => void) {
  const api = useApi();
  const etag = useRef(plan.etag);
  // What this page last saw of the plan: a conflict is described against it.
  const base = useRef(plan);
  useEffect(() => {
    etag.current = plan.etag;
    base.current = plan;
  }, [plan]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [problem, setProblem] = useState<PlanProblem | null>(null);
  const [saving, setSaving] = useState(0);

  const patch = (body: PlanPatch): Promise<boolean> => {
    setSaving((n) => n + 1);
    const run = queue.current.then(async () => {
      try {
        const updated = await api.patch<PlanDetail>(`/api/plans/${plan.id}`, body, etag.current);
        etag.current = updated.etag;
        base.current = { ...base.current, ...updated };
        setProblem(null);
        onSaved();
        return true;
      } catch (error) {
        setProblem(await describe(error));
        return false;
      } finally {
        setSaving((n) => n - 1);
      }
    });
    queue.current = run;
    return run;
  };

  const describe = async (error: unknown): Promise<PlanProblem> => {
    if (!(error instanceof ApiError))
      return { kind: 'error', message: String(error), changed: [], fields: [] };
    if (error.status !== 409)
      return { kind: 'error', message: error.message, changed: [], fields: error.fields };
    let changed: string[] = [];
    try {
      const now = await api.get<PlanDetail>(`/api/plans/${plan.id}`);
      const was = base.current;
      changed = (Object.keys(now.sections) as (keyof PlanSections)[]).filter(
        (k) => JSON.stringify(now.sections[k]) !== JSON.stringify(was.sections[k]),
      );
      if (now.hourlyRate !== was.hourlyRate) changed.push('hourlyRate');
      if (now.hoursPerFte !== was.hoursPerFte) changed.push('hoursPerFte');
      if (now.status !== was.status) changed.push('status');
    } catch {
      // the explanation stays general
    }
    return { kind: 'conflict', message: error.message, changed, fields: [] };
  };

  return { patch, problem, clearProblem: () => setProblem(null), saving: saving > 0 };
}
