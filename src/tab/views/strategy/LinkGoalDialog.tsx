// Linking an object plan's goal or an initiative to a strategic goal or focus area: choose the object,
// what contributes (a goal of its latest plan, or one of its initiatives) and where it contributes.
import { Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { canLinkGoals } from '../../../domain/authorization/policy';
import { planGoals } from '../../../domain/plan/goals';
import type { ObjectPlan } from '../../../domain/model';
import { useApi, useResource } from '../../api/hooks';
import type { Rec } from '../../api/types';
import { useTexts } from '../../i18n';
import { useSession } from '../../session';
import { useWrite } from '../object/structure/forms';
import { FormDialog } from '../object/structure/ui';
import type { GoalChain } from './types';

interface ObjectRow {
  id: string;
  code: string;
  name: string;
}

export function LinkGoalDialog({
  chain,
  onClose,
  onChanged,
}: {
  chain: GoalChain;
  onClose(): void;
  onChanged(): Promise<void>;
}) {
  const { t } = useTexts();
  const api = useApi();
  const { actor } = useSession();
  const write = useWrite();
  const objects = useResource<ObjectRow[]>('/api/objects');
  const [objectId, setObjectId] = useState('');
  const [kind, setKind] = useState<'objectPlanGoal' | 'initiative'>('objectPlanGoal');
  const [source, setSource] = useState('');
  const [target, setTarget] = useState('');
  const q = encodeURIComponent(objectId);
  const plans = useResource<Rec<ObjectPlan>[]>(objectId ? `/api/objects/${q}/plans` : null);
  const initiatives = useResource<{ id: string; title: string }[]>(
    objectId && kind === 'initiative' ? `/api/objects/${q}/initiatives` : null,
  );
  const mayObjects = (objects.data ?? []).filter((o) => actor && canLinkGoals(actor, o.id).allowed);
  // The latest plan with goals: next year's plan links its goals to the strategic goals.
  const plan = (plans.data ?? [])
    .filter((p) => planGoals(p.sections).length > 0)
    .sort((a, b) => b.year - a.year)[0];
  const sources =
    kind === 'objectPlanGoal'
      ? plan
        ? planGoals(plan.sections).map((g) => ({
            value: `${plan.id}|${g.id}`,
            label: `${plan.year}: ${g.text}`,
          }))
        : []
      : (initiatives.data ?? []).map((i) => ({ value: i.id, label: i.title }));
  const targets = chain.documents
    .filter((d) => d.kind === 'strategicPlan')
    .flatMap((d) =>
      d.goals.flatMap((g) => [
        { value: `${d.id}|${g.id}|`, label: g.title },
        ...g.focusAreas.map((f) => ({ value: `${d.id}|${g.id}|${f.id}`, label: `${g.title} – ${f.title}` })),
      ]),
    );

  const save = () =>
    void write.run(
      async () => {
        const [documentId, goalId, focusAreaId] = target.split('|');
        const [sourceId, sourceGoalId] = source.split('|');
        await api.post('/api/goal-links', {
          documentId,
          goalId,
          focusAreaId: focusAreaId || null,
          sourceKind: kind,
          sourceId,
          sourceGoalId: kind === 'objectPlanGoal' ? (sourceGoalId ?? null) : null,
        });
      },
      { refresh: onChanged, close: onClose },
    );

  return (
    <FormDialog
      open
      title={t('st.linkTitle')}
      submitLabel={t('st.linkSave')}
      busy={write.busy}
      error={write.error}
      onClose={onClose}
      onSubmit={save}
      testId="link-goal-dialog"
      submitDisabled={!source || !target}
    >
      <Field label={t('st.object')}>
        <Select
          value={objectId}
          onChange={(_, d) => {
            setObjectId(d.value);
            setSource('');
          }}
          data-testid="link-object"
        >
          <option value="">{t('st.choose')}</option>
          {mayObjects.map((o) => (
            <option key={o.id} value={o.id}>
              {o.code} {o.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('st.sourceKind')}>
        <Select
          value={kind}
          onChange={(_, d) => {
            setKind(d.value as typeof kind);
            setSource('');
          }}
          data-testid="link-kind"
        >
          <option value="objectPlanGoal">{t('st.kind.objectPlanGoal')}</option>
          <option value="initiative">{t('st.kind.initiative')}</option>
        </Select>
      </Field>
      <Field label={t('st.source')}>
        <Select value={source} onChange={(_, d) => setSource(d.value)} data-testid="link-source">
          <option value="">{t('st.choose')}</option>
          {sources.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('st.target')}>
        <Select value={target} onChange={(_, d) => setTarget(d.value)} data-testid="link-target">
          <option value="">{t('st.choose')}</option>
          {targets.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </Select>
      </Field>
    </FormDialog>
  );
}
