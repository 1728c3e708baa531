// The interim follow-up: a status and comment per goal and delmål, the budget and initiatives comments;
// leaders save and mark it ready, an owner records that the OSG noted it. August always; tertial 1 and 2
// too where the municipality follows up by tertial (the API says which periods, FOLLOW_UP_PERIODS).
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { GOAL_STATUSES, type FollowUpPeriod, type GoalStatus } from '../../../../domain/followup/types';
import { useApi, useResource } from '../../../api/hooks';
import { useTexts } from '../../../i18n';
import type { FollowUps, GoalEntry } from './types';

const useStyles = makeStyles({
  goal: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    marginBottom: tokens.spacingVerticalS,
  },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    marginTop: tokens.spacingVerticalS,
  },
});

export function InterimPanel({
  planId,
  mayWrite,
  mayNote,
}: {
  planId: string;
  mayWrite: boolean;
  mayNote: boolean;
}) {
  const styles = useStyles();
  const api = useApi();
  const { t } = useTexts();
  const data = useResource<FollowUps>(`/api/plans/${planId}/follow-ups`);
  const [period, setPeriod] = useState<FollowUpPeriod>('august');
  const current = data.data?.followUps.find((f) => f.period === period);
  const [goals, setGoals] = useState<GoalEntry[]>([]);
  const [budgetComment, setBudgetComment] = useState('');
  const [initiativesComment, setInitiativesComment] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!data.data) return;
    setGoals(
      data.data.targets.map((tg) => {
        const g = current?.goals.find((x) => x.goalId === tg.goalId);
        return {
          goalId: tg.goalId,
          text: tg.text,
          status: g?.status ?? 'onTrack',
          comment: g?.comment ?? '',
        };
      }),
    );
    setBudgetComment(current?.budgetComment ?? '');
    setInitiativesComment(current?.initiativesComment ?? '');
  }, [data.data, current]);

  const editable = mayWrite && current?.status !== 'noted';
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await data.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const save = () =>
    act(() =>
      api.request('PUT', `/api/plans/${planId}/follow-ups/${period}`, {
        body: {
          goals: goals.map(({ goalId, status, comment }) => ({ goalId, status, comment })),
          budgetComment,
          initiativesComment,
        },
        ...(current ? { ifMatch: current.etag } : {}),
      }),
    );
  const summary = Object.entries(data.data?.initiatives ?? {})
    .map(([s, n]) => `${t(`initiative.${s}`)} ${n}`)
    .join(', ');

  return (
    <div>
      <p>{t('fu.interimHint')}</p>
      {(data.data?.periods.length ?? 0) > 1 && (
        <Field label={t('fu.period')}>
          <Select
            value={period}
            data-testid="followup-period"
            onChange={(_, d) => setPeriod(d.value as FollowUpPeriod)}
          >
            {data.data!.periods.map((p) => {
              const written = data.data!.followUps.find((f) => f.period === p);
              return (
                <option key={p} value={p}>
                  {written
                    ? `${t(`fu.period.${p}`)} – ${t(`fu.fuStatus.${written.status}`)}`
                    : t(`fu.period.${p}`)}
                </option>
              );
            })}
          </Select>
        </Field>
      )}
      {current && <Badge appearance="tint">{t(`fu.fuStatus.${current.status}`)}</Badge>}
      {goals.map((g, i) => (
        <div key={g.goalId} className={styles.goal}>
          <strong id={`goal-${i}`}>{g.text}</strong>
          <Field label={t('fu.status')}>
            <Select
              value={g.status}
              disabled={!editable}
              aria-describedby={`goal-${i}`}
              onChange={(_, d) =>
                setGoals((gs) => gs.map((x, j) => (j === i ? { ...x, status: d.value as GoalStatus } : x)))
              }
            >
              {GOAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`fu.status.${s}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('fu.comment')}>
            <Textarea
              value={g.comment}
              disabled={!editable}
              aria-describedby={`goal-${i}`}
              onChange={(_, d) =>
                setGoals((gs) => gs.map((x, j) => (j === i ? { ...x, comment: d.value } : x)))
              }
            />
          </Field>
        </div>
      ))}
      <Field label={t('fu.budgetComment')}>
        <Textarea value={budgetComment} disabled={!editable} onChange={(_, d) => setBudgetComment(d.value)} />
      </Field>
      <p>{t('fu.initiativesNow', { summary: summary || '–' })}</p>
      <Field label={t('fu.initiativesComment')}>
        <Textarea
          value={initiativesComment}
          disabled={!editable}
          onChange={(_, d) => setInitiativesComment(d.value)}
        />
      </Field>
      <div className={styles.actions}>
        {editable && <Button onClick={() => void save()}>{t('fu.save')}</Button>}
        {editable && current && current.status === 'draft' && (
          <Button
            appearance="primary"
            onClick={() => void act(() => api.post(`/api/follow-ups/${current.id}/ready`))}
          >
            {t('fu.markReady')}
          </Button>
        )}
        {mayNote && current?.status === 'ready' && (
          <Button
            appearance="primary"
            onClick={() => void act(() => api.post(`/api/follow-ups/${current.id}/note`))}
          >
            {t('fu.noteIt')}
          </Button>
        )}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
