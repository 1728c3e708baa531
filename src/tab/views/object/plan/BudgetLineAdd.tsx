// Adds a budget line (delmål) to the plan: written new, or copied from the same object's plan of the
// year before. Fields are checked as they are typed with the server's own rules and words.
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import {
  ASSIGNMENT_TYPES,
  MAIN_ACTIVITIES,
  type AssignmentType,
  type MainActivity,
} from '../../../../domain/model';
import { useResource } from '../../../api/hooks';
import type { LineRow, PlanDetail, PlanSummary } from '../../../api/types';
import { useTexts } from '../../../i18n';
import type { BudgetEditorState } from '../useBudgetEditor';
import { budgetLineCreate, ruleError } from './rules';

const useStyles = makeStyles({
  box: {
    marginTop: tokens.spacingVerticalL,
    display: 'grid',
    gap: tokens.spacingVerticalL,
  },
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  // A native select is as wide as its longest option unless told otherwise: here it takes the row and
  // wraps the button below it on a narrow screen, rather than spilling over it.
  copy: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  copyField: { flex: '1 1 20rem', minWidth: 0, maxWidth: '40rem' },
  copySelect: { width: '100%', '& select': { width: '100%', minWidth: 0 } },
  h3: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  button: { alignSelf: 'end' },
});

export default function BudgetLineAdd({ plan, editor }: { plan: PlanDetail; editor: BudgetEditorState }) {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const [mainActivity, setMainActivity] = useState<MainActivity>('forvaltningsstyrning');
  const [assignmentType, setAssignmentType] = useState<AssignmentType>('maintain');
  const [priority, setPriority] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const nameError = touched ? ruleError(budgetLineCreate.shape.name, name, lang) : null;
  const priorityValue = priority.trim() === '' ? null : Number(priority.trim());
  const priorityError =
    priority.trim() !== '' && !/^\d+$/.test(priority.trim())
      ? t('plan.priorityWhole')
      : ruleError(budgetLineCreate.shape.priority, priorityValue, lang);
  const invalid = ruleError(budgetLineCreate.shape.name, name, lang) !== null || priorityError !== null;

  const add = async () => {
    setTouched(true);
    if (invalid) return;
    setBusy(true);
    const outcome = await editor.addLine({
      mainActivity,
      name: name.trim(),
      assignmentType,
      priority: priorityValue,
    });
    setBusy(false);
    if (outcome.ok) {
      setName('');
      setPriority('');
      setTouched(false);
      setError(null);
    } else setError(outcome.error.message);
  };

  return (
    <div className={styles.box}>
      <h3 className={styles.h3} id="add-line-heading">
        {t('plan.addLine')}
      </h3>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <form
        className={styles.form}
        aria-labelledby="add-line-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <Field
          label={t('line')}
          required
          validationMessage={nameError ?? undefined}
          validationState={nameError ? 'error' : 'none'}
        >
          <Input
            value={name}
            data-testid="new-line-name"
            onChange={(_, d) => {
              setName(d.value);
              setTouched(true);
            }}
          />
        </Field>
        <Field label={t('mainActivity')}>
          <Select
            value={mainActivity}
            data-testid="new-line-activity"
            onChange={(_, d) => setMainActivity(d.value as MainActivity)}
          >
            {MAIN_ACTIVITIES.map((a) => (
              <option key={a} value={a}>
                {t(`activity.${a}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('assignmentType')}>
          <Select
            value={assignmentType}
            data-testid="new-line-type"
            onChange={(_, d) => setAssignmentType(d.value as AssignmentType)}
          >
            {ASSIGNMENT_TYPES.map((a) => (
              <option key={a} value={a}>
                {t(`assignment.${a}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t('plan.priorityLabel')}
          validationMessage={priorityError ?? undefined}
          validationState={priorityError ? 'error' : 'none'}
        >
          <Input
            value={priority}
            inputMode="numeric"
            data-testid="new-line-priority"
            onChange={(_, d) => setPriority(d.value)}
          />
        </Field>
        <Button
          className={styles.button}
          type="submit"
          appearance="primary"
          disabled={busy || (touched && invalid)}
          data-testid="add-line"
        >
          {t('plan.addLineButton')}
        </Button>
      </form>
      <CopyFromLastYear plan={plan} editor={editor} />
    </div>
  );
}

/** Copies one line of last year's plan (hours and costs as they were) into this plan. */
function CopyFromLastYear({ plan, editor }: { plan: PlanDetail; editor: BudgetEditorState }) {
  const styles = useStyles();
  const { t } = useTexts();
  const plans = useResource<PlanSummary[]>(`/api/objects/${plan.objectId}/plans`);
  const previous = plans.data?.find((p) => p.year === plan.year - 1);
  const lines = useResource<LineRow[]>(previous ? `/api/plans/${previous.id}/budget-lines` : null);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!previous || !lines.data || lines.data.length === 0) return null;
  const source = lines.data.find((l) => l.id === chosen);
  return (
    <form
      className={styles.copy}
      aria-labelledby="copy-line-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (!source) return;
        void editor
          .addLine({
            mainActivity: source.mainActivity,
            name: source.name,
            assignmentType: source.assignmentType,
            priority: source.priority,
            business: source.business,
            it: source.it,
          })
          .then((outcome) => {
            setError(outcome.ok ? null : outcome.error.message);
            if (outcome.ok) setChosen('');
          });
      }}
    >
      <h3 className={styles.h3} id="copy-line-heading" style={{ flexBasis: '100%' }}>
        {t('plan.copyLine', { year: previous.year })}
      </h3>
      {error && (
        <MessageBar intent="error" role="alert" style={{ flexBasis: '100%' }}>
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('plan.copyLineFrom', { year: previous.year })} className={styles.copyField}>
        <Select
          className={styles.copySelect}
          value={chosen}
          data-testid="copy-line-source"
          onChange={(_, d) => setChosen(d.value)}
        >
          <option value="">{t('plan.chooseLine')}</option>
          {MAIN_ACTIVITIES.map((a) => (
            <optgroup key={a} label={t(`activity.${a}`)}>
              {lines
                .data!.filter((l) => l.mainActivity === a)
                .map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      <Button className={styles.button} type="submit" disabled={!source} data-testid="copy-line">
        {t('plan.copyLineButton')}
      </Button>
    </form>
  );
}
