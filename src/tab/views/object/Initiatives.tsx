// Initiativ: needs and initiatives ranked by priority score, with their escalation level.
import {
  Badge,
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
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { canEscalate, canProposeInitiative } from '../../../domain/authorization/policy';
import { isEscalationOpen } from '../../../domain/initiatives/prioritisation';
import { useApi, useResource } from '../../api/hooks';
import type { ObjectDetail, RankedInitiative } from '../../api/types';
import { ErrorBar, Loading } from '../../components/Feedback';
import { FitTable } from '../../components/FitTable';
import { Section } from '../../components/Section';
import { useTexts } from '../../i18n';
import { useSession } from '../../session';

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
  // The row's buttons wrap inside their cell rather than widening the table.
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

// Deciding at one's rung, the escalation history and the links to a plan: a lazy chunk of their own.
const InitiativeActions = lazy(
  () => import(/* webpackChunkName: "initiative-actions" */ './initiatives/InitiativeActions'),
);

const LEVEL_COLOR = { leaders: 'informative', owners: 'warning', psg: 'danger' } as const;

export function Initiatives({ object }: { object: ObjectDetail }) {
  const styles = useStyles();
  const { t } = useTexts();
  const api = useApi();
  const session = useSession();
  const list = useResource<RankedInitiative[]>(`/api/objects/${object.id}/initiatives`);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState({
    title: '',
    description: '',
    benefit: '3',
    goalContribution: '3',
    effort: '3',
  });
  const [escalating, setEscalating] = useState<RankedInitiative | null>(null);
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (list.data) session.ready();
  }, [list.data, session]);

  if (list.error) return <ErrorBar error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  const actor = session.actor;
  const mayPropose = actor !== null && canProposeInitiative(actor, object.id).allowed;

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await list.reload();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  };

  const scale = (name: 'benefit' | 'goalContribution' | 'effort') => (
    <Field label={t(name)}>
      <Select value={form[name]} onChange={(_, d) => setForm({ ...form, [name]: d.value })}>
        {[1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <div>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Section title={t('initiatives')} id="initiatives">
        {list.data.length === 0 ? (
          <p>{t('noInitiatives')}</p>
        ) : (
          <FitTable
            labelledBy="initiatives-heading"
            rows={list.data}
            rowKey={(i) => i.id}
            columns={[
              { key: 'rank', header: '#', numeric: true, cell: (i) => i.rank },
              {
                key: 'title',
                header: t('title'),
                rowHeader: true,
                cell: (i) => (
                  <>
                    <strong>{i.title}</strong>
                    {i.description && <div>{i.description}</div>}
                  </>
                ),
              },
              { key: 'kind', header: t('kind'), cell: (i) => t(`kind.${i.kind}`) },
              { key: 'benefit', header: t('benefit'), numeric: true, cell: (i) => i.benefit },
              { key: 'goal', header: t('goalContribution'), numeric: true, cell: (i) => i.goalContribution },
              { key: 'effort', header: t('effort'), numeric: true, cell: (i) => i.effort },
              { key: 'score', header: t('score'), numeric: true, cell: (i) => i.score },
              { key: 'status', header: t('status'), cell: (i) => t(`initiative.${i.status}`) },
              {
                key: 'level',
                header: t('level'),
                cell: (i) => (
                  <Badge appearance="tint" color={LEVEL_COLOR[i.escalationLevel]}>
                    {t(`level.${i.escalationLevel}`)}
                  </Badge>
                ),
              },
              {
                key: 'actions',
                header: t('actions'),
                cell: (i) => (
                  <div className={styles.actions}>
                    {actor && isEscalationOpen(i) && canEscalate(actor, i).allowed && (
                      <Button
                        size="small"
                        onClick={() => setEscalating(i)}
                        aria-label={`${t('escalate')}: ${i.title}`}
                      >
                        {t('escalate')}
                      </Button>
                    )}
                    <Suspense fallback={null}>
                      <InitiativeActions object={object} initiative={i} onChanged={list.reload} />
                    </Suspense>
                  </div>
                ),
              },
            ]}
          />
        )}
      </Section>

      {mayPropose && (
        <Section title={t('newNeed')} id="new-need">
          <form
            className={styles.form}
            onSubmit={(e) => {
              e.preventDefault();
              void run(() =>
                api.post(`/api/objects/${object.id}/initiatives`, {
                  kind: 'need',
                  title: form.title,
                  description: form.description,
                  benefit: Number(form.benefit),
                  goalContribution: Number(form.goalContribution),
                  effort: Number(form.effort),
                }),
              ).then((ok) => ok && setForm({ ...form, title: '', description: '' }));
            }}
          >
            <Field label={t('title')} required>
              <Input value={form.title} onChange={(_, d) => setForm({ ...form, title: d.value })} />
            </Field>
            <Field label={t('description')}>
              <Input
                value={form.description}
                onChange={(_, d) => setForm({ ...form, description: d.value })}
              />
            </Field>
            {scale('benefit')}
            {scale('goalContribution')}
            {scale('effort')}
            <Button type="submit" appearance="primary" disabled={!form.title.trim()}>
              {t('addNeed')}
            </Button>
          </form>
        </Section>
      )}

      <Dialog open={escalating !== null} onOpenChange={(_, d) => !d.open && setEscalating(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{escalating ? `${t('escalate')}: ${escalating.title}` : ''}</DialogTitle>
            <DialogContent>
              <Field label={t('escalateReason')} required>
                <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setEscalating(null)}>{t('cancel')}</Button>
              <Button
                appearance="primary"
                disabled={!reason.trim()}
                onClick={() => {
                  const target = escalating!;
                  setEscalating(null);
                  void run(() => api.post(`/api/initiatives/${target.id}/escalate`, { reason })).then(() =>
                    setReason(''),
                  );
                }}
              >
                {t('escalate')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
