// Writing the plan (a lazy chunk of the plan view): its settings (hourly rate, hours per FTE), every
// chapter of 000 §3.4.2 as in seed 004, and the period goals linked to the budget lines that serve
// them. Leaders and owners edit a draft; everyone else reads the same content.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { IMPACTS, type Impact, type PlanSections } from '../../../../domain/model';
import type { LineRow, PlanDetail } from '../../../api/types';
import { RichText } from '../../../components/RichText';
import { Section } from '../../../components/Section';
import { parseNumber, useTexts } from '../../../i18n';
import { canEditPlan } from '../../../../domain/authorization/policy';
import { useSession } from '../../../session';
import { PlanGoals } from './PlanGoals';
import { chapterRule, planUpdate, ruleError, ruleIssues } from './rules';
import { usePlanPatch, type PlanPatch, type PlanProblem } from './usePlanPatch';

export const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  chapter: { display: 'grid', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  preview: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalM,
    overflowWrap: 'anywhere',
  },
  previewLabel: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  tableRow: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 10rem), 1fr))',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  status: { minHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground2 },
});

/** The chapters in the order of seed 004, with the section of the document each becomes. */
const CHAPTERS: { key: keyof PlanSections; ref: string; kind: 'text' | 'table' }[] = [
  { key: 'purpose', ref: '1.1', kind: 'text' },
  { key: 'background', ref: '1.2', kind: 'text' },
  { key: 'scope', ref: '2.1', kind: 'text' },
  { key: 'governingDocuments', ref: '4.1.1', kind: 'table' },
  { key: 'regulations', ref: '4.1.1', kind: 'text' },
  { key: 'problems', ref: '4.1.2', kind: 'table' },
  { key: 'influencingFactors', ref: '4.1.3', kind: 'table' },
  { key: 'longTermGoals', ref: '4.2.1', kind: 'text' },
  { key: 'organisation', ref: '5.2', kind: 'text' },
  { key: 'roleDeviations', ref: '5.2', kind: 'text' },
  { key: 'forums', ref: '5.3', kind: 'text' },
];

type Column = { key: string; kind: 'text' | 'long' | 'impact' };
const TABLE_COLUMNS: Record<string, Column[]> = {
  governingDocuments: [
    { key: 'document', kind: 'text' },
    { key: 'goal', kind: 'long' },
    { key: 'impact', kind: 'impact' },
  ],
  problems: [
    { key: 'current', kind: 'long' },
    { key: 'consequence', kind: 'long' },
    { key: 'target', kind: 'long' },
  ],
  influencingFactors: [
    { key: 'change', kind: 'text' },
    { key: 'impact', kind: 'impact' },
  ],
};

