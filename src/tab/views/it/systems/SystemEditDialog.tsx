// Editing a system's register fields: what the systemägare, the object's owners or the model owner keep.
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import { LIFECYCLE_STATES, type LifecycleState } from '../../../../domain/model';
import { CLASSIFICATION_LEVELS, HOSTINGS, type Hosting } from '../../../../domain/systems/profile';
import { readLinks, writeLinks } from '../../../../domain/systems/sheet';
import { ApiError } from '../../../api/client';
import { useApi, useResource } from '../../../api/hooks';
import { useTexts } from '../../../i18n';
import type { NamedRef, SystemRow } from './types';

type Cia = 'confidentiality' | 'integrity' | 'availability';

export function SystemEditDialog({
  system,
  departments,
  onClose,
  onSaved,
}: {
  system: SystemRow;
  departments: NamedRef[];
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTexts();
  const api = useApi();
  const people = useResource<{ id: string; displayName: string }[]>('/api/people');
  const [form, setForm] = useState({
    description: system.description,
    supplier: system.supplier,
    lifecycle: system.lifecycle,
    hosting: system.hosting ?? '',
    classification: system.classification,
    personalData: system.personalData,
    processingRecordRef: system.processingRecordRef,
    departmentIds: system.departments.map((d) => d.id),
    ownerPersonId: system.ownerPersonId ?? '',
    managerPersonId: system.managerPersonId ?? '',
    links: writeLinks(system.documentationLinks),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));

  async function save() {
    const { links, bad } = readLinks(form.links);
    if (bad.length) {
      setErrors({ documentationLinks: t('sys.linksHint') });
      return;
    }
    setBusy(true);
    try {
      await api.patch(
        `/api/systems/${system.id}`,
        {
          description: form.description,
          supplier: form.supplier,
          lifecycle: form.lifecycle,
          hosting: form.hosting === '' ? null : form.hosting,
          classification: form.classification,
          personalData: form.personalData,
          processingRecordRef: form.personalData ? form.processingRecordRef : '',
          departmentIds: form.departmentIds,
          ownerPersonId: form.ownerPersonId || null,
          managerPersonId: form.managerPersonId || null,
          documentationLinks: links,
        },
        system.etag,
      );
      onSaved();
    } catch (e) {
      if (e instanceof ApiError) {
        setErrors(Object.fromEntries(e.fields.map((f) => [f.path.split('.')[0]!, f.message])));
        setFailure(e.message);
      } else setFailure(String(e));
    } finally {
      setBusy(false);
    }
  }

  const level = (k: Cia) => (
    <Field label={t(`sys.${k}`)} key={k} validationMessage={errors['classification']}>
      <Select
        value={String(form.classification[k] ?? '')}
        onChange={(_, d) =>
          set('classification', {
            ...form.classification,
            [k]: d.value === '' ? null : (Number(d.value) as 1 | 2 | 3 | 4),
          })
        }
      >
        <option value="">{t('sys.unclassified')}</option>
        {CLASSIFICATION_LEVELS.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </Select>
    </Field>
  );
  const person = (k: 'ownerPersonId' | 'managerPersonId', label: string) => (
    <Field label={label} validationMessage={errors[k]}>
      <Select value={form[k]} onChange={(_, d) => set(k, d.value)}>
        <option value="">{t('sys.sameAsObject')}</option>
        {(people.data ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.displayName}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('sys.editTitle', { name: system.name })}</DialogTitle>
          <DialogContent style={{ display: 'grid', gap: '8px' }}>
            {failure && <p role="alert">{failure}</p>}
            <Field label={t('sys.description')} validationMessage={errors['description']}>
              <Textarea value={form.description} onChange={(_, d) => set('description', d.value)} />
            </Field>
            <Field label={t('sys.supplier')} validationMessage={errors['supplier']}>
              <Input value={form.supplier} onChange={(_, d) => set('supplier', d.value)} />
            </Field>
            <Field label={t('sys.lifecycle')}>
              <Select value={form.lifecycle} onChange={(_, d) => set('lifecycle', d.value as LifecycleState)}>
                {LIFECYCLE_STATES.map((l) => (
                  <option key={l} value={l}>
                    {t(`lifecycle.${l}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('sys.hosting')}>
              <Select value={form.hosting} onChange={(_, d) => set('hosting', d.value as Hosting | '')}>
                <option value="">{t('hosting.none')}</option>
                {HOSTINGS.map((h) => (
                  <option key={h} value={h}>
                    {t(`hosting.${h}`)}
                  </option>
                ))}
              </Select>
            </Field>
            {(['confidentiality', 'integrity', 'availability'] as const).map(level)}
            <Checkbox
              label={t('sys.personalData')}
              checked={form.personalData}
              onChange={(_, d) => set('personalData', d.checked === true)}
            />
            {form.personalData && (
              <Field label={t('sys.recordRef')} validationMessage={errors['processingRecordRef']}>
                <Input
                  value={form.processingRecordRef}
                  onChange={(_, d) => set('processingRecordRef', d.value)}
                />
              </Field>
            )}
            <fieldset>
              <legend>{t('sys.departments')}</legend>
              {departments.map((d) => (
                <Checkbox
                  key={d.id}
                  label={d.name}
                  checked={form.departmentIds.includes(d.id)}
                  onChange={(_, c) =>
                    set(
                      'departmentIds',
                      c.checked
                        ? [...form.departmentIds, d.id]
                        : form.departmentIds.filter((x) => x !== d.id),
                    )
                  }
                />
              ))}
            </fieldset>
            {person('ownerPersonId', t('sys.owner'))}
            {person('managerPersonId', t('sys.manager'))}
            <Field
              label={t('sys.docs')}
              hint={t('sys.linksHint')}
              validationMessage={errors['documentationLinks']}
            >
              <Textarea value={form.links} onChange={(_, d) => set('links', d.value)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('cancel')}</Button>
            <Button
              appearance="primary"
              onClick={() => void save()}
              disabled={busy}
              data-testid="save-system"
            >
              {t('save')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
