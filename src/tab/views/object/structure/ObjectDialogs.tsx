// Creating an object (from the portfolio) and editing its details (from the object's Struktur view).
// Both validate as you type with the server's schemas; a stale eTag shows what the other person saved.
import './words';
import { Checkbox, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { OBJECT_CATEGORIES, type LineOrganisation, type ObjectCategory } from '../../../../domain/model';
import { objectCreate, objectUpdate } from '../../../../services/schemas';
import { useApi, useResource } from '../../../api/hooks';
import type { ObjectDetail, Rec } from '../../../api/types';
import { useTexts } from '../../../i18n';
import { fieldMessage, useTouched, useWrite, validate } from './forms';
import { FormDialog } from './ui';

const useStyles = makeStyles({
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  theirs: { color: tokens.colorNeutralForeground2, whiteSpace: 'pre-line' },
});

interface ObjectValues {
  code: string;
  name: string;
  category: ObjectCategory;
  description: string;
  lineOrganisationIds: string[];
}

const EMPTY: ObjectValues = {
  code: '',
  name: '',
  category: 'core',
  description: '',
  lineOrganisationIds: [],
};

/** The object's fields. `structural`: code and category may be changed (PSG's decision) — else shown locked. */
function ObjectFields({
  values,
  set,
  message,
  structural,
  lockedReason,
  theirs,
}: {
  values: ObjectValues;
  set(patch: Partial<ObjectValues>, field: keyof ObjectValues): void;
  message(name: keyof ObjectValues): string | undefined;
  structural: boolean;
  lockedReason?: string;
  theirs?: Partial<Record<keyof ObjectValues, string>>;
}) {
  const styles = useStyles();
  const { t } = useTexts();
  const lineOrganisations = useResource<Rec<LineOrganisation>[]>('/api/line-organisations');
  const field = (name: keyof ObjectValues) => ({
    validationMessage: message(name) ?? (theirs?.[name] ? `${t('oa.theirs')}: ${theirs[name]}` : undefined),
    validationState: message(name)
      ? ('error' as const)
      : theirs?.[name]
        ? ('warning' as const)
        : ('none' as const),
  });
  return (
    <>
      <Field
        label={t('oa.code')}
        required
        hint={structural ? t('oa.codeHint') : lockedReason}
        {...field('code')}
      >
        <Input
          value={values.code}
          disabled={!structural}
          onChange={(_, d) => set({ code: d.value.toUpperCase() }, 'code')}
          data-testid="object-code"
        />
      </Field>
      <Field label={t('oa.name')} required {...field('name')}>
        <Input
          value={values.name}
          onChange={(_, d) => set({ name: d.value }, 'name')}
          data-testid="object-name"
        />
      </Field>
      <Field label={t('category')} required {...field('category')}>
        <Select
          value={values.category}
          disabled={!structural}
          onChange={(_, d) => set({ category: d.value as ObjectCategory }, 'category')}
          data-testid="object-category"
        >
          {OBJECT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('description')} {...field('description')}>
        <Textarea
          value={values.description}
          resize="vertical"
          rows={4}
          onChange={(_, d) => set({ description: d.value }, 'description')}
          data-testid="object-description"
        />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('oa.lineOrganisations')}</legend>
        {(lineOrganisations.data ?? []).map((l) => (
          <Checkbox
            key={l.id}
            label={l.name}
            checked={values.lineOrganisationIds.includes(l.id)}
            onChange={(_, d) =>
              set(
                {
                  lineOrganisationIds: d.checked
                    ? [...values.lineOrganisationIds, l.id]
                    : values.lineOrganisationIds.filter((id) => id !== l.id),
                },
                'lineOrganisationIds',
              )
            }
          />
        ))}
        {message('lineOrganisationIds') && <span role="alert">{message('lineOrganisationIds')}</span>}
      </fieldset>
    </>
  );
}

/** Where a new object lands: its own tab, on the structure view, keeping theme and language. */
export function objectTabUrl(objectId: string, view = 'structure'): string {
  const params = new URLSearchParams(window.location.search);
  params.delete('year');
  params.set('view', view);
  return `/tab/objects/${encodeURIComponent(objectId)}?${params.toString()}`;
}

