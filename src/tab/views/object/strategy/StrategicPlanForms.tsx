// Starting and writing a strategic object plan. The lists (steering documents, lifecycle changes,
// investments) are written one per line, as planners write them in the plan document; a line that
// cannot be read is pointed out before anything is sent.
import '../../strategy/words';
import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { LIFECYCLE_CHANGES, STEERING_LEVELS } from '../../../../domain/strategy/model';
import { spanYears } from '../../../../domain/strategy/strategicPlan';
import { useApi } from '../../../api/hooks';
import { parseNumber, useTexts } from '../../../i18n';
import { useWrite } from '../structure/forms';
import { FormDialog } from '../structure/ui';
import type { GoalChain, StrategicPlanRec } from '../../strategy/types';

export function CreateStrategicPlan({
  objectId,
  plans,
  onClose,
  onChanged,
}: {
  objectId: string;
  plans: StrategicPlanRec[];
  onClose(): void;
  onChanged(): Promise<void>;
}) {
  const { t } = useTexts();
  const api = useApi();
  const write = useWrite();
  const next = new Date().getFullYear() + 1;
  const [fromYear, setFromYear] = useState(String(next));
  const [toYear, setToYear] = useState(String(next + 2));
  const [version, setVersion] = useState<'preliminary' | 'final'>('preliminary');
  const [copyFromId, setCopyFromId] = useState('');
  const year = (s: string) => (/^\d{4}$/.test(s.trim()) ? Number(s.trim()) : s);
  const save = () =>
    void write.run(
      async () => {
        const from = year(fromYear);
        const to = year(toYear);
        await api.post(`/api/objects/${encodeURIComponent(objectId)}/strategic-plans`, {
          fromYear: from,
          toYear: to,
          version,
          ...(copyFromId ? { copyFromId } : {}),
          // A year section per year of the span, to be written.
          years:
            typeof from === 'number' && typeof to === 'number' && to - from < 10
              ? spanYears(from, to).map((y) => ({ year: y, direction: '', goals: [] }))
              : [],
        });
      },
      { refresh: onChanged, close: onClose },
    );
  return (
    <FormDialog
      open
      title={t('st.newPlan')}
      submitLabel={t('st.create')}
      busy={write.busy}
      error={write.error}
      onClose={onClose}
      onSubmit={save}
      testId="create-strategic-plan"
    >
      <Field label={t('st.fromYear')} validationMessage={write.error?.fields['fromYear']}>
        <Input
          value={fromYear}
          onChange={(_, d) => setFromYear(d.value)}
          inputMode="numeric"
          data-testid="sp-from"
        />
      </Field>
      <Field label={t('st.toYear')} validationMessage={write.error?.fields['toYear']}>
        <Input
          value={toYear}
          onChange={(_, d) => setToYear(d.value)}
          inputMode="numeric"
          data-testid="sp-to"
        />
      </Field>
      <Field label={t('st.version')}>
        <Select value={version} onChange={(_, d) => setVersion(d.value as typeof version)}>
          <option value="preliminary">{t('st.version.preliminary')}</option>
          <option value="final">{t('st.version.final')}</option>
        </Select>
      </Field>
      <Field label={t('st.copyFrom')}>
        <Select value={copyFromId} onChange={(_, d) => setCopyFromId(d.value)}>
          <option value="">{t('st.copyNone')}</option>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.fromYear}–{p.toYear} {t(`st.version.${p.version}`)}
            </option>
          ))}
        </Select>
      </Field>
    </FormDialog>
  );
}

