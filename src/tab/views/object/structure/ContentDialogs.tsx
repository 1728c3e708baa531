// Dialogs for the object's content: products, components (business and IT, with supplier and
// lifecycle), links between them (also to components another object manages), and related objects.
import { Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { LIFECYCLE_STATES, type ComponentKind, type LifecycleState } from '../../../../domain/model';
import {
  componentCreate,
  componentUpdate,
  productCreate,
  productUpdate,
  relatedObjectCreate,
} from '../../../../services/schemas';
import { useApi, useResource } from '../../../api/hooks';
import type { ObjectDetail } from '../../../api/types';
import { useTexts } from '../../../i18n';
import { fieldMessage, useTouched, useWrite, validate, type FieldErrors, type Write } from './forms';
import { FormDialog } from './ui';
import type { Structure } from './useStructure';

type Product = ObjectDetail['products'][number];
type Component = ObjectDetail['components'][number];
type Related = ObjectDetail['relatedObjects'][number];

/** Field props: the message to show, as an error. */
function fieldState(message: string | undefined) {
  return { validationMessage: message, validationState: message ? ('error' as const) : ('none' as const) };
}

/** One form's state: values, live errors from the schema, and what to show under each field. */
function useForm<V extends object>(
  initial: V,
  schema: Parameters<typeof validate>[0],
  write: Write,
  /** What is sent for these values (the schema checks exactly that). */
  toBody: (values: V) => unknown = (v) => v,
) {
  const { lang } = useTexts();
  const touched = useTouched();
  const [values, setValues] = useState<V>(initial);
  const live: FieldErrors = validate(schema, toBody(values), lang);
  return {
    body: () => toBody(values),
    values,
    live,
    valid: Object.keys(live).length === 0,
    set(patch: Partial<V>) {
      setValues((v) => ({ ...v, ...patch }));
      for (const key of Object.keys(patch)) touched.touch(key);
    },
    message: (name: string) => fieldMessage(name, live, touched.touched, touched.submitted, write.error),
    submit: touched.submit,
  };
}

/** After a conflict, what the other person saved, to show beside the field. */
function theirs<T extends object>(base: T, now: T | undefined, key: keyof T): string | undefined {
  if (!now || JSON.stringify(base[key]) === JSON.stringify(now[key])) return undefined;
  return String(now[key] ?? '');
}

function withTheirs(message: string | undefined, other: string | undefined, label: string) {
  if (message) return fieldState(message);
  if (other !== undefined)
    return { validationMessage: `${label}: ${other}`, validationState: 'warning' as const };
  return fieldState(undefined);
}

/** Saves with the eTag the person has seen: the opened version, or after a conflict the refreshed one. */
function useEtag(base: { etag: string }, now: { etag: string } | undefined, write: Write) {
  const [seen, setSeen] = useState(base);
  return {
    seen,
    next(): string {
      if (write.error?.conflict && now) {
        setSeen(now);
        return now.etag;
      }
      return seen.etag;
    },
  };
}

export function ProductDialog({ s, product, onClose }: { s: Structure; product?: Product; onClose(): void }) {
  const { t } = useTexts();
  const api = useApi();
  const write = useWrite(s.reload);
  const now = product && s.object.products.find((p) => p.id === product.id);
  const etag = useEtag(product ?? { etag: '' }, now, write);
  const form = useForm(
    { name: product?.name ?? '', description: product?.description ?? '' },
    product ? productUpdate : productCreate,
    write,
  );
  const other = (key: 'name' | 'description') =>
    product ? theirs(etag.seen as Product, now, key) : undefined;
  return (
    <FormDialog
      open
      title={product ? t('oa.editProduct') : t('oa.newProduct')}
      submitLabel={product ? t('save') : t('oa.add')}
      busy={write.busy}
      error={write.error}
      testId="product-dialog"
      onClose={onClose}
      onSubmit={() => {
        form.submit();
        if (!form.valid) return;
        const ifMatch = product ? etag.next() : '';
        void write.run(
          () =>
            product
              ? api.patch(`/api/products/${product.id}`, form.values, ifMatch)
              : api.post(`/api/objects/${s.object.id}/products`, form.values),
          { refresh: s.reload, close: onClose },
        );
      }}
    >
      <Field
        label={t('oa.name')}
        required
        {...withTheirs(form.message('name'), other('name'), t('oa.theirs'))}
      >
        <Input
          value={form.values.name}
          onChange={(_, d) => form.set({ name: d.value })}
          data-testid="product-name"
        />
      </Field>
      <Field
        label={t('description')}
        {...withTheirs(form.message('description'), other('description'), t('oa.theirs'))}
      >
        <Textarea
          value={form.values.description}
          resize="vertical"
          onChange={(_, d) => form.set({ description: d.value })}
        />
      </Field>
    </FormDialog>
  );
}

interface ComponentValues {
  kind: ComponentKind;
  name: string;
  description: string;
  supplier: string;
  lifecycle: LifecycleState;
  productIds: string[];
}

/** A new component of this object (linked at once to the chosen products), or edits of one it manages. */
export function ComponentDialog({
  s,
  component,
  kind = 'it',
  productIds = [],
  onClose,
}: {
  s: Structure;
  component?: Component;
  kind?: ComponentKind;
  productIds?: string[];
  onClose(): void;
}) {
  const { t } = useTexts();
  const api = useApi();
  const write = useWrite(s.reload);
  const now = component && s.object.components.find((c) => c.id === component.id);
  const etag = useEtag(component ?? { etag: '' }, now, write);
  const initial: ComponentValues = {
    kind: component?.kind ?? kind,
    name: component?.name ?? '',
    description: component?.description ?? '',
    supplier: component?.supplier ?? '',
    lifecycle: component?.lifecycle ?? 'inUse',
    productIds,
  };
  // What is sent: a business component has no supplier; an edit does not relink products.
  const payload = (v: ComponentValues) => {
    const { productIds: ids, supplier, kind: k, ...rest } = v;
    return {
      ...rest,
      ...(v.kind === 'it' && (supplier.trim() || component?.supplier) ? { supplier } : {}),
      ...(component ? {} : { kind: k, productIds: ids }),
    };
  };
  const form = useForm(initial, component ? componentUpdate : componentCreate, write, payload);
  const other = (key: keyof Component) => (component ? theirs(etag.seen as Component, now, key) : undefined);
  const lifecycleOther = other('lifecycle');
  return (
    <FormDialog
      open
      title={component ? t('oa.editComponent') : t('oa.newComponent')}
      submitLabel={component ? t('save') : t('oa.add')}
      busy={write.busy}
      error={write.error}
      testId="component-dialog"
      onClose={onClose}
      onSubmit={() => {
        form.submit();
        if (!form.valid) return;
        const ifMatch = component ? etag.next() : '';
        void write.run(
          () =>
            component
              ? api.patch(`/api/components/${component.id}`, form.body(), ifMatch)
              : api.post(`/api/objects/${s.object.id}/components`, form.body()),
          { refresh: s.reload, close: onClose },
        );
      }}
    >
      <Field label={t('oa.kind')} required>
        <Select
          value={form.values.kind}
          disabled={component !== undefined}
          onChange={(_, d) => form.set({ kind: d.value as ComponentKind })}
          data-testid="component-kind"
        >
          <option value="business">{t('oa.kind.business')}</option>
          <option value="it">{t('oa.kind.it')}</option>
        </Select>
      </Field>
      <Field
        label={t('oa.name')}
        required
        {...withTheirs(form.message('name'), other('name'), t('oa.theirs'))}
      >
        <Input
          value={form.values.name}
          onChange={(_, d) => form.set({ name: d.value })}
          data-testid="component-name"
        />
      </Field>
      <Field
        label={t('description')}
        {...withTheirs(form.message('description'), other('description'), t('oa.theirs'))}
      >
        <Textarea
          value={form.values.description}
          resize="vertical"
          onChange={(_, d) => form.set({ description: d.value })}
        />
      </Field>
      {form.values.kind === 'it' && (
        <Field
          label={t('supplier')}
          {...withTheirs(form.message('supplier'), other('supplier'), t('oa.theirs'))}
        >
          <Input
            value={form.values.supplier}
            onChange={(_, d) => form.set({ supplier: d.value })}
            data-testid="component-supplier"
          />
        </Field>
      )}
      <Field
        label={t('oa.lifecycle')}
        {...withTheirs(
          form.message('lifecycle'),
          lifecycleOther && t(`oa.lifecycle.${lifecycleOther}`),
          t('oa.theirs'),
        )}
      >
        <Select
          value={form.values.lifecycle}
          onChange={(_, d) => form.set({ lifecycle: d.value as LifecycleState })}
          data-testid="component-lifecycle"
        >
          {LIFECYCLE_STATES.map((l) => (
            <option key={l} value={l}>
              {t(`oa.lifecycle.${l}`)}
            </option>
          ))}
        </Select>
      </Field>
      {!component && s.object.products.length > 0 && (
        <fieldset>
          <legend>{t('oa.forProducts')}</legend>
          {s.object.products.map((p) => (
            <Checkbox
              key={p.id}
              label={p.name}
              checked={form.values.productIds.includes(p.id)}
              onChange={(_, d) =>
                form.set({
                  productIds: d.checked
                    ? [...form.values.productIds, p.id]
                    : form.values.productIds.filter((id) => id !== p.id),
                })
              }
            />
          ))}
        </fieldset>
      )}
    </FormDialog>
  );
}

/** Links an existing component — this object's or one another object manages — to a product. */
export function LinkDialog({ s, product, onClose }: { s: Structure; product: Product; onClose(): void }) {
  const { t } = useTexts();
  const api = useApi();
  const write = useWrite(s.reload);
  const [ownerId, setOwnerId] = useState(s.object.id);
  const [componentId, setComponentId] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const other = useResource<ObjectDetail>(ownerId === s.object.id ? null : `/api/objects/${ownerId}`);
  const pool = (ownerId === s.object.id ? s.object.components : (other.data?.components ?? [])).filter(
    (c) => c.ownerObjectId === ownerId && !product.componentIds.includes(c.id),
  );
  const missing = submitted && !componentId ? t('oa.componentRequired') : undefined;
  return (
    <FormDialog
      open
      title={t('oa.linkTitle', { name: product.name })}
      submitLabel={t('oa.linkComponent')}
      busy={write.busy}
      error={write.error}
      testId="link-dialog"
      onClose={onClose}
      onSubmit={() => {
        setSubmitted(true);
        if (!componentId) return;
        void write.run(() => api.post(`/api/products/${product.id}/components`, { componentId }), {
          refresh: s.reload,
          close: onClose,
        });
      }}
    >
      <p>{t('oa.linkIntro')}</p>
      <Field label={t('oa.managingObject')} required>
        <Select
          value={ownerId}
          onChange={(_, d) => {
            setOwnerId(d.value);
            setComponentId('');
          }}
          data-testid="link-owner"
        >
          {(s.objects.length ? s.objects : [s.object]).map((o) => (
            <option key={o.id} value={o.id}>{`${o.code} – ${o.name}`}</option>
          ))}
        </Select>
      </Field>
      <Field
        label={t('oa.component')}
        required
        {...fieldState(missing ?? write.error?.fields['componentId'])}
        hint={
          pool.length === 0 && (ownerId === s.object.id || other.data) ? t('oa.noFreeComponents') : undefined
        }
      >
        <Select value={componentId} onChange={(_, d) => setComponentId(d.value)} data-testid="link-component">
          <option value="">–</option>
          {(['business', 'it'] as const).map((k) => (
            <optgroup key={k} label={t(`oa.kind.${k}`)}>
              {pool
                .filter((c) => c.kind === k)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
      </Field>
    </FormDialog>
  );
}

/** A dependency on an object in the structure (picked from the list) or outside it (named). */
export function RelatedDialog({ s, related, onClose }: { s: Structure; related?: Related; onClose(): void }) {
  const { t } = useTexts();
  const api = useApi();
  const write = useWrite(s.reload);
  const now = related && s.object.relatedObjects.find((r) => r.id === related.id);
  const etag = useEtag(related ?? { etag: '' }, now, write);
  const form = useForm(
    {
      relatedObjectId: related?.relatedObjectId ?? '',
      name: related?.name ?? '',
      description: related?.description ?? '',
    },
    relatedObjectCreate,
    write,
    (v) => ({
      ...(v.relatedObjectId ? { relatedObjectId: v.relatedObjectId } : {}),
      name: v.name,
      description: v.description,
    }),
  );
  const candidates = s.objects.filter((o) => o.id !== s.object.id);
  const other = (key: 'name' | 'description') =>
    related ? theirs(etag.seen as Related, now, key) : undefined;
  return (
    <FormDialog
      open
      title={related ? t('oa.editRelated') : t('oa.addRelated')}
      submitLabel={related ? t('save') : t('oa.add')}
      busy={write.busy}
      error={write.error}
      testId="related-dialog"
      onClose={onClose}
      onSubmit={() => {
        form.submit();
        if (!form.valid) return;
        const ifMatch = related ? etag.next() : '';
        void write.run(
          () =>
            related
              ? api.patch(`/api/related-objects/${related.id}`, form.body(), ifMatch)
              : api.post(`/api/objects/${s.object.id}/related-objects`, form.body()),
          { refresh: s.reload, close: onClose },
        );
      }}
    >
      <Field label={t('oa.relatedObject')} required>
        <Select
          value={form.values.relatedObjectId}
          onChange={(_, d) => {
            const picked = candidates.find((o) => o.id === d.value);
            form.set({ relatedObjectId: d.value, ...(picked ? { name: picked.name } : {}) });
          }}
          data-testid="related-object"
        >
          <option value="">{t('oa.outsideStructure')}</option>
          {candidates.map((o) => (
            <option key={o.id} value={o.id}>{`${o.code} – ${o.name}`}</option>
          ))}
        </Select>
      </Field>
      <Field
        label={t('oa.name')}
        required
        {...withTheirs(form.message('name'), other('name'), t('oa.theirs'))}
      >
        <Input
          value={form.values.name}
          readOnly={form.values.relatedObjectId !== ''}
          onChange={(_, d) => form.set({ name: d.value })}
          data-testid="related-name"
        />
      </Field>
      <Field
        label={t('oa.dependency')}
        {...withTheirs(form.message('description'), other('description'), t('oa.theirs'))}
      >
        <Textarea
          value={form.values.description}
          resize="vertical"
          onChange={(_, d) => form.set({ description: d.value })}
          data-testid="related-description"
        />
      </Field>
    </FormDialog>
  );
}
