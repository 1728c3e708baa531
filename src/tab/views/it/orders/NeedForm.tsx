// A department's need (or a change request) registered in an object: the objects offered are those the
// policy lets the person register in; the system, the department and the wanted date are optional.
import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { canRegisterNeed } from '../../../../domain/authorization/policy';
import { useApi, useResource } from '../../../api/hooks';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { ChoiceField, TextField, useItStyles } from '../fields';
import { CHANGE_CATEGORIES, type OrderLookups } from './types';

const EMPTY = {
  objectId: '',
  kind: 'order',
  changeCategory: 'normal',
  title: '',
  need: '',
  componentId: '',
  lineOrganisationId: '',
  wantedBy: '',
};

export function NeedForm(props: {
  lookups: OrderLookups;
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
}) {
  const styles = useItStyles();
  const { t } = useTexts();
  const api = useApi();
  const { actor } = useSession();
  const lines = useResource<{ id: string; name: string }[]>('/api/line-organisations');
  const [need, setNeed] = useState(EMPTY);
  const registerable = props.lookups.objects.filter(
    (o) => actor !== null && canRegisterNeed(actor, o.id).allowed,
  );
  const target = registerable.find((o) => o.id === need.objectId) ?? registerable[0];
  if (!target) return null;
  const set = (field: keyof typeof EMPTY) => (value: string) => setNeed({ ...need, [field]: value });
  return (
    <form
      className={styles.form}
      aria-label={t('ord.new')}
      onSubmit={(e) => {
        e.preventDefault();
        void props
          .run(() =>
            api.post(`/api/objects/${target.id}/orders`, {
              kind: need.kind,
              changeCategory: need.kind === 'change' ? need.changeCategory : null,
              title: need.title,
              need: need.need,
              componentId: need.componentId || null,
              lineOrganisationId: need.lineOrganisationId || null,
              wantedBy: need.wantedBy || null,
            }),
          )
          .then((ok) => ok && setNeed({ ...EMPTY, objectId: need.objectId }));
      }}
    >
      <ChoiceField
        label={t('ord.object')}
        value={target.id}
        onChange={(objectId) => setNeed({ ...need, objectId, componentId: '' })}
        options={registerable.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
      />
      <ChoiceField
        label={t('ord.kind')}
        value={need.kind}
        onChange={set('kind')}
        options={(['order', 'change'] as const).map((k) => ({ value: k, label: t(`ord.kind.${k}`) }))}
      />
      {need.kind === 'change' && (
        <ChoiceField
          label={t('ord.category')}
          value={need.changeCategory}
          onChange={set('changeCategory')}
          options={CHANGE_CATEGORIES.map((c) => ({ value: c, label: t(`ord.category.${c}`) }))}
        />
      )}
      <TextField label={t('ord.titleField')} required value={need.title} onChange={set('title')} />
      <Field label={t('ord.need')}>
        <Textarea value={need.need} onChange={(_, d) => set('need')(d.value)} />
      </Field>
      <ChoiceField
        label={t('ord.system')}
        value={need.componentId}
        onChange={set('componentId')}
        blank={t('ord.noSystem')}
        options={props.lookups.systems
          .filter((s) => s.objectId === target.id)
          .map((s) => ({ value: s.id, label: s.name }))}
      />
      <ChoiceField
        label={t('ord.department')}
        value={need.lineOrganisationId}
        onChange={set('lineOrganisationId')}
        blank="–"
        options={(lines.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
      />
      <TextField label={t('ord.wantedBy')} type="date" value={need.wantedBy} onChange={set('wantedBy')} />
      <div>
        <Button type="submit" appearance="primary" disabled={props.busy || !need.title.trim()}>
          {t('ord.new')}
        </Button>
      </div>
    </form>
  );
}
