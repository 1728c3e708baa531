// Personer: the administrator adds, corrects and removes the people roles are given to (in Entra mode
// with their Entra object id, so their sign-in finds them). A lazy chunk, opened from the portfolio.
import './words';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Person } from '../../../../domain/model';
import { personCreate, personUpdate } from '../../../../services/schemas';
import { useApi, useResource } from '../../../api/hooks';
import type { Rec } from '../../../api/types';
import { useTexts } from '../../../i18n';
import { fieldMessage, useTouched, useWrite, validate } from './forms';
import { ConfirmDialog, FormDialog } from './ui';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(48rem, calc(100vw - 2rem))', boxSizing: 'border-box' },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, display: 'block' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export default function PeopleDialog({ onClose }: { onClose(): void }) {
  const styles = useStyles();
  const { t } = useTexts();
  const api = useApi();
  const people = useResource<Rec<Person>[]>('/api/people');
  const [editing, setEditing] = useState<{ person?: Rec<Person> } | null>(null);
  const [deleting, setDeleting] = useState<Rec<Person> | null>(null);
  const remove = useWrite(people.reload);
  return (
    <>
      <Dialog open={editing === null && deleting === null} onOpenChange={(_, d) => !d.open && onClose()}>
        <DialogSurface className={styles.surface} data-testid="people-dialog">
          <DialogBody>
            <DialogTitle>{t('oa.people')}</DialogTitle>
            <DialogContent>
              <p>{t('oa.peopleIntro')}</p>
              <ul className={styles.list}>
                {(people.data ?? []).map((p) => (
                  <li key={p.id} className={styles.item}>
                    <span>
                      {p.displayName}
                      <span className={styles.meta}>{[p.title, p.email].filter(Boolean).join(' · ')}</span>
                    </span>
                    <span className={styles.buttons}>
                      <Button
                        size="small"
                        onClick={() => setEditing({ person: p })}
                        aria-label={`${t('oa.edit')}: ${p.displayName}`}
                      >
                        {t('oa.edit')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => setDeleting(p)}
                        aria-label={`${t('oa.delete')}: ${p.displayName}`}
                      >
                        {t('oa.delete')}
                      </Button>
                    </span>
                  </li>
                ))}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>{t('close')}</Button>
              <Button appearance="primary" onClick={() => setEditing({})} data-testid="new-person">
                {t('oa.newPerson')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {editing && (
        <PersonDialog person={editing.person} onClose={() => setEditing(null)} onSaved={people.reload} />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('oa.deletePersonTitle', { name: deleting?.displayName ?? '' })}
        confirmLabel={t('oa.delete')}
        busy={remove.busy}
        error={remove.error}
        onCancel={() => {
          remove.clear();
          setDeleting(null);
        }}
        onConfirm={() =>
          void remove.run(() => api.delete(`/api/people/${deleting!.id}`, deleting!.etag), {
            refresh: people.reload,
            close: () => setDeleting(null),
          })
        }
      >
        <p>{t('oa.deletePersonBody')}</p>
      </ConfirmDialog>
    </>
  );
}

interface Values {
  displayName: string;
  email: string;
  title: string;
  entraObjectId: string;
}

function PersonDialog({
  person,
  onClose,
  onSaved,
}: {
  person?: Rec<Person>;
  onClose(): void;
  onSaved(): Promise<void>;
}) {
  const { t, lang } = useTexts();
  const api = useApi();
  const write = useWrite(onSaved);
  const touched = useTouched();
  const [values, setValues] = useState<Values>({
    displayName: person?.displayName ?? '',
    email: person?.email ?? '',
    title: person?.title ?? '',
    entraObjectId: person?.entraObjectId ?? '',
  });
  // An empty Entra id is "not connected yet", not an invalid id.
  const body = () => {
    const { entraObjectId, ...rest } = values;
    return entraObjectId.trim() ? { ...rest, entraObjectId: entraObjectId.trim() } : rest;
  };
  const live = validate(person ? personUpdate : personCreate, body(), lang);
  const field = (name: keyof Values) => {
    const message = fieldMessage(name, live, touched.touched, touched.submitted, write.error);
    return { validationMessage: message, validationState: message ? ('error' as const) : ('none' as const) };
  };
  const set = (name: keyof Values, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    touched.touch(name);
  };
  return (
    <FormDialog
      open
      title={person ? t('oa.editPerson') : t('oa.newPerson')}
      submitLabel={person ? t('save') : t('oa.add')}
      busy={write.busy}
      error={write.error}
      testId="person-dialog"
      onClose={onClose}
      onSubmit={() => {
        touched.submit();
        if (Object.keys(live).length) return;
        void write.run(
          () =>
            person
              ? api.patch(`/api/people/${person.id}`, body(), person.etag)
              : api.post('/api/people', body()),
          { refresh: onSaved, close: onClose },
        );
      }}
    >
      <Field label={t('oa.name')} required {...field('displayName')}>
        <Input value={values.displayName} onChange={(_, d) => set('displayName', d.value)} />
      </Field>
      <Field label={t('oa.email')} required {...field('email')}>
        <Input type="email" value={values.email} onChange={(_, d) => set('email', d.value)} />
      </Field>
      <Field label={t('oa.jobTitle')} {...field('title')}>
        <Input value={values.title} onChange={(_, d) => set('title', d.value)} />
      </Field>
      <Field label={t('oa.entraObjectId')} hint={t('oa.entraObjectIdHint')} {...field('entraObjectId')}>
        <Input value={values.entraObjectId} onChange={(_, d) => set('entraObjectId', d.value)} />
      </Field>
    </FormDialog>
  );
}