/** The portfolio's "Nytt objekt": a lazy chunk of its own (it carries the schemas). */
export default function CreateObjectDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t, lang } = useTexts();
  const api = useApi();
  const write = useWrite();
  const form = useTouched();
  const [values, setValues] = useState<ObjectValues>(EMPTY);
  const live = useMemo(() => validate(objectCreate, values, lang), [values, lang]);
  const message = (name: keyof ObjectValues) =>
    fieldMessage(name, live, form.touched, form.submitted, write.error);

  return (
    <FormDialog
      open={open}
      title={t('oa.newObjectTitle')}
      submitLabel={t('oa.create')}
      busy={write.busy}
      error={write.error}
      testId="create-object-dialog"
      onClose={() => {
        setValues(EMPTY);
        form.reset();
        write.clear();
        onClose();
      }}
      onSubmit={() => {
        form.submit();
        if (Object.keys(live).length) return;
        let created: { id: string } | undefined;
        void write
          .run(async () => {
            created = await api.post<{ id: string }>('/api/objects', values);
          })
          .then((ok) => {
            if (ok && created) window.location.assign(objectTabUrl(created.id));
          });
      }}
    >
      <p>{t('oa.newObjectIntro')}</p>
      <ObjectFields
        values={values}
        structural
        message={message}
        set={(patch, field) => {
          setValues((v) => ({ ...v, ...patch }));
          form.touch(field);
        }}
      />
    </FormDialog>
  );
}

function valuesOf(o: ObjectDetail): ObjectValues {
  return {
    code: o.code,
    name: o.name,
    category: o.category,
    description: o.description,
    lineOrganisationIds: [...o.lineOrganisationIds],
  };
}

/**
 * Edits name, description and departments (the owners may), code and category (PSG's structure keepers).
 * Sends only what changed, with the eTag of the version the form started from; on a conflict the
 * object is read again and the fields someone else changed show what is saved now.
 */
export function EditObjectDialog({
  object,
  structural,
  lockedReason,
  onClose,
  onSaved,
}: {
  object: ObjectDetail;
  structural: boolean;
  lockedReason?: string;
  onClose(): void;
  onSaved(): Promise<void>;
}) {
  const { t, lang } = useTexts();
  const api = useApi();
  const write = useWrite(onSaved);
  const form = useTouched();
  const [base, setBase] = useState(object);
  const [values, setValues] = useState<ObjectValues>(() => valuesOf(object));
  const live = useMemo(() => validate(objectUpdate, values, lang), [values, lang]);
  const message = (name: keyof ObjectValues) =>
    fieldMessage(name, live, form.touched, form.submitted, write.error);
  // After a conflict the refreshed object differs from the version the form started from: say how.
  const theirs: Partial<Record<keyof ObjectValues, string>> = {};
  if (object.etag !== base.etag) {
    const now = valuesOf(object);
    const was = valuesOf(base);
    for (const key of Object.keys(now) as (keyof ObjectValues)[]) {
      if (JSON.stringify(now[key]) !== JSON.stringify(was[key])) {
        theirs[key] =
          key === 'lineOrganisationIds'
            ? object.lineOrganisations.map((l) => l.name).join(', ')
            : key === 'category'
              ? t(`category.${now.category}`)
              : String(now[key]);
      }
    }
  }

  const changed = () => {
    const was = valuesOf(object);
    const patch: Partial<ObjectValues> = {};
    for (const key of Object.keys(values) as (keyof ObjectValues)[]) {
      if (JSON.stringify(values[key]) !== JSON.stringify(was[key]))
        Object.assign(patch, { [key]: values[key] });
    }
    return patch;
  };

  return (
    <FormDialog
      open
      title={t('oa.editObject')}
      submitLabel={t('save')}
      busy={write.busy}
      error={write.error}
      testId="edit-object-dialog"
      onClose={onClose}
      onSubmit={() => {
        form.submit();
        if (Object.keys(live).length) return;
        // The eTag of what the person saw: the first save uses the opened version; after a
        // conflict they have seen the refreshed one.
        const etag = write.error?.conflict ? object.etag : base.etag;
        if (write.error?.conflict) setBase(object);
        void write.run(() => api.patch(`/api/objects/${object.id}`, changed(), etag), {
          refresh: onSaved,
          close: onClose,
        });
      }}
    >
      <ObjectFields
        values={values}
        structural={structural}
        lockedReason={lockedReason}
        message={message}
        theirs={theirs}
        set={(patch, field) => {
          setValues((v) => ({ ...v, ...patch }));
          form.touch(field);
        }}
      />
    </FormDialog>
  );
}
