// The IT project portfolio (issue 17 point 6): one timeline across objects for PSG — each project's bar
// from start to end, its phase, the latest monthly status (colour and word), budget against outcome and the
// systems it depends on (a system being retired is said in words). The orderer function adds projects and
// sets phases; the project manager (or the orderer function) gives the month's status report.
import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { canEditPortfolio, canReportProject } from '../../../../domain/authorization/policy';
import { useApi, useResource } from '../../../api/hooks';
import { ErrorBar, Loading } from '../../../components/Feedback';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { useAction } from '../useAction';

const PHASES = ['idea', 'preStudy', 'execution', 'closing', 'done'] as const;
type Colour = 'green' | 'amber' | 'red';

interface ProjectRow {
  id: string;
  etag: string;
  name: string;
  objectId: string;
  phase: (typeof PHASES)[number];
  start: string;
  end: string;
  budget: number;
  outcome: number;
  managerPersonId: string | null;
  managerName: string | null;
  objects: { id: string; code: string }[];
  systems: { id: string; name: string; lifecycle: string | null }[];
  latest: { month: string; status: Colour; comment: string } | null;
}

const useStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingVerticalM, padding: 0, listStyleType: 'none' },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    overflowWrap: 'anywhere',
  },
  track: {
    position: 'relative',
    height: '0.75rem',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    marginBlock: tokens.spacingVerticalS,
  },
  bar: { position: 'absolute', top: 0, bottom: 0, borderRadius: tokens.borderRadiusSmall },
  green: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  amber: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  red: { backgroundColor: tokens.colorPaletteRedBackground3 },
  none: { backgroundColor: tokens.colorNeutralStroke1 },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    // Fields never widen the page at 320 px: a select is as wide as its longest option otherwise.
    '& .fui-Field, & .fui-Select, & .fui-Input, & select, & input': { maxWidth: '100%', minWidth: 0 },
  },
  axis: { display: 'flex', justifyContent: 'space-between', fontSize: tokens.fontSizeBase200 },
  h2: { fontSize: tokens.fontSizeBase500, marginTop: 0 },
  h3: { fontSize: tokens.fontSizeBase400, margin: 0 },
});

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export default function ProjectPortfolio() {
  const styles = useStyles();
  const { t, money, date } = useTexts();
  const api = useApi();
  const { actor, ready } = useSession();
  const projects = useResource<ProjectRow[]>('/api/projects');
  const objects = useResource<{ id: string; code: string; name: string }[]>('/api/objects');
  const action = useAction(projects.reload);
  const [form, setForm] = useState({ name: '', objectId: '', start: '', end: '', budget: '' });
  useEffect(() => {
    if (projects.data) ready();
  }, [projects.data, ready]);
  if (projects.error) return <ErrorBar error={projects.error} onRetry={() => void projects.reload()} />;
  if (!projects.data) return <Loading />;
  const keeper = actor !== null && canEditPortfolio(actor).allowed;
  const list = projects.data;
  const from = Math.min(...list.map((p) => day(p.start)));
  const to = Math.max(...list.map((p) => day(p.end)));
  const span = Math.max(1, to - from);
  const objectFor = form.objectId || objects.data?.[0]?.id || '';

  return (
    <section aria-labelledby="prj-title">
      <h2 id="prj-title" className={styles.h2}>
        {t('prj.title')}
      </h2>
      <p>{t('prj.timeline')}</p>
      {list.length > 0 && (
        <div className={styles.axis} aria-hidden="true">
          <span>{date(new Date(from).toISOString())}</span>
          <span>{date(new Date(to).toISOString())}</span>
        </div>
      )}
      {action.error && <ErrorBar error={action.error} />}
      <ul className={styles.list} data-testid="project-list">
        {list.map((p) => {
          const colour = p.latest?.status ?? 'none';
          return (
            <li key={p.id} className={styles.card} data-testid="project">
              <h3 className={styles.h3}>
                {p.name} ({p.objects.map((o) => o.code).join(', ')})
              </h3>
              <div className={styles.track}>
                <div
                  className={`${styles.bar} ${styles[colour]}`}
                  style={{
                    left: `${((day(p.start) - from) / span) * 100}%`,
                    width: `${Math.max(1, ((day(p.end) - day(p.start)) / span) * 100)}%`,
                  }}
                />
              </div>
              <p>
                {t('prj.period')}: {date(p.start)} – {date(p.end)} · {t('prj.phase')}:{' '}
                {t(`prj.ph.${p.phase}`)} · {t('prj.status')}:{' '}
                <strong data-testid="project-status">
                  {p.latest ? `${t(`prj.st.${p.latest.status}`)} (${p.latest.month})` : t('prj.st.none')}
                </strong>
                {p.latest?.comment ? ` – ${p.latest.comment}` : ''}
              </p>
              <p>
                {t('prj.budget')}: {money(p.budget)} · {t('prj.outcome')}: {money(p.outcome)}
                {p.managerName ? ` · ${t('prj.manager')}: ${p.managerName}` : ''}
              </p>
              {p.systems.length > 0 && (
                <p>
                  {t('prj.systems')}:{' '}
                  {p.systems
                    .map((s) =>
                      s.lifecycle === 'retiring' || s.lifecycle === 'retired'
                        ? t('prj.retiring', { name: s.name })
                        : s.name,
                    )
                    .join(', ')}
                </p>
              )}
              <ProjectActions project={p} keeper={keeper} run={action.run} busy={action.busy} />
            </li>
          );
        })}
      </ul>
      {keeper && (
        <form
          className={styles.row}
          aria-label={t('prj.add')}
          onSubmit={(e) => {
            e.preventDefault();
            void action
              .run(() =>
                api.post('/api/projects', {
                  name: form.name,
                  objectId: objectFor,
                  start: form.start,
                  end: form.end,
                  budget: Number(form.budget.replace(/\s/g, '')) || 0,
                }),
              )
              .then((ok) => ok && setForm({ name: '', objectId: '', start: '', end: '', budget: '' }));
          }}
        >
          <Field label={t('prj.name')} required>
            <Input value={form.name} onChange={(_, d) => setForm({ ...form, name: d.value })} />
          </Field>
          <Field label={t('prj.objects')}>
            <Select value={objectFor} onChange={(_, d) => setForm({ ...form, objectId: d.value })}>
              {(objects.data ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({o.code})
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('prj.start')} required>
            <Input type="date" value={form.start} onChange={(_, d) => setForm({ ...form, start: d.value })} />
          </Field>
          <Field label={t('prj.end')} required>
            <Input type="date" value={form.end} onChange={(_, d) => setForm({ ...form, end: d.value })} />
          </Field>
          <Field label={t('prj.budget')}>
            <Input
              inputMode="numeric"
              value={form.budget}
              onChange={(_, d) => setForm({ ...form, budget: d.value })}
            />
          </Field>
          <Button type="submit" appearance="primary" disabled={action.busy || !form.name.trim()}>
            {t('prj.add')}
          </Button>
        </form>
      )}
    </section>
  );
}

function ProjectActions({
  project: p,
  keeper,
  run,
  busy,
}: {
  project: ProjectRow;
  keeper: boolean;
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
}) {
  const styles = useStyles();
  const { t } = useTexts();
  const api = useApi();
  const { actor } = useSession();
  const [report, setReport] = useState({
    month: new Date().toISOString().slice(0, 7),
    status: 'green',
    comment: '',
  });
  const reporter = actor !== null && canReportProject(actor, p).allowed;
  if (!keeper && !reporter) return null;
  return (
    <div className={styles.row}>
      {reporter && (
        <>
          <Field label={t('prj.month')}>
            <Input value={report.month} onChange={(_, d) => setReport({ ...report, month: d.value })} />
          </Field>
          <Field label={t('prj.status')}>
            <Select value={report.status} onChange={(_, d) => setReport({ ...report, status: d.value })}>
              {(['green', 'amber', 'red'] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`prj.st.${c}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('ord.comment')}>
            <Textarea
              value={report.comment}
              onChange={(_, d) => setReport({ ...report, comment: d.value })}
            />
          </Field>
          <Button
            disabled={busy}
            onClick={() => void run(() => api.post(`/api/projects/${p.id}/reports`, report))}
          >
            {t('prj.send', { name: p.name })}
          </Button>
        </>
      )}
      {keeper && (
        <>
          <Field label={t('prj.setPhase', { name: p.name })}>
            <Select
              value={p.phase}
              onChange={(_, d) =>
                void run(() => api.patch(`/api/projects/${p.id}`, { phase: d.value }, p.etag))
              }
            >
              {PHASES.map((ph) => (
                <option key={ph} value={ph}>
                  {t(`prj.ph.${ph}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Button disabled={busy} onClick={() => void run(() => api.delete(`/api/projects/${p.id}`, p.etag))}>
            {t('prj.remove', { name: p.name })}
          </Button>
        </>
      )}
    </div>
  );
}
