// Strategisk objektplan in the object tab: the object's strategic plans (≥ 3 years; preliminary in
// October, final early in the year) with goals and direction per year, steering documents, planned
// lifecycle changes and investment needs; written by the leaders and owners, approved by both owners,
// exported to Word. The tab asks the same policy as the server what to offer. A lazy chunk.
import '../../strategy/words';
import { Badge, Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { canEditStrategicPlan, canManageApprovedPlan } from '../../../../domain/authorization/policy';
import { capitalise, term, translate } from '../../../../i18n/messages';
import { useApi, useResource } from '../../../api/hooks';
import type { ObjectDetail } from '../../../api/types';
import { ErrorBar, Loading } from '../../../components/Feedback';
import { Section } from '../../../components/Section';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { useWrite } from '../structure/forms';
import { ConfirmDialog, FormDialog, WriteErrorBar } from '../structure/ui';
import type { GoalChain, StrategicPlanRec } from '../../strategy/types';
import { CreateStrategicPlan, EditStrategicPlan } from './StrategicPlanForms';

const useStyles = makeStyles({
  plan: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalM,
    overflowWrap: 'anywhere',
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  h4: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

const STATUS_COLOR = { draft: 'informative', submitted: 'warning', approved: 'success' } as const;

export default function StrategicPlans({ object }: { object: ObjectDetail }) {
  const styles = useStyles();
  const { t, money, lang } = useTexts();
  const api = useApi();
  const { ready, actor } = useSession();
  useEffect(ready, [ready]);
  const q = encodeURIComponent(object.id);
  const plans = useResource<StrategicPlanRec[]>(`/api/objects/${q}/strategic-plans`);
  const chain = useResource<GoalChain>('/api/goal-chain');
  const write = useWrite(plans.reload);
  const [dialog, setDialog] = useState<
    | { kind: 'new' }
    | { kind: 'edit'; plan: StrategicPlanRec }
    | { kind: 'delete'; plan: StrategicPlanRec }
    | { kind: 'reject'; plan: StrategicPlanRec }
    | null
  >(null);
  const [comment, setComment] = useState('');
  const editing = actor !== null ? canEditStrategicPlan(actor, object.id) : null;
  const mayEdit = editing?.allowed === true;
  // Why a reader cannot write it: the policy's words, the same as the server's refusal.
  const readOnlyWhy = editing && !editing.allowed ? translate(lang, `forbidden.${editing.reason}`) : '';
  // Those who approve are the owners: the same question as managing an approved plan.
  const owner = actor !== null && canManageApprovedPlan(actor, object.id).allowed;
  const mayReopen = actor !== null && canManageApprovedPlan(actor, object.id).allowed;

  const goalTitle = (documentId: string, goalId: string, focusAreaId: string | null) => {
    const goal = chain.data?.documents.find((d) => d.id === documentId)?.goals.find((g) => g.id === goalId);
    const fa = goal?.focusAreas.find((f) => f.id === focusAreaId);
    return goal ? (fa ? `${goal.title} – ${fa.title}` : goal.title) : goalId;
  };
  const title = (p: StrategicPlanRec) =>
    `${t('st.plansTitle')} ${t('st.period', { from: p.fromYear, to: p.toYear })}`;

  const act = (p: StrategicPlanRec, action: 'submit' | 'withdraw' | 'reopen' | 'approve') =>
    void write.run(
      () => {
        const id = encodeURIComponent(p.id);
        if (action === 'submit') return api.post(`/api/strategic-plans/${id}/submit`);
        if (action === 'withdraw') return api.post(`/api/strategic-plans/${id}/withdraw`);
        if (action === 'reopen') return api.post(`/api/strategic-plans/${id}/reopen`);
        return api.post(`/api/strategic-plans/${id}/approve`, {});
      },
      { refresh: plans.reload },
    );

  const answerable = (p: StrategicPlanRec) =>
    owner &&
    p.status === 'submitted' &&
    p.approval.approvers.some((a) => actor && a.personIds.includes(actor.personId) && a.outcome === null);

  return (
    <Section
      title={t('st.plansTitle')}
      id="strategic-plans"
      actions={
        mayEdit && (
          <Button
            appearance="primary"
            onClick={() => setDialog({ kind: 'new' })}
            data-testid="new-strategic-plan"
          >
            {t('st.newPlan')}
          </Button>
        )
      }
    >
      <p>{t('st.plansIntro')}</p>
      {!mayEdit && (
        <p className={styles.muted} data-testid="strategic-plan-read-only">
          {t('st.readOnly')} {readOnlyWhy}
        </p>
      )}
      <WriteErrorBar error={dialog ? null : write.error} />
      {plans.error && <ErrorBar error={plans.error} onRetry={plans.reload} />}
      {!plans.data ? (
        !plans.error && <Loading />
      ) : plans.data.length === 0 ? (
        <p>{t('st.noPlans')}</p>
      ) : (
        plans.data.map((p) => (
          <article
            key={p.id}
            className={styles.plan}
            data-testid={`strategic-plan-${p.fromYear}-${p.version}`}
          >
            <div className={styles.head}>
              <h3 className={styles.h3}>{t('st.period', { from: p.fromYear, to: p.toYear })}</h3>
              <Badge appearance="tint">{t(`st.version.${p.version}`)}</Badge>
              <Badge appearance="filled" color={STATUS_COLOR[p.status]} data-testid="strategic-status">
                {t(`st.status.${p.status}`)}
              </Badge>
            </div>
            {p.assumptions && <p>{p.assumptions}</p>}
            <h4 className={styles.h4}>{t('st.years')}</h4>
            {p.years.map((y) => (
              <div key={y.year}>
                <p>
                  <strong>{y.year}</strong> {y.direction}
                </p>
                <ul className={styles.list}>
                  {y.goals.map((g) => (
                    <li key={g.id}>
                      {g.text}
                      {g.refs.length > 0 && (
                        <span className={styles.muted}>
                          {' '}
                          (
                          {t('st.goalRef', {
                            goal: g.refs
                              .map((r) => goalTitle(r.documentId, r.goalId, r.focusAreaId))
                              .join('; '),
                          })}
                          )
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            <h4 className={styles.h4}>{t('st.steeringRefs')}</h4>
            <ul className={styles.list}>
              {p.steeringRefs.map((r, i) => (
                <li key={i}>
                  {t(`st.level.${r.level}`)}: {r.title}
                </li>
              ))}
            </ul>
            <h4 className={styles.h4}>{t('st.lifecycle')}</h4>
            <ul className={styles.list}>
              {p.lifecycleChanges.map((c) => (
                <li key={c.id}>
                  {c.year}: {t(`st.change.${c.change}`)} {c.component}
                  {c.replaces ? ` (${c.replaces})` : ''}
                </li>
              ))}
            </ul>
            <h4 className={styles.h4}>{t('st.investments')}</h4>
            <ul className={styles.list}>
              {p.investments.map((inv, i) => (
                <li key={i}>
                  {inv.year}: {inv.description} – {money(inv.amount)}
                </li>
              ))}
            </ul>
            <p>
              {t('st.perYear')}: {p.investmentsPerYear.map((y) => `${y.year} ${money(y.amount)}`).join(' · ')}
            </p>
            <h4 className={styles.h4}>{t('st.approvers')}</h4>
            <ul className={styles.list}>
              {p.approval.approvers.map((a) => (
                <li key={a.role}>
                  {capitalise(term(lang, a.role))}:{' '}
                  {a.outcome === 'approved'
                    ? t('st.approvedBy')
                    : a.outcome === 'rejected'
                      ? `${t('st.rejectedBy')}${a.comment ? ` – ${a.comment}` : ''}`
                      : t('st.waiting')}
                </li>
              ))}
            </ul>
            <div className={styles.buttons}>
              <Button
                as="a"
                href={`/api/strategic-plans/${encodeURIComponent(p.id)}.docx`}
                aria-label={t('st.wordLabel', { title: title(p) })}
              >
                {t('st.word')}
              </Button>
              {mayEdit && p.status === 'draft' && (
                <>
                  <Button
                    onClick={() => setDialog({ kind: 'edit', plan: p })}
                    data-testid="edit-strategic-plan"
                  >
                    {t('st.edit')}
                  </Button>
                  <Button
                    appearance="primary"
                    onClick={() => act(p, 'submit')}
                    data-testid="submit-strategic-plan"
                  >
                    {t('st.submit')}
                  </Button>
                  <Button onClick={() => setDialog({ kind: 'delete', plan: p })}>{t('st.delete')}</Button>
                </>
              )}
              {mayEdit && p.status === 'submitted' && (
                <Button onClick={() => act(p, 'withdraw')}>{t('st.withdraw')}</Button>
              )}
              {answerable(p) && (
                <>
                  <Button
                    appearance="primary"
                    onClick={() => act(p, 'approve')}
                    data-testid="approve-strategic-plan"
                  >
                    {t('st.approve')}
                  </Button>
                  <Button onClick={() => setDialog({ kind: 'reject', plan: p })}>{t('st.reject')}</Button>
                </>
              )}
              {mayReopen && p.status === 'approved' && (
                <Button onClick={() => act(p, 'reopen')}>{t('st.reopen')}</Button>
              )}
            </div>
          </article>
        ))
      )}
      {dialog?.kind === 'new' && (
        <CreateStrategicPlan
          objectId={object.id}
          plans={plans.data ?? []}
          onClose={() => setDialog(null)}
          onChanged={plans.reload}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditStrategicPlan
          plan={dialog.plan}
          chain={chain.data ?? null}
          onClose={() => setDialog(null)}
          onChanged={plans.reload}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          open
          title={t('st.deletePlan', { title: title(dialog.plan) })}
          confirmLabel={t('st.delete')}
          busy={write.busy}
          error={write.error}
          onCancel={() => setDialog(null)}
          onConfirm={() =>
            void write
              .run(() =>
                api.delete(`/api/strategic-plans/${encodeURIComponent(dialog.plan.id)}`, dialog.plan.etag),
              )
              .then(async (ok) => {
                if (ok) {
                  setDialog(null);
                  await plans.reload();
                }
              })
          }
        >
          <p>{title(dialog.plan)}</p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'reject' && (
        <FormDialog
          open
          title={`${t('st.reject')}: ${title(dialog.plan)}`}
          submitLabel={t('st.reject')}
          busy={write.busy}
          error={write.error}
          onClose={() => setDialog(null)}
          onSubmit={() =>
            void write
              .run(() =>
                api.post(`/api/strategic-plans/${encodeURIComponent(dialog.plan.id)}/reject`, { comment }),
              )
              .then(async (ok) => {
                if (ok) {
                  setDialog(null);
                  await plans.reload();
                }
              })
          }
        >
          <Field label={t('st.comment')}>
            <Textarea value={comment} onChange={(_, d) => setComment(d.value)} />
          </Field>
        </FormDialog>
      )}
    </Section>
  );
}
