// The model owner keeps the municipality's steering documents: a policy with areas of principles, a
// strategic plan with goals, focus areas and expected results. Goals and focus areas keep their ids by
// position when edited, so the links to them hold.
import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi, useResource } from '../../api/hooks';
import { ErrorBar, Loading } from '../../components/Feedback';
import { useTexts } from '../../i18n';
import { useWrite } from '../object/structure/forms';
import { ConfirmDialog, FormDialog } from '../object/structure/ui';
import type { SteeringDoc } from './types';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  group: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface GoalForm {
  id?: string;
  title: string;
  expectedResult: string;
  description: string;
  focusAreas: { id?: string; title: string }[];
  focusText: string;
}
interface AreaForm {
  id?: string;
  title: string;
  principles: { id?: string; text: string }[];
  principleText: string;
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** New lines keep the ids of the lines at the same position (an edit of a title keeps its links). */
function byPosition<T>(
  old: { id?: string }[],
  next: string[],
  make: (text: string) => T,
): (T & { id?: string })[] {
  return next.map((text, i) => ({ ...make(text), ...(old[i]?.id ? { id: old[i]!.id } : {}) }));
}

export function SteeringDocumentsDialog({
  onClose,
  onChanged,
}: {
  onClose(): void;
  onChanged(): Promise<void>;
}) {
  const styles = useStyles();
  const { t } = useTexts();
  const docs = useResource<SteeringDoc[]>('/api/steering-documents');
  const [editing, setEditing] = useState<SteeringDoc | 'new' | null>(null);
  const [removing, setRemoving] = useState<SteeringDoc | null>(null);
  const api = useApi();
  const write = useWrite(docs.reload);
  const changed = async () => {
    await docs.reload();
    await onChanged();
  };
  if (editing)
    return (
      <DocumentForm
        doc={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onChanged={changed}
      />
    );
  return (
    <FormDialog
      open
      title={t('st.documentsTitle')}
      submitLabel={t('st.newDocument')}
      busy={false}
      error={null}
      onClose={onClose}
      onSubmit={() => setEditing('new')}
      testId="steering-documents-dialog"
    >
      {docs.error && <ErrorBar error={docs.error} onRetry={docs.reload} />}
      {!docs.data && !docs.error && <Loading />}
      {docs.data?.map((d) => (
        <div key={d.id} className={styles.row}>
          <span>
            <strong>{d.title}</strong> ({t(`st.docKind.${d.kind}`)}, {t(`st.level.${d.level}`)})
          </span>
          <span className={styles.buttons}>
            <Button
              size="small"
              onClick={() => setEditing(d)}
              aria-label={t('st.editDocument', { title: d.title })}
            >
              {t('st.edit')}
            </Button>
            <Button
              size="small"
              onClick={() => setRemoving(d)}
              aria-label={t('st.deleteDocument', { title: d.title })}
            >
              {t('st.delete')}
            </Button>
          </span>
        </div>
      ))}
      {removing && (
        <ConfirmDialog
          open
          title={t('st.deleteDocument', { title: removing.title })}
          confirmLabel={t('st.delete')}
          busy={write.busy}
          error={write.error}
          onCancel={() => {
            write.clear();
            setRemoving(null);
          }}
          onConfirm={() =>
            void write
              .run(() =>
                api.delete(`/api/steering-documents/${encodeURIComponent(removing.id)}`, removing.etag),
              )
              .then(async (ok) => {
                if (ok) {
                  setRemoving(null);
                  await changed();
                }
              })
          }
        >
          <p>{removing.title}</p>
        </ConfirmDialog>
      )}
    </FormDialog>
  );
}

function DocumentForm({
  doc,
  onClose,
  onChanged,
}: {
  doc: SteeringDoc | null;
  onClose(): void;
  onChanged(): Promise<void>;
}) {
  const styles = useStyles();
  const { t } = useTexts();
  const api = useApi();
  const write = useWrite();
  const year = new Date().getFullYear();
  const [kind, setKind] = useState<SteeringDoc['kind']>(doc?.kind ?? 'strategicPlan');
  const [level, setLevel] = useState<SteeringDoc['level']>(doc?.level ?? 'local');
  const [title, setTitle] = useState(doc?.title ?? '');
  const [adoptedBy, setAdoptedBy] = useState(doc?.adoptedBy ?? '');
  const [fromYear, setFromYear] = useState(String(doc?.fromYear ?? year));
  const [toYear, setToYear] = useState(doc?.toYear ? String(doc.toYear) : '');
  const [vision, setVision] = useState(doc?.vision ?? '');
  const [goals, setGoals] = useState<GoalForm[]>(
    (doc?.goals ?? []).map((g) => ({ ...g, focusText: g.focusAreas.map((f) => f.title).join('\n') })),
  );
  const [areas, setAreas] = useState<AreaForm[]>(
    (doc?.areas ?? []).map((a) => ({ ...a, principleText: a.principles.map((p) => p.text).join('\n') })),
  );
  const setGoal = (i: number, patch: Partial<GoalForm>) =>
    setGoals((gs) => gs.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const setArea = (i: number, patch: Partial<AreaForm>) =>
    setAreas((as) => as.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const num = (s: string) => (/^\d{4}$/.test(s.trim()) ? Number(s.trim()) : s);

  const body = () => ({
    kind,
    level,
    title,
    adoptedBy,
    fromYear: num(fromYear),
    toYear: toYear.trim() === '' ? null : num(toYear),
    vision,
    goals: goals.map((g) => ({
      ...(g.id ? { id: g.id } : {}),
      title: g.title,
      description: g.description,
      expectedResult: g.expectedResult,
      focusAreas: byPosition(g.focusAreas, lines(g.focusText), (title) => ({ title })),
    })),
    areas: areas.map((a) => ({
      ...(a.id ? { id: a.id } : {}),
      title: a.title,
      principles: byPosition(a.principles, lines(a.principleText), (text) => ({ text })),
    })),
  });
  const save = () =>
    void write.run(
      () =>
        doc
          ? api.patch(`/api/steering-documents/${encodeURIComponent(doc.id)}`, body(), doc.etag)
          : api.post('/api/steering-documents', body()),
      { refresh: onChanged, close: onClose },
    );

  return (
    <FormDialog
      open
      title={doc ? t('st.editDocument', { title: doc.title }) : t('st.newDocument')}
      submitLabel={t('st.save')}
      busy={write.busy}
      error={write.error}
      onClose={onClose}
      onSubmit={save}
      testId="steering-document-form"
    >
      <Field label={t('st.docKind')}>
        <Select value={kind} onChange={(_, d) => setKind(d.value as SteeringDoc['kind'])}>
          <option value="policy">{t('st.docKind.policy')}</option>
          <option value="strategicPlan">{t('st.docKind.strategicPlan')}</option>
        </Select>
      </Field>
      <Field label={t('st.level')}>
        <Select value={level} onChange={(_, d) => setLevel(d.value as SteeringDoc['level'])}>
          {(['local', 'regional', 'national'] as const).map((l) => (
            <option key={l} value={l}>
              {t(`st.level.${l}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('st.docTitle')} required validationMessage={write.error?.fields['title']}>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} data-testid="doc-title" />
      </Field>
      <Field label={t('st.adoptedBy')}>
        <Input value={adoptedBy} onChange={(_, d) => setAdoptedBy(d.value)} />
      </Field>
      <Field label={t('st.fromYear')} validationMessage={write.error?.fields['fromYear']}>
        <Input value={fromYear} onChange={(_, d) => setFromYear(d.value)} inputMode="numeric" />
      </Field>
      <Field label={t('st.toYear')} validationMessage={write.error?.fields['toYear']}>
        <Input value={toYear} onChange={(_, d) => setToYear(d.value)} inputMode="numeric" />
      </Field>
      <Field label={t('st.vision')}>
        <Textarea value={vision} onChange={(_, d) => setVision(d.value)} resize="vertical" />
      </Field>
      {kind === 'strategicPlan' && (
        <>
          {goals.map((g, i) => (
            <fieldset key={g.id ?? `new-${i}`} className={styles.group}>
              <legend>{t('st.goal', { n: i + 1 })}</legend>
              <Field label={t('st.goalTitle')} required>
                <Input
                  value={g.title}
                  onChange={(_, d) => setGoal(i, { title: d.value })}
                  data-testid={`goal-title-${i}`}
                />
              </Field>
              <Field label={t('st.expectedResult')}>
                <Textarea
                  value={g.expectedResult}
                  onChange={(_, d) => setGoal(i, { expectedResult: d.value })}
                />
              </Field>
              <Field label={t('st.focusAreas')}>
                <Textarea
                  value={g.focusText}
                  onChange={(_, d) => setGoal(i, { focusText: d.value })}
                  data-testid={`goal-focus-${i}`}
                  resize="vertical"
                />
              </Field>
              {!g.id && (
                <Button size="small" onClick={() => setGoals((gs) => gs.filter((_, j) => j !== i))}>
                  {t('st.removeGoal', { n: i + 1 })}
                </Button>
              )}
            </fieldset>
          ))}
          <Button
            onClick={() =>
              setGoals((gs) => [
                ...gs,
                { title: '', expectedResult: '', description: '', focusAreas: [], focusText: '' },
              ])
            }
            data-testid="add-goal"
          >
            {t('st.addGoal')}
          </Button>
        </>
      )}
      {kind === 'policy' && (
        <>
          {areas.map((a, i) => (
            <fieldset key={a.id ?? `new-${i}`} className={styles.group}>
              <legend>{t('st.area', { n: i + 1 })}</legend>
              <Field label={t('st.areaTitle')} required>
                <Input value={a.title} onChange={(_, d) => setArea(i, { title: d.value })} />
              </Field>
              <Field label={t('st.principles')}>
                <Textarea
                  value={a.principleText}
                  onChange={(_, d) => setArea(i, { principleText: d.value })}
                  resize="vertical"
                />
              </Field>
            </fieldset>
          ))}
          <Button onClick={() => setAreas((as) => [...as, { title: '', principles: [], principleText: '' }])}>
            {t('st.addArea')}
          </Button>
        </>
      )}
    </FormDialog>
  );
}
