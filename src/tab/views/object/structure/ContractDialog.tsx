// Avtal: add, edit or delete a contract on one of the object's IT components. A lazy chunk of its own
// (it carries the schemas), opened from the Avtal view.
import './words';
import { Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { translate } from '../../../../i18n/messages';
import { contractCreate, contractUpdate } from '../../../../services/schemas';
import { useApi } from '../../../api/hooks';
import type { ContractRow, ObjectDetail } from '../../../api/types';
import { useTexts } from '../../../i18n';
import { fieldMessage, useTouched, useWrite, validate } from './forms';
import { ConfirmDialog, FormDialog } from './ui';

export type ContractEditing =
  { kind: 'new' } | { kind: 'edit'; contract: ContractRow } | { kind: 'delete'; contract: ContractRow };

interface Values {
  componentId: string;
  supplier: string;
  title: string;
  startDate: string;
  endDate: string;
  noticePeriodMonths: string;
}

export default function ContractDialog({
  object,
  editing,
  onClose,
  onChanged,
}: {
  object: ObjectDetail;
  editing: ContractEditing;
  onClose(): void;
  onChanged(): Promise<void>;
}) {
  const { t, lang } = useTexts();
  const api = useApi();
  const write = useWrite(onChanged);
  const touched = useTouched();
  const components = object.components.filter((c) => c.kind === 'it' && c.ownerObjectId === object.id);
  const contract = editing.kind === 'new' ? undefined : editing.contract;
  const now = contract && object.contracts.find((c) => c.id === contract.id);
  const [seen, setSeen] = useState(contract);
  const [values, setValues] = useState<Values>(() => ({
    componentId: contract?.componentId ?? components[0]?.id ?? '',
    supplier: contract?.supplier ?? components[0]?.supplier ?? '',
    title: contract?.title ?? '',
    startDate: contract?.startDate ?? '',
    endDate: contract?.endDate ?? '',
    noticePeriodMonths: String(contract?.noticePeriodMonths ?? 3),
  }));
  const body = () => ({
    ...values,
    noticePeriodMonths: /^\d+$/.test(values.noticePeriodMonths.trim())
      ? Number(values.noticePeriodMonths.trim())
      : values.noticePeriodMonths,
  });
  const live = (() => {
    const errors = validate(contract ? contractUpdate : contractCreate, body(), lang);
    if (!/^\d+$/.test(values.noticePeriodMonths.trim())) errors['noticePeriodMonths'] = t('oa.wholeNumber');
    // The server's own rule, in its own words.
    if (!errors['endDate'] && values.startDate && values.endDate && values.endDate <= values.startDate)
      errors['endDate'] = translate(lang, 'validation.contractDates');
    return errors;
  })();
  const message = (name: keyof Values) => {
    const m = fieldMessage(name, live, touched.touched, touched.submitted, write.error);
    if (m) return { validationMessage: m, validationState: 'error' as const };
    // After a conflict: what the other person saved.
    if (seen && now && now.etag !== seen.etag && String(now[name]) !== String(seen[name]))
      return {
        validationMessage: `${t('oa.theirs')}: ${String(now[name])}`,
        validationState: 'warning' as const,
      };
    return {};
  };
  const set = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }));
    for (const key of Object.keys(patch)) touched.touch(key);
  };
  // After a saved change: reload the object, then close.
  const done = { refresh: onChanged, close: onClose };

  if (editing.kind === 'delete') {
    return (
      <ConfirmDialog
        open
        title={t('oa.deleteContractTitle', { title: editing.contract.title })}
        confirmLabel={t('oa.delete')}
        busy={write.busy}
        error={write.error}
        onCancel={onClose}
        onConfirm={() =>
          void write
            // After a conflict the object was read again: send the eTag of the contract as it is now.
            .run(
              () => api.delete(`/api/contracts/${editing.contract.id}`, (now ?? editing.contract).etag),
              done,
            )
        }
      >
        <p>{t('oa.deleteContractBody')}</p>
      </ConfirmDialog>
    );
  }

  return (
    <FormDialog
      open
      title={contract ? t('oa.editContract') : t('oa.newContract')}
      submitLabel={contract ? t('save') : t('oa.add')}
      busy={write.busy}
      error={write.error}
      testId="contract-dialog"
      onClose={onClose}
      onSubmit={() => {
        touched.submit();
        if (Object.keys(live).length) return;
        let ifMatch = seen?.etag ?? '';
        if (write.error?.conflict && now) {
          ifMatch = now.etag;
          setSeen(now);
        }
        void write.run(
          () =>
            contract
              ? api.patch(`/api/contracts/${contract.id}`, body(), ifMatch)
              : api.post('/api/contracts', body()),
          done,
        );
      }}
    >
      {components.length === 0 && <p>{t('oa.noItComponents')}</p>}
      <Field label={t('oa.itComponent')} required {...message('componentId')}>
        <Select
          value={values.componentId}
          onChange={(_, d) => {
            const c = components.find((x) => x.id === d.value);
            set({
              componentId: d.value,
              ...(c?.supplier && !values.supplier ? { supplier: c.supplier } : {}),
            });
          }}
          data-testid="contract-component"
        >
          {components.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('supplier')} required {...message('supplier')}>
        <Input
          value={values.supplier}
          onChange={(_, d) => set({ supplier: d.value })}
          data-testid="contract-supplier"
        />
      </Field>
      <Field label={t('oa.contractTitle')} required {...message('title')}>
        <Input
          value={values.title}
          onChange={(_, d) => set({ title: d.value })}
          data-testid="contract-title"
        />
      </Field>
      <Field label={t('oa.startDate')} required {...message('startDate')}>
        <Input
          type="date"
          value={values.startDate}
          onChange={(_, d) => set({ startDate: d.value })}
          data-testid="contract-start"
        />
      </Field>
      <Field label={t('oa.endDate')} required {...message('endDate')}>
        <Input
          type="date"
          value={values.endDate}
          onChange={(_, d) => set({ endDate: d.value })}
          data-testid="contract-end"
        />
      </Field>
      <Field label={t('oa.noticeMonths')} required {...message('noticePeriodMonths')}>
        <Input
          inputMode="numeric"
          value={values.noticePeriodMonths}
          onChange={(_, d) => set({ noticePeriodMonths: d.value })}
          data-testid="contract-notice"
        />
      </Field>
    </FormDialog>
  );
}
