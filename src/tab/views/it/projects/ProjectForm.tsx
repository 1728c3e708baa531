// A project as the orderer function adds or changes it: every field the API accepts — its objects, where
// it came from (an initiative or an order), the manager, phase and phase spans, dates, budget, the object
// plan and budget lines whose outcome is its outcome (issue 16), the outcome by hand when it has no plan,
// and the systems it depends on.
import { Button, Field, Textarea } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApi, useResource } from '../../../api/hooks';
import { useTexts } from '../../../i18n';
import { CheckList, ChoiceField, TextField, numberOf, useItStyles } from '../fields';
import { PHASES, type PortfolioLookups, type ProjectRow } from './types';

/** The plans of every object the project touches (a project's outcome may be any of theirs). */
function usePlansOf(objectIds: string[]) {
  const api = useApi();
  const key = objectIds.join(',');
  const [plans, setPlans] = useState<{ id: string; year: number; objectId: string }[]>([]);
  useEffect(() => {
    let current = true;
    void Promise.all(
      key
        .split(',')
        .filter(Boolean)
        .map((id) => api.get<{ id: string; year: number; objectId: string }[]>(`/api/objects/${id}/plans`)),
    ).then(
      (lists) => current && setPlans(lists.flat()),
      () => current && setPlans([]),
    );
    return () => {
      current = false;
    };
  }, [api, key]);
  return plans;
}

function initial(p: ProjectRow | null, objectId: string) {
  return {
    name: p?.name ?? '',
    description: p?.description ?? '',
    objectId: p?.objectId ?? objectId,
    objectIds: p?.objectIds ?? [],
    originKind: p?.origin?.kind ?? '',
    originId: p?.origin?.id ?? '',
    managerPersonId: p?.managerPersonId ?? '',
    phase: p?.phase ?? 'idea',
    phases: Object.fromEntries(
      PHASES.map((ph) => {
        const span = p?.phases.find((s) => s.phase === ph);
        return [ph, { start: span?.start ?? '', end: span?.end ?? '' }];
      }),
    ),
    start: p?.start ?? '',
    end: p?.end ?? '',
    budget: p ? String(p.budget) : '',
    outcome: p ? String(p.outcome) : '',
    planId: p?.planId ?? '',
    budgetLineIds: p?.budgetLineIds ?? [],
    componentIds: p?.componentIds ?? [],
  };
}