const LEVEL_WORDS: Record<string, (typeof STEERING_LEVELS)[number]> = {
  nationell: 'national',
  national: 'national',
  regional: 'regional',
  lokal: 'local',
  local: 'local',
};
const CHANGE_WORDS: Record<string, (typeof LIFECYCLE_CHANGES)[number]> = {
  införa: 'introduce',
  introduce: 'introduce',
  ersätta: 'replace',
  replace: 'replace',
  avveckla: 'retire',
  retire: 'retire',
};

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function EditStrategicPlan({
  plan,
  chain,
  onClose,
  onChanged,
}: {
  plan: StrategicPlanRec;
  chain: GoalChain | null;
  onClose(): void;
  onChanged(): Promise<void>;
}) {
  const { t } = useTexts();
  const api = useApi();
  const write = useWrite();
  const [assumptions, setAssumptions] = useState(plan.assumptions);
  const [years, setYears] = useState(
    spanYears(plan.fromYear, plan.toYear).map((year) => {
      const y = plan.years.find((x) => x.year === year);
      const ref = y?.goals[0]?.refs[0];
      return {
        year,
        direction: y?.direction ?? '',
        goals: y?.goals ?? [],
        goalText: (y?.goals ?? []).map((g) => g.text).join('\n'),
        target: ref ? `${ref.documentId}|${ref.goalId}|${ref.focusAreaId ?? ''}` : '',
      };
    }),
  );
  const [refs, setRefs] = useState(
    plan.steeringRefs.map((r) => `${t(`st.level.${r.level}`).toLowerCase()}: ${r.title}`).join('\n'),
  );
  const [changes, setChanges] = useState(
    plan.lifecycleChanges
      .map((c) =>
        [c.year, t(`st.change.${c.change}`).toLowerCase(), c.component, c.replaces]
          .filter(Boolean)
          .join('; '),
      )
      .join('\n'),
  );
  const [investments, setInvestments] = useState(
    plan.investments.map((i) => `${i.year}; ${i.description}; ${i.amount}`).join('\n'),
  );
  const [lineError, setLineError] = useState<string | null>(null);
  const targets = (chain?.documents ?? [])
    .filter((d) => d.kind === 'strategicPlan')
    .flatMap((d) =>
      d.goals.flatMap((g) => [
        { value: `${d.id}|${g.id}|`, label: g.title },
        ...g.focusAreas.map((f) => ({ value: `${d.id}|${g.id}|${f.id}`, label: `${g.title} – ${f.title}` })),
      ]),
    );
  const setYear = (i: number, patch: Partial<(typeof years)[number]>) =>
    setYears((ys) => ys.map((y, j) => (j === i ? { ...y, ...patch } : y)));

  /** The lists read from their lines, or the first line that cannot be read. */
  function parsed() {
    const docs = plan.steeringRefs;
    const steeringRefs = [];
    for (const [n, line] of lines(refs).entries()) {
      const m = /^([^:]+):\s*(.+)$/.exec(line);
      const level = m && LEVEL_WORDS[m[1]!.trim().toLowerCase()];
      if (!m || !level) return { error: t('st.lineError', { n: n + 1, line }) };
      const known = docs.find((d) => d.title === m[2]!.trim());
      steeringRefs.push({ documentId: known?.documentId ?? null, title: m[2]!.trim(), level });
    }
    const lifecycleChanges = [];
    for (const [n, line] of lines(changes).entries()) {
      const [y, change, component, replaces] = line.split(';').map((s) => s.trim());
      const kind = CHANGE_WORDS[(change ?? '').toLowerCase()];
      if (!/^\d{4}$/.test(y ?? '') || !kind || !component)
        return { error: t('st.lineError', { n: n + 1, line }) };
      const old = plan.lifecycleChanges.find((c) => c.component === component && c.change === kind);
      lifecycleChanges.push({
        ...(old ? { id: old.id, note: old.note, componentId: old.componentId } : {}),
        year: Number(y),
        change: kind,
        component,
        replaces: replaces ?? '',
      });
    }
    const invs = [];
    for (const [n, line] of lines(investments).entries()) {
      const parts = line.split(';').map((s) => s.trim());
      const amount = parseNumber(parts[2] ?? '');
      if (parts.length !== 3 || !/^\d{4}$/.test(parts[0]!) || !parts[1] || amount === null)
        return { error: t('st.lineError', { n: n + 1, line }) };
      invs.push({ year: Number(parts[0]), description: parts[1], amount });
    }
    return { steeringRefs, lifecycleChanges, investments: invs };
  }

  const save = () => {
    const p = parsed();
    if ('error' in p) {
      setLineError(p.error ?? null);
      return;
    }
    setLineError(null);
    void write.run(
      () =>
        api.patch(
          `/api/strategic-plans/${encodeURIComponent(plan.id)}`,
          {
            assumptions,
            years: years.map((y) => {
              const [documentId, goalId, focusAreaId] = y.target.split('|');
              const ref = y.target ? [{ documentId, goalId, focusAreaId: focusAreaId || null }] : [];
              return {
                year: y.year,
                direction: y.direction,
                // Goals keep their ids by position, so a goal rewritten keeps what refers to it.
                goals: lines(y.goalText).map((text, i) => ({
                  ...(y.goals[i] ? { id: y.goals[i]!.id } : {}),
                  text,
                  refs: ref,
                })),
              };
            }),
            ...p,
          },
          plan.etag,
        ),
      { refresh: onChanged, close: onClose },
    );
  };

  return (
    <FormDialog
      open
      title={`${t('st.edit')}: ${t('st.period', { from: plan.fromYear, to: plan.toYear })}`}
      submitLabel={t('st.save')}
      busy={write.busy}
      error={write.error ?? (lineError ? { message: lineError, conflict: false, fields: {} } : null)}
      onClose={onClose}
      onSubmit={save}
      testId="edit-strategic-plan-dialog"
    >
      <Field label={t('st.assumptions')}>
        <Textarea
          value={assumptions}
          onChange={(_, d) => setAssumptions(d.value)}
          resize="vertical"
          data-testid="sp-assumptions"
        />
      </Field>
      {years.map((y, i) => (
        <div key={y.year}>
          <Field label={t('st.direction', { year: y.year })}>
            <Textarea
              value={y.direction}
              onChange={(_, d) => setYear(i, { direction: d.value })}
              resize="vertical"
            />
          </Field>
          <Field label={t('st.goalsOfYear', { year: y.year })}>
            <Textarea
              value={y.goalText}
              onChange={(_, d) => setYear(i, { goalText: d.value })}
              resize="vertical"
              data-testid={`sp-goals-${y.year}`}
            />
          </Field>
          <Field label={`${t('st.serves')} (${y.year})`}>
            <Select
              value={y.target}
              onChange={(_, d) => setYear(i, { target: d.value })}
              data-testid={`sp-target-${y.year}`}
            >
              <option value="">{t('st.nothing')}</option>
              {targets.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      ))}
      <Field label={t('st.steeringRefs')} hint={t('st.steeringRefsHint')}>
        <Textarea value={refs} onChange={(_, d) => setRefs(d.value)} resize="vertical" />
      </Field>
      <Field label={t('st.lifecycle')} hint={t('st.lifecycleHint')}>
        <Textarea
          value={changes}
          onChange={(_, d) => setChanges(d.value)}
          resize="vertical"
          data-testid="sp-lifecycle"
        />
      </Field>
      <Field label={t('st.investments')} hint={t('st.investmentsHint')}>
        <Textarea
          value={investments}
          onChange={(_, d) => setInvestments(d.value)}
          resize="vertical"
          data-testid="sp-investments"
        />
      </Field>
    </FormDialog>
  );
}
