// The IT project portfolio (issue 17 point 6): one timeline across objects for PSG — each project's bar
// from start to end, its phase, the latest monthly status (colour and word), budget against outcome (the
// linked object plan's follow-up where there is one, issue 16) and the systems it depends on (a system
// being retired is said in words). The orderer function adds and changes projects (./ProjectForm); the
// project manager (or the orderer function) gives the month's status report (./ReportForm).
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { canEditPortfolio, canReportProject } from '../../../../domain/authorization/policy';
import { useApi, useResource } from '../../../api/hooks';
import { ErrorBar, Loading } from '../../../components/Feedback';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { useItStyles } from '../fields';
import { useAction } from '../useAction';
import { ProjectForm } from './ProjectForm';
import { ReportForm } from './ReportForm';
import type { PortfolioLookups, ProjectRow } from './types';

const useStyles = makeStyles({
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
  axis: { display: 'flex', justifyContent: 'space-between', fontSize: tokens.fontSizeBase200 },
});

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export default function ProjectPortfolio() {
  const styles = { ...useItStyles(), ...useStyles() };
  const { t, date } = useTexts();
  const { actor, ready } = useSession();
  const projects = useResource<ProjectRow[]>('/api/projects');
  const objects = useResource<PortfolioLookups['objects']>('/api/objects');
  const people = useResource<PortfolioLookups['people']>('/api/people');
  const systems = useResource<PortfolioLookups['systems']>('/api/systems');
  const action = useAction(projects.reload);
  const [editing, setEditing] = useState<string | null>(null);
  useEffect(() => {
    if (projects.data) ready();
  }, [projects.data, ready]);
  if (projects.error) return <ErrorBar error={projects.error} onRetry={() => void projects.reload()} />;
  if (!projects.data) return <Loading />;
  const keeper = actor !== null && canEditPortfolio(actor).allowed;
  const lookups = { objects: objects.data ?? [], people: people.data ?? [], systems: systems.data ?? [] };
  const list = projects.data;
  const from = Math.min(...list.map((p) => day(p.start)));
  const to = Math.max(...list.map((p) => day(p.end)));
  const span = Math.max(1, to - from);

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
        {list.map((p) => (
          <li key={p.id} className={styles.card} data-testid="project">
            <h3 className={styles.h3}>
              {p.name} ({p.objects.map((o) => o.code).join(', ')})
            </h3>
            <div className={styles.track}>
              <div
                className={`${styles.bar} ${styles[p.latest?.status ?? 'none']}`}
                style={{
                  left: `${((day(p.start) - from) / span) * 100}%`,
                  width: `${Math.max(1, ((day(p.end) - day(p.start)) / span) * 100)}%`,
                }}
              />
            </div>
            <ProjectFacts project={p} />
            {editing === p.id ? (
              <ProjectForm
                project={p}
                lookups={lookups}
                run={action.run}
                busy={action.busy}
                onDone={() => setEditing(null)}
              />
            ) : (
              <ProjectActions
                project={p}
                keeper={keeper}
                run={action.run}
                busy={action.busy}
                edit={() => setEditing(p.id)}
              />
            )}
          </li>
        ))}
      </ul>
      {keeper && (
        <>
          <h3 className={styles.h3}>{t('prj.add')}</h3>
          <ProjectForm
            project={null}
            lookups={lookups}
            run={action.run}
            busy={action.busy}
            onDone={() => {}}
          />
        </>
      )}
    </section>
  );
}

/** What a reader needs about one project, in words. */
function ProjectFacts({ project: p }: { project: ProjectRow }) {
  const { t, money, date } = useTexts();
  const o = p.linkedOutcome;
  return (
    <>
      <p>
        {t('prj.period')}: {date(p.start)} – {date(p.end)} · {t('prj.phase')}: {t(`prj.ph.${p.phase}`)} ·{' '}
        {t('prj.status')}:{' '}
        <strong data-testid="project-status">
          {p.latest ? `${t(`prj.st.${p.latest.status}`)} (${p.latest.month})` : t('prj.st.none')}
        </strong>
        {p.latest?.comment ? ` – ${p.latest.comment}` : ''}
      </p>
      {p.phases.length > 0 && (
        <p>
          {t('prj.phases')}:{' '}
          {p.phases.map((s) => `${t(`prj.ph.${s.phase}`)} ${date(s.start)} – ${date(s.end)}`).join(' · ')}
        </p>
      )}
      <p data-testid="project-outcome">
        {t('prj.budget')}: {money(p.budget)} · {t('prj.outcome')}: {money(p.actualOutcome)} (
        {o
          ? t('prj.fromPlan', { year: o.year, through: o.through ?? '–', planned: money(o.planned) })
          : t('prj.byHand')}
        ) · {t('prj.remainder')}: {money(p.remainder)}
        {p.managerName ? ` · ${t('prj.manager')}: ${p.managerName}` : ''}
        {p.origin ? ` · ${t('prj.origin')}: ${t(`prj.origin.${p.origin.kind}`)}` : ''}
      </p>
      {o && o.lines.length > 0 && (
        <p>
          {t('prj.lines')}:{' '}
          {o.lines.map((l) => `${l.name} ${money(l.actual)} / ${money(l.planned)}`).join(' · ')}
        </p>
      )}
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
    </>
  );
}

function ProjectActions(props: {
  project: ProjectRow;
  keeper: boolean;
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
  edit: () => void;
}) {
  const styles = useItStyles();
  const { t } = useTexts();
  const api = useApi();
  const { actor } = useSession();
  const p = props.project;
  const reporter = actor !== null && canReportProject(actor, p).allowed;
  if (!props.keeper && !reporter) return null;
  return (
    <>
      {reporter && <ReportForm project={p} run={props.run} busy={props.busy} />}
      {props.keeper && (
        <div className={styles.bar}>
          <Button onClick={props.edit}>{t('prj.edit', { name: p.name })}</Button>
          <Button
            disabled={props.busy}
            onClick={() => void props.run(() => api.delete(`/api/projects/${p.id}`, p.etag))}
          >
            {t('prj.remove', { name: p.name })}
          </Button>
        </div>
      )}
    </>
  );
}