export function ProjectForm(props: {
  /** The project to change; null adds a new one. */
  project: ProjectRow | null;
  lookups: PortfolioLookups;
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
  onDone: () => void;
}) {
  const styles = useItStyles();
  const { t } = useTexts();
  const api = useApi();
  const p = props.project;
  const [form, setForm] = useState(() => initial(p, props.lookups.objects[0]?.id ?? ''));
  const set =
    (field: 'name' | 'managerPersonId' | 'phase' | 'start' | 'end' | 'budget' | 'outcome') =>
    (value: string) =>
      setForm({ ...form, [field]: value });
  const objectIds = [form.objectId, ...form.objectIds.filter((o) => o !== form.objectId)];
  const initiatives = useResource<{ id: string; title: string }[]>(
    form.originKind === 'initiative' ? `/api/objects/${form.objectId}/initiatives` : null,
  );
  const orders = useResource<{ id: string; title: string }[]>(
    form.originKind === 'order' ? `/api/orders?objectId=${form.objectId}` : null,
  );
  const plansOf = usePlansOf(objectIds);
  const lines = useResource<{ id: string; name: string }[]>(
    form.planId ? `/api/plans/${form.planId}/budget-lines` : null,
  );
  const code = (id: string) => props.lookups.objects.find((o) => o.id === id)?.code ?? '';
  const body = {
    name: form.name,
    description: form.description,
    objectIds: form.objectIds.filter((o) => o !== form.objectId),
    origin: form.originKind && form.originId ? { kind: form.originKind, id: form.originId } : null,
    managerPersonId: form.managerPersonId || null,
    phase: form.phase,
    phases: PHASES.flatMap((ph) => {
      const span = form.phases[ph]!;
      return span.start && span.end ? [{ phase: ph, start: span.start, end: span.end }] : [];
    }),
    start: form.start,
    end: form.end,
    budget: numberOf(form.budget),
    outcome: numberOf(form.outcome),
    planId: form.planId || null,
    budgetLineIds: form.planId ? form.budgetLineIds : [],
    componentIds: form.componentIds,
  };
  return (
    <form
      className={styles.form}
      aria-label={p ? t('prj.editOf', { name: p.name }) : t('prj.add')}
      onSubmit={(e) => {
        e.preventDefault();
        void props
          .run(() =>
            p
              ? api.patch(`/api/projects/${p.id}`, body, p.etag)
              : api.post('/api/projects', { ...body, objectId: form.objectId }),
          )
          .then((ok) => {
            if (!ok) return;
            if (!p) setForm(initial(null, form.objectId));
            props.onDone();
          });
      }}
    >
      <TextField label={t('prj.name')} required value={form.name} onChange={set('name')} />
      <Field label={t('prj.description')}>
        <Textarea value={form.description} onChange={(_, d) => setForm({ ...form, description: d.value })} />
      </Field>
      {!p && (
        <ChoiceField
          label={t('prj.runBy')}
          value={form.objectId}
          onChange={(objectId) => setForm({ ...form, objectId, originId: '', planId: '', budgetLineIds: [] })}
          options={props.lookups.objects.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
        />
      )}
      <CheckList
        legend={t('prj.alsoObjects')}
        options={props.lookups.objects
          .filter((o) => o.id !== form.objectId)
          .map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
        chosen={form.objectIds}
        onChange={(chosen) => setForm({ ...form, objectIds: chosen })}
      />
      <div className={styles.bar}>
        <ChoiceField
          label={t('prj.origin')}
          value={form.originKind}
          onChange={(originKind) => setForm({ ...form, originKind, originId: '' })}
          blank={t('prj.origin.none')}
          options={(['initiative', 'order'] as const).map((k) => ({ value: k, label: t(`prj.origin.${k}`) }))}
        />
        {form.originKind && (
          <ChoiceField
            label={t(`prj.originOf.${form.originKind}`, { code: code(form.objectId) })}
            value={form.originId}
            onChange={(originId) => setForm({ ...form, originId })}
            blank="–"
            options={((form.originKind === 'initiative' ? initiatives.data : orders.data) ?? []).map((x) => ({
              value: x.id,
              label: x.title,
            }))}
          />
        )}
      </div>
      <div className={styles.bar}>
        <ChoiceField
          label={t('prj.manager')}
          value={form.managerPersonId}
          onChange={set('managerPersonId')}
          blank="–"
          options={props.lookups.people.map((x) => ({ value: x.id, label: x.displayName }))}
        />
        <ChoiceField
          label={t('prj.phase')}
          value={form.phase}
          onChange={set('phase')}
          options={PHASES.map((ph) => ({ value: ph, label: t(`prj.ph.${ph}`) }))}
        />
        <TextField label={t('prj.start')} required type="date" value={form.start} onChange={set('start')} />
        <TextField label={t('prj.end')} required type="date" value={form.end} onChange={set('end')} />
      </div>
      <fieldset className={styles.checks}>
        <legend>{t('prj.phases')}</legend>
        {PHASES.map((ph) => (
          <div key={ph} className={styles.bar}>
            {(['start', 'end'] as const).map((edge) => (
              <TextField
                key={edge}
                label={t(`prj.phase.${edge}`, { phase: t(`prj.ph.${ph}`) })}
                type="date"
                value={form.phases[ph]![edge]}
                onChange={(value) =>
                  setForm({
                    ...form,
                    phases: { ...form.phases, [ph]: { ...form.phases[ph]!, [edge]: value } },
                  })
                }
              />
            ))}
          </div>
        ))}
      </fieldset>
      <div className={styles.bar}>
        <TextField label={t('prj.budget')} inputMode="numeric" value={form.budget} onChange={set('budget')} />
        <ChoiceField
          label={t('prj.plan')}
          value={form.planId}
          onChange={(planId) => setForm({ ...form, planId, budgetLineIds: [] })}
          blank={t('prj.noPlan')}
          options={plansOf.map((x) => ({
            value: x.id,
            label: t('prj.planOf', { code: code(x.objectId), year: x.year }),
          }))}
        />
        {!form.planId && (
          <TextField
            label={t('prj.manualOutcome')}
            inputMode="numeric"
            value={form.outcome}
            onChange={set('outcome')}
          />
        )}
      </div>
      {form.planId && (
        <CheckList
          legend={t('prj.lines')}
          options={(lines.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
          chosen={form.budgetLineIds}
          onChange={(budgetLineIds) => setForm({ ...form, budgetLineIds })}
          empty={t('ord.noLines')}
        />
      )}
      <CheckList
        legend={t('prj.systems')}
        options={props.lookups.systems
          .filter((s) => objectIds.includes(s.objectId))
          .map((s) => ({ value: s.id, label: `${s.name} (${code(s.objectId)})` }))}
        chosen={form.componentIds}
        onChange={(componentIds) => setForm({ ...form, componentIds })}
      />
      <div className={styles.bar}>
        <Button type="submit" appearance="primary" disabled={props.busy || !form.name.trim()}>
          {p ? t('prj.save', { name: p.name }) : t('prj.add')}
        </Button>
        {p && <Button onClick={props.onDone}>{t('prj.cancelEdit')}</Button>}
      </div>
    </form>
  );
}