export default function PlanWorkspace({
  plan,
  lines,
  mayEdit,
  onSaved,
}: {
  plan: PlanDetail;
  lines: LineRow[];
  /** The plan is a draft and the person may edit it (the same policy the server applies). */
  mayEdit: boolean;
  /** The plan changed on the server: reload it (eTag, totals, goals). */
  onSaved(): void;
}) {
  const { t } = useTexts();
  const styles = useStyles();
  const writer = usePlanPatch(plan, onSaved);
  const session = useSession();
  // Why the plan reads as text: the same policy and lifecycle the server applies, said in words.
  const readOnlyWhy = !plan.editable
    ? t('plan.readOnlyStatus', { status: t(`status.${plan.status}`).toLowerCase() })
    : !session.actor || !canEditPlan(session.actor, plan.objectId).allowed
      ? t('plan.readOnlyWho')
      : t('plan.chaptersReadOnly');
  return (
    <>
      <ProblemBar problem={writer.problem} onReload={() => (writer.clearProblem(), onSaved())} />
      <div className={styles.status} aria-live="polite">
        {writer.saving ? <Spinner size="extra-tiny" label={t('saving')} labelPosition="after" /> : null}
      </div>
      <Section title={t('plan.settings')} id="plan-settings">
        <PlanSettings plan={plan} mayEdit={mayEdit} save={writer.patch} />
      </Section>
      <Section title={t('plan.chapters')} id="plan-chapters">
        <p>{mayEdit ? t('plan.chaptersIntro') : readOnlyWhy}</p>
        <Accordion multiple collapsible>
          {CHAPTERS.map((c) => (
            <AccordionItem key={c.key} value={c.key}>
              <AccordionHeader as="h3" data-testid={`chapter-header-${c.key}`}>
                {`${c.ref} ${t(`plan.chapter.${c.key}`)}`}
              </AccordionHeader>
              <AccordionPanel>
                {c.kind === 'text' ? (
                  <TextChapter
                    field={c.key}
                    value={plan.sections[c.key] as string}
                    mayEdit={mayEdit}
                    save={writer.patch}
                  />
                ) : (
                  <TableChapter
                    field={c.key}
                    rows={plan.sections[c.key] as unknown as Record<string, string>[]}
                    mayEdit={mayEdit}
                    save={writer.patch}
                  />
                )}
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      </Section>
      <Section title={t('plan.goals')} id="goals">
        <PlanGoals plan={plan} lines={lines} mayEdit={mayEdit} save={writer.patch} />
      </Section>
    </>
  );
}

function ProblemBar({ problem, onReload }: { problem: PlanProblem | null; onReload(): void }) {
  const { t } = useTexts();
  if (!problem) return null;
  const named = problem.changed.map((k) =>
    t(k.startsWith('hour') || k === 'status' ? `plan.${k}` : `plan.chapter.${k}`),
  );
  return (
    <MessageBar
      intent={problem.kind === 'conflict' ? 'warning' : 'error'}
      role="alert"
      data-testid={`plan-${problem.kind}`}
    >
      <MessageBarBody>
        <MessageBarTitle>
          {problem.kind === 'conflict' ? t('plan.conflictTitle') : t('error')}
        </MessageBarTitle>
        {problem.message}
        {problem.kind === 'conflict' &&
          ` ${named.length ? t('plan.conflictChanged', { what: named.join(', ') }) : ''} ${t('plan.conflictKeep')}`}
        {problem.fields.length > 0 && (
          <ul>
            {problem.fields.map((f) => (
              <li key={f.path}>{`${f.path}: ${f.message}`}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onReload}>{t('reload')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function PlanSettings({
  plan,
  mayEdit,
  save,
}: {
  plan: PlanDetail;
  mayEdit: boolean;
  save(body: PlanPatch): Promise<boolean>;
}) {
  const { t, lang, money, number } = useTexts();
  const styles = useStyles();
  const [rate, setRate] = useState<string | null>(null);
  const [perFte, setPerFte] = useState<string | null>(null);
  if (!mayEdit)
    return <p>{t('rateNote', { rate: money(plan.hourlyRate), hoursPerFte: number(plan.hoursPerFte) })}</p>;
  const rateText = rate ?? String(plan.hourlyRate);
  const fteText = perFte ?? String(plan.hoursPerFte);
  const rateValue = parseNumber(rateText);
  const fteValue = parseNumber(fteText);
  const rateError =
    rateValue === null ? t('invalidAmount') : ruleError(planUpdate.shape.hourlyRate, rateValue, lang);
  const fteError =
    fteValue === null ? t('invalidNumber') : ruleError(planUpdate.shape.hoursPerFte, fteValue, lang);
  const dirty =
    (rate !== null && rateValue !== plan.hourlyRate) || (perFte !== null && fteValue !== plan.hoursPerFte);
  return (
    <form
      className={styles.row}
      onSubmit={(e) => {
        e.preventDefault();
        if (rateError || fteError || !dirty) return;
        void save({ hourlyRate: rateValue!, hoursPerFte: fteValue! }).then((ok) => {
          if (ok) {
            setRate(null);
            setPerFte(null);
          }
        });
      }}
    >
      <Field
        label={t('plan.hourlyRate')}
        hint={t('plan.hourlyRateHint')}
        validationMessage={rateError ?? undefined}
        validationState={rateError ? 'error' : 'none'}
      >
        <Input
          value={rateText}
          inputMode="numeric"
          data-testid="plan-rate"
          onChange={(_, d) => setRate(d.value)}
        />
      </Field>
      <Field
        label={t('plan.hoursPerFte')}
        validationMessage={fteError ?? undefined}
        validationState={fteError ? 'error' : 'none'}
      >
        <Input
          value={fteText}
          inputMode="numeric"
          data-testid="plan-hours-per-fte"
          onChange={(_, d) => setPerFte(d.value)}
        />
      </Field>
      <div className={styles.buttons} style={{ alignSelf: 'end' }}>
        <Button
          type="submit"
          appearance="primary"
          disabled={!dirty || !!rateError || !!fteError}
          data-testid="save-settings"
        >
          {t('save')}
        </Button>
      </div>
    </form>
  );
}

function TextChapter({
  field,
  value,
  mayEdit,
  save,
}: {
  field: keyof PlanSections;
  value: string;
  mayEdit: boolean;
  save(body: PlanPatch): Promise<boolean>;
}) {
  const { t, lang } = useTexts();
  const styles = useStyles();
  // null: not being edited, so the server's text shows (and follows a reload).
  const [draft, setDraft] = useState<string | null>(null);
  if (!mayEdit)
    return (
      <div className={styles.preview}>
        <RichText text={value} empty={<p>{t('plan.notWritten')}</p>} />
      </div>
    );
  const text = draft ?? value;
  const dirty = draft !== null && draft !== value;
  const error = ruleError(chapterRule(field), text, lang);
  const previewId = `preview-${field}`;
  return (
    <div className={styles.chapter}>
      <Field
        label={t(`plan.chapter.${field}`)}
        hint={t('plan.listHint')}
        validationMessage={error ?? undefined}
        validationState={error ? 'error' : 'none'}
      >
        <Textarea
          value={text}
          rows={6}
          resize="vertical"
          data-testid={`chapter-${field}`}
          aria-describedby={previewId}
          onChange={(_, d) => setDraft(d.value)}
        />
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={!dirty || !!error}
          data-testid={`save-${field}`}
          onClick={() => void save({ sections: { [field]: text } }).then((ok) => ok && setDraft(null))}
        >
          {t('plan.saveChapter')}
        </Button>
        <Button disabled={!dirty} onClick={() => setDraft(null)}>
          {t('plan.undo')}
        </Button>
        {dirty && <span>{t('plan.unsaved')}</span>}
      </div>
      <div className={styles.preview} id={previewId}>
        <div className={styles.previewLabel}>{t('plan.preview')}</div>
        <RichText text={text} empty={<p>{t('plan.notWritten')}</p>} />
      </div>
    </div>
  );
}

function TableChapter({
  field,
  rows,
  mayEdit,
  save,
}: {
  field: keyof PlanSections;
  rows: Record<string, string>[];
  mayEdit: boolean;
  save(body: PlanPatch): Promise<boolean>;
}) {
  const { t, lang } = useTexts();
  const styles = useStyles();
  const columns = TABLE_COLUMNS[field]!;
  const [draft, setDraft] = useState<Record<string, string>[] | null>(null);
  const current = draft ?? rows;
  const dirty = draft !== null && JSON.stringify(draft) !== JSON.stringify(rows);
  const issues = ruleIssues(chapterRule(field), current, lang);
  const cellLabel = (c: Column, i: number) => `${t(`plan.col.${c.key}`)}, ${t('plan.rowN', { n: i + 1 })}`;
  if (!mayEdit) {
    if (rows.length === 0) return <p>{t('plan.notWritten')}</p>;
    return (
      <ul>
        {rows.map((r, i) => (
          <li key={i}>
            {columns
              .map(
                (c) =>
                  `${t(`plan.col.${c.key}`)}: ${c.kind === 'impact' ? t(`plan.impact.${r[c.key]}`) : r[c.key]}`,
              )
              .join(' – ')}
          </li>
        ))}
      </ul>
    );
  }
  const change = (i: number, key: string, value: string) =>
    setDraft(current.map((r, n) => (n === i ? { ...r, [key]: value } : r)));
  const blank = Object.fromEntries(columns.map((c) => [c.key, c.kind === 'impact' ? 'medium' : '']));
  return (
    <div className={styles.chapter}>
      {current.length === 0 && <p>{t('plan.noRows')}</p>}
      {current.map((r, i) => (
        <div key={i} className={styles.tableRow} data-testid={`${field}-row-${i}`}>
          {columns.map((c) => {
            const error = issues.get(`${i}.${c.key}`);
            return (
              <Field
                key={c.key}
                label={cellLabel(c, i)}
                validationMessage={error}
                validationState={error ? 'error' : 'none'}
              >
                {c.kind === 'impact' ? (
                  <Select value={r[c.key]} onChange={(_, d) => change(i, c.key, d.value)}>
                    {IMPACTS.map((impact: Impact) => (
                      <option key={impact} value={impact}>
                        {t(`plan.impact.${impact}`)}
                      </option>
                    ))}
                  </Select>
                ) : c.kind === 'long' ? (
                  <Textarea
                    value={r[c.key]}
                    rows={2}
                    resize="vertical"
                    onChange={(_, d) => change(i, c.key, d.value)}
                  />
                ) : (
                  <Input value={r[c.key]} onChange={(_, d) => change(i, c.key, d.value)} />
                )}
              </Field>
            );
          })}
          <Button
            aria-label={t('plan.removeRow', { n: i + 1 })}
            onClick={() => setDraft(current.filter((_, n) => n !== i))}
          >
            {t('plan.remove')}
          </Button>
        </div>
      ))}
      <div className={styles.buttons}>
        <Button onClick={() => setDraft([...current, blank])} data-testid={`add-row-${field}`}>
          {t('plan.addRow')}
        </Button>
        <Button
          appearance="primary"
          disabled={!dirty || issues.size > 0}
          data-testid={`save-${field}`}
          onClick={() => void save({ sections: { [field]: current } }).then((ok) => ok && setDraft(null))}
        >
          {t('plan.saveChapter')}
        </Button>
        <Button disabled={!dirty} onClick={() => setDraft(null)}>
          {t('plan.undo')}
        </Button>
        {dirty && <span>{t('plan.unsavedRows')}</span>}
      </div>
    </div>
  );
}
