// The objektberättelse: drafted from the year, completed by the leaders, approved by the owners, its
// "inför kommande år" points carried into next year's plan; the Word document for the annual report.
import {
  Badge,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { GOAL_STATUSES, type GoalStatus } from '../../../../domain/followup/types';
import { useApi, useResource } from '../../../api/hooks';
import { useTexts } from '../../../i18n';
import { capitalise, term } from '../../../../i18n/messages';
import type { Role } from '../../../../domain/model';
import type { GoalEntry, ReportData } from './types';

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    marginTop: tokens.spacingVerticalS,
  },
  goal: { display: 'grid', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
});

export function ReportPanel({
  planId,
  personId,
  mayWrite,
}: {
  planId: string;
  personId: string | null;
  mayWrite: boolean;
}) {
  const styles = useStyles();
  const api = useApi();
  const { t, lang } = useTexts();
  const data = useResource<ReportData>(`/api/plans/${planId}/report`);
  const r = data.data?.report ?? null;
  const [summary, setSummary] = useState('');
  const [lessons, setLessons] = useState('');
  const [nextYear, setNextYear] = useState('');
  const [goals, setGoals] = useState<GoalEntry[]>([]);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setSummary(r?.summary ?? '');
    setLessons(r?.lessons ?? '');
    setNextYear((r?.nextYear ?? []).join('\n'));
    setGoals(r?.goals ?? []);
  }, [r]);

  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await data.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  if (!data.data) return null;
  const d = data.data;
  const editable = mayWrite && r?.status === 'draft';
  const myTurn =
    r?.status === 'preliminary' &&
    !!personId &&
    (d.approval?.approvers ?? []).some((a) => a.personIds.includes(personId) && a.outcome === null);

  return (
    <div>
      <p>
        {t('fu.facts', {
          held: d.meetings.held,
          required: d.meetings.required,
          decisions: d.decisions.length,
          delivered: d.initiatives.delivered.length,
          stopped: d.initiatives.stopped.length,
          contracts: d.contractsEnded.length,
        })}
      </p>
      {!r ? (
        <>
          <p>{t('fu.reportNone')}</p>
          {mayWrite && (
            <Button
              appearance="primary"
              onClick={() => void act(() => api.post(`/api/plans/${planId}/report`))}
            >
              {t('fu.reportCreate')}
            </Button>
          )}
        </>
      ) : (
        <>
          <Badge appearance="tint">{t(`fu.rStatus.${r.status}`)}</Badge>
          {d.approval && (
            <p>
              {t('fu.approvals', {
                list: d.approval.approvers
                  .map(
                    (a) =>
                      `${capitalise(term(lang, a.role as Role))}: ${a.outcome ? t(`fu.rStatus.${a.outcome}`) : '–'}`,
                  )
                  .join(', '),
              })}
            </p>
          )}
          <Field label={t('fu.summary')}>
            <Textarea value={summary} disabled={!editable} onChange={(_, v) => setSummary(v.value)} />
          </Field>
          {goals.map((g, i) => (
            <div key={g.goalId} className={styles.goal}>
              <Field label={`${g.text} – ${t('fu.status')}`}>
                <Select
                  value={g.status}
                  disabled={!editable}
                  onChange={(_, v) =>
                    setGoals((gs) =>
                      gs.map((x, j) => (j === i ? { ...x, status: v.value as GoalStatus } : x)),
                    )
                  }
                >
                  {GOAL_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`fu.status.${s}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          ))}
          <Field label={t('fu.lessons')}>
            <Textarea value={lessons} disabled={!editable} onChange={(_, v) => setLessons(v.value)} />
          </Field>
          <Field label={t('fu.nextYear')}>
            <Textarea value={nextYear} disabled={!editable} onChange={(_, v) => setNextYear(v.value)} />
          </Field>
          <div className={styles.actions}>
            {editable && (
              <Button
                onClick={() =>
                  void act(() =>
                    api.patch(
                      `/api/plans/${planId}/report`,
                      {
                        summary,
                        lessons,
                        nextYear: nextYear
                          .split('\n')
                          .map((s) => s.trim())
                          .filter(Boolean),
                        goals: goals.map(({ goalId, status, comment: c }) => ({
                          goalId,
                          status,
                          comment: c,
                        })),
                      },
                      r.etag,
                    ),
                  )
                }
              >
                {t('fu.save')}
              </Button>
            )}
            {editable && (
              <Button
                appearance="primary"
                onClick={() => void act(() => api.post(`/api/plans/${planId}/report/submit`))}
              >
                {t('fu.submit')}
              </Button>
            )}
            {mayWrite && r.status === 'approved' && !r.carriedToPlanId && r.nextYear.length > 0 && (
              <Button onClick={() => void act(() => api.post(`/api/plans/${planId}/report/carry`))}>
                {t('fu.carry')}
              </Button>
            )}
            <Link href={`/api/plans/${planId}/report.docx`}>{t('fu.docx')}</Link>
          </div>
          {r.carriedToPlanId && <p>{t('fu.carried')}</p>}
          {myTurn && (
            <div className={styles.actions}>
              <Field label={t('fu.rejectComment')}>
                <Textarea value={comment} onChange={(_, v) => setComment(v.value)} />
              </Field>
              <Button
                appearance="primary"
                onClick={() => void act(() => api.post(`/api/plans/${planId}/report/approve`, { comment }))}
              >
                {t('fu.approve')}
              </Button>
              <Button
                onClick={() => void act(() => api.post(`/api/plans/${planId}/report/reject`, { comment }))}
              >
                {t('fu.reject')}
              </Button>
            </div>
          )}
        </>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
