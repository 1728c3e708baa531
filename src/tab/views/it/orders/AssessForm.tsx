// The orderer function's assessment of a need: which object and system, how big, what it costs, how risky,
// who performs it, and — for a change request — its category and where it is planned (the object's plan
// and its budget lines). Above the object's threshold the server sends it to the owners.
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi, useResource } from '../../../api/hooks';
import { useTexts } from '../../../i18n';
import { CheckList, ChoiceField, TextField, numberOf, useItStyles } from '../fields';
import { CHANGE_CATEGORIES, type OrderLookups, type OrderRow } from './types';

export function AssessForm(props: {
  order: OrderRow;
  lookups: OrderLookups;
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
}) {
  const o = props.order;
  const styles = useItStyles();
  const { t, money } = useTexts();
  const api = useApi();
  const [form, setForm] = useState({
    objectId: o.objectId,
    componentId: o.componentId ?? '',
    size: 'medium',
    cost: '',
    risk: 'medium',
    performerPersonId: '',
    comment: '',
    changeCategory: o.changeCategory ?? 'normal',
    planId: o.planId ?? '',
    budgetLineIds: o.budgetLineIds,
  });
  const plans = useResource<{ id: string; year: number }[]>(`/api/objects/${form.objectId}/plans`);
  const lines = useResource<{ id: string; name: string }[]>(
    form.planId ? `/api/plans/${form.planId}/budget-lines` : null,
  );
  const set = (field: keyof typeof form) => (value: string) => setForm({ ...form, [field]: value });
  const object = props.lookups.objects.find((x) => x.id === form.objectId);
  // The threshold of the order's own object was copied onto it; another object answers with its own.
  const threshold =
    form.objectId === o.objectId
      ? o.approvalThreshold
      : (object?.orderApprovalThreshold ?? o.approvalThreshold);
  return (
    <form
      className={styles.bar}
      aria-label={t('ord.assessOf', { title: o.title })}
      onSubmit={(e) => {
        e.preventDefault();
        void props.run(() =>
          api.post(`/api/orders/${o.id}/assess`, {
            objectId: form.objectId,
            componentId: form.componentId || null,
            size: form.size,
            cost: numberOf(form.cost),
            risk: form.risk,
            performerPersonId: form.performerPersonId,
            comment: form.comment,
            ...(o.kind === 'change' ? { changeCategory: form.changeCategory } : {}),
            planId: form.planId || null,
            budgetLineIds: form.planId ? form.budgetLineIds : [],
          }),
        );
      }}
    >
      <ChoiceField
        label={t('ord.object')}
        value={form.objectId}
        onChange={(objectId) =>
          setForm({ ...form, objectId, componentId: '', planId: '', budgetLineIds: [] })
        }
        options={props.lookups.objects.map((x) => ({ value: x.id, label: `${x.name} (${x.code})` }))}
      />
      <ChoiceField
        label={t('ord.system')}
        value={form.componentId}
        onChange={set('componentId')}
        blank={t('ord.noSystem')}
        options={props.lookups.systems
          .filter((s) => s.objectId === form.objectId)
          .map((s) => ({ value: s.id, label: s.name }))}
      />
      <ChoiceField
        label={t('ord.size')}
        value={form.size}
        onChange={set('size')}
        options={(['small', 'medium', 'large'] as const).map((s) => ({
          value: s,
          label: t(`ord.size.${s}`),
        }))}
      />
      <TextField
        label={t('ord.cost')}
        hint={t('ord.threshold', { amount: money(threshold) })}
        inputMode="numeric"
        value={form.cost}
        onChange={set('cost')}
      />
      <ChoiceField
        label={t('ord.risk')}
        value={form.risk}
        onChange={set('risk')}
        options={(['low', 'medium', 'high'] as const).map((r) => ({ value: r, label: t(`ord.risk.${r}`) }))}
      />
      <ChoiceField
        label={t('ord.performer')}
        value={form.performerPersonId}
        onChange={set('performerPersonId')}
        blank="–"
        options={props.lookups.people.map((p) => ({ value: p.id, label: p.displayName }))}
      />
      {o.kind === 'change' && (
        <ChoiceField
          label={t('ord.category')}
          value={form.changeCategory}
          onChange={set('changeCategory')}
          options={CHANGE_CATEGORIES.map((c) => ({ value: c, label: t(`ord.category.${c}`) }))}
        />
      )}
      <ChoiceField
        label={t('ord.plan')}
        value={form.planId}
        onChange={(planId) => setForm({ ...form, planId, budgetLineIds: [] })}
        blank={t('ord.noPlan')}
        options={(plans.data ?? []).map((p) => ({ value: p.id, label: t('ord.planOf', { year: p.year }) }))}
      />
      {form.planId && (
        <CheckList
          legend={t('ord.lines')}
          options={(lines.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
          chosen={form.budgetLineIds}
          onChange={(budgetLineIds) => setForm({ ...form, budgetLineIds })}
          empty={t('ord.noLines')}
        />
      )}
      <TextField label={t('ord.comment')} value={form.comment} onChange={set('comment')} />
      <Button type="submit" appearance="primary" disabled={props.busy}>
        {t('ord.assess')}
      </Button>
    </form>
  );
}
