// Building blocks of the object administration: a dialog with a form, a confirmation dialog for
// destructive actions, the error bar that explains a conflict, and the person picker.
import {
  Button,
  Combobox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type ReactNode } from 'react';
import type { Person } from '../../../../domain/model';
import { useResource } from '../../../api/hooks';
import type { Rec } from '../../../api/types';
import { useTexts } from '../../../i18n';
import type { WriteError } from './forms';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  surface: { maxWidth: 'min(40rem, calc(100vw - 2rem))', boxSizing: 'border-box' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { flexWrap: 'wrap' },
});

/** The error of a failed write: the server's message; a conflict (409) is explained as one. */
export function WriteErrorBar({ error }: { error: WriteError | null }) {
  const { t } = useTexts();
  if (!error) return null;
  if (error.conflict) {
    return (
      <MessageBar intent="warning" role="alert" data-testid="conflict">
        <MessageBarBody>
          <MessageBarTitle>{t('oa.conflictTitle')}</MessageBarTitle>
          {t('oa.conflictBody', { message: error.message })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" role="alert" data-testid="write-error">
      <MessageBarBody>
        {error.message}
        {Object.keys(error.fields).length > 0 && (
          <ul>
            {Object.entries(error.fields).map(([path, message]) => (
              <li key={path}>{message}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** A dialog whose content is a form: Enter submits, Escape and "Avbryt" close without saving. */
export function FormDialog({
  open,
  title,
  submitLabel,
  busy,
  error,
  onClose,
  onSubmit,
  children,
  testId,
  submitDisabled,
}: {
  open: boolean;
  title: string;
  submitLabel: string;
  busy: boolean;
  error: WriteError | null;
  onClose(): void;
  onSubmit(): void;
  children: ReactNode;
  testId?: string;
  submitDisabled?: boolean;
}) {
  const styles = useStyles();
  const { t } = useTexts();
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface} data-testid={testId} aria-describedby={undefined}>
        <form
          className={styles.form}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!busy) onSubmit();
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              <WriteErrorBar error={error} />
              {children}
            </DialogContent>
            <DialogActions className={styles.actions}>
              <Button onClick={onClose}>{t('cancel')}</Button>
              <Button
                type="submit"
                appearance="primary"
                disabled={busy || submitDisabled}
                icon={busy ? <Spinner size="tiny" aria-hidden /> : undefined}
              >
                {busy ? t('oa.saving') : submitLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

/** Asks before something is removed or ended. The destructive button says what it does. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy,
  error,
  onCancel,
  onConfirm,
  confirmDisabled,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  error: WriteError | null;
  onCancel(): void;
  onConfirm(): void;
  confirmDisabled?: boolean;
}) {
  const styles = useStyles();
  const { t } = useTexts();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface className={styles.surface} data-testid="confirm-dialog">
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            <WriteErrorBar error={error} />
            {children}
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button onClick={onCancel}>{t('cancel')}</Button>
            <Button appearance="primary" disabled={busy || confirmDisabled} onClick={onConfirm}>
              {busy ? t('oa.saving') : confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** Chooses a person among everyone in Objektnav (GET /api/people), by typing part of the name or title. */
export function PersonField({
  value,
  onChange,
  exclude = [],
  message,
}: {
  value: string | null;
  onChange(personId: string | null): void;
  exclude?: readonly string[];
  message?: string;
}) {
  const { t } = useTexts();
  const people = useResource<Rec<Person>[]>('/api/people');
  const [query, setQuery] = useState<string | null>(null);
  const label = (p: Rec<Person>) => (p.title ? `${p.displayName} – ${p.title}` : p.displayName);
  const chosen = people.data?.find((p) => p.id === value);
  const shown = query ?? (chosen ? label(chosen) : '');
  const options = useMemo(() => {
    const q = (query ?? '').trim().toLocaleLowerCase('sv');
    return (people.data ?? [])
      .filter((p) => !exclude.includes(p.id))
      .filter((p) => !q || label(p).toLocaleLowerCase('sv').includes(q));
  }, [people.data, query, exclude]);
  return (
    <Field
      label={t('oa.choosePerson')}
      required
      validationMessage={message}
      validationState={message ? 'error' : 'none'}
    >
      <Combobox
        data-testid="person-field"
        placeholder={t('oa.choosePersonPlaceholder')}
        value={shown}
        selectedOptions={value ? [value] : []}
        onChange={(e) => {
          setQuery(e.target.value);
          if (value) onChange(null);
        }}
        onOptionSelect={(_, d) => {
          setQuery(null);
          onChange(d.optionValue ?? null);
        }}
        freeform={false}
      >
        {options.length === 0 ? (
          <Option disabled value="" text="">
            {t('oa.noPeopleMatch')}
          </Option>
        ) : (
          options.slice(0, 50).map((p) => (
            <Option key={p.id} value={p.id} text={label(p)}>
              {label(p)}
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
