// Objektplan: the year's plan with its status and year-wheel deadlines, approval, goals and budget.
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
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import {
  awaitingMyAnswer,
  canDeletePlan,
  canEditPlan,
  canManageApprovedPlan,
  canWithdrawPlan,
} from '../../../domain/authorization/policy';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { capitalise, term } from '../../../i18n/messages';
import { useApi, useResource } from '../../api/hooks';
import type { LineRow, ObjectDetail, PlanDetail, PlanSummary } from '../../api/types';
import { ErrorBar, Loading } from '../../components/Feedback';
import { FitTable } from '../../components/FitTable';
import { Section } from '../../components/Section';
import { useTexts } from '../../i18n';
import { useSession } from '../../session';
import { BudgetEditor } from './BudgetEditor';
import { PLAN_STATUS_COLOR, rememberInUrl } from '../../components/shared';

// Writing the plan, starting one and comparing with last year are lazy chunks of their own (plan/).
const CreatePlan = lazy(() => import(/* webpackChunkName: "plan-create" */ './plan/CreatePlan'));
const PlanWorkspace = lazy(() => import(/* webpackChunkName: "plan-workspace" */ './plan/PlanWorkspace'));
const PlanComparison = lazy(() => import(/* webpackChunkName: "plan-compare" */ './plan/PlanComparison'));

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  text: { whiteSpace: 'pre-line' },
});

export function PlanView({ object }: { object: ObjectDetail }) {
  const styles = useStyles();
  const { t } = useTexts();
  const session = useSession();
  const plans = useResource<PlanSummary[]>(`/api/objects/${object.id}/plans`);
  const [year, setYear] = useState<number | null>(
    () => Number(new URLSearchParams(window.location.search).get('year')) || null,
  );

  if (plans.error) return <ErrorBar error={plans.error} onRetry={plans.reload} />;
  if (!plans.data) return <Loading />;
  const choose = (y: number) => {
    setYear(y);
    rememberInUrl('year', String(y));
  };
  const create = (
    <Suspense fallback={null}>
      <CreatePlan
        object={object}
        plans={plans.data}
        onCreated={(y) => void plans.reload().then(() => choose(y))}
      />
    </Suspense>
  );
  if (plans.data.length === 0) {
    session.ready();
    return (
      <div className={styles.bar}>
        <MessageBar>
          <MessageBarBody>{t('noPlans')}</MessageBarBody>
        </MessageBar>
        {create}
      </div>
    );
  }
  const chosen =
    plans.data.find((p) => p.year === year) ?? plans.data.find((p) => p.editable) ?? plans.data[0]!;

  return (
    <div>
      <div className={styles.bar}>
        <Field label={t('planYear')}>
          <Select
            value={String(chosen.year)}
            onChange={(_, d) => choose(Number(d.value))}
            data-testid="plan-year"
          >
            {plans.data.map((p) => (
              <option key={p.id} value={p.year}>
                {`${p.year} – ${t(`status.${p.status}`)}`}
              </option>
            ))}
          </Select>
        </Field>
        {create}
      </div>
      <PlanDetails key={chosen.id} object={object} planId={chosen.id} onStatusChanged={plans.reload} />
    </div>
  );
}

function PlanDetails({
  object,
  planId,
  onStatusChanged,
}: {
  object: ObjectDetail;
  planId: string;
  onStatusChanged(): void;
}) {
  const styles = useStyles();
  const { t, date, lang } = useTexts();
  const api = useApi();
  const session = useSession();
  const plan = useResource<PlanDetail>(`/api/plans/${planId}`);
  const lines = useResource<LineRow[]>(`/api/plans/${planId}/budget-lines`);
  const [actionError, setActionError] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [ending, setEnding] = useState<'delete' | 'close' | null>(null);
  const [comment, setComment] = useState('');
  const loaded = Boolean(plan.data && lines.data);
  useEffect(() => {
    if (loaded) session.ready();
  }, [loaded, session]);

  if (plan.error) return <ErrorBar error={plan.error} onRetry={plan.reload} />;
  if (lines.error) return <ErrorBar error={lines.error} onRetry={lines.reload} />;
  if (!plan.data || !lines.data) return <Loading />;
  const p = plan.data;
  const actor = session.actor;
  const mayEdit = actor !== null && canEditPlan(actor, object.id).allowed;
  const mayReopen = actor !== null && canManageApprovedPlan(actor, object.id).allowed;
  // The same rule as the server's: those who may submit the plan may take it back to change it.
  const mayWithdraw = actor !== null && canWithdrawPlan(actor, object.id).allowed;
  // The same question the server asks before it records an answer (policy: the approver rows still waiting).
  const myPendingRoles = awaitingMyAnswer(actor, p.approval);
  const mayDelete = actor !== null && canDeletePlan(actor, object.id).allowed;
  const nameOf = (personId: string) =>
    object.roleAssignments.find((r) => r.personId === personId)?.personName ?? personId;

  const act = async (path: string, body?: unknown) => {
    setActionError(null);
    try {
      await api.post(`/api/plans/${planId}/${path}`, body);
      await Promise.all([plan.reload(), lines.reload()]);
      onStatusChanged();
    } catch (error) {
      setActionError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div>
      <Section
        title={`${t('plan')} ${p.year}`}
        id="plan"
        actions={
          <div className={styles.actions}>
            <Badge size="large" color={PLAN_STATUS_COLOR[p.status]} data-testid="plan-status">
              {t(`status.${p.status}`)}
            </Badge>
            <Button as="a" href={`/api/plans/${planId}/document.docx`} download data-testid="export-docx">
              {t('exportDocx')}
            </Button>
            {p.status === 'draft' && mayEdit && (
              <Button appearance="primary" onClick={() => void act('submit')}>
                {t('submit')}
              </Button>
            )}
            {p.status === 'preliminary' && mayWithdraw && (
              <Button onClick={() => setWithdrawing(true)} data-testid="withdraw-plan">
                {t('withdraw')}
              </Button>
            )}
            {p.approvedVersion && (p.status === 'draft' || p.status === 'preliminary') && (
              <Button
                as="a"
                href={`/api/plans/${planId}/document.docx?version=approved`}
                download
                data-testid="export-approved-docx"
              >
                {t('approvedDocx')}
              </Button>
            )}
            {p.status === 'preliminary' && myPendingRoles.length > 0 && (
              <>
                <Button appearance="primary" onClick={() => void act('approve', {})}>
                  {t('approve')}
                </Button>
                <Button onClick={() => setRejecting(true)}>{t('reject')}</Button>
              </>
            )}
            {p.status === 'approved' && mayReopen && (
              <Button onClick={() => void act('reopen')}>{t('reopen')}</Button>
            )}
            {p.status === 'approved' && mayReopen && (
              <Button onClick={() => setEnding('close')} data-testid="close-plan">
                {t('pl.close')}
              </Button>
            )}
            {p.status === 'draft' && mayDelete && (
              <Button onClick={() => setEnding('delete')} data-testid="delete-plan">
                {t('pl.delete')}
              </Button>
            )}
          </div>
        }
      >
        {actionError && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{actionError}</MessageBarBody>
          </MessageBar>
        )}
        {p.status === 'preliminary' && <p>{t('frozenPlan')}</p>}
        {!p.editable && p.status !== 'preliminary' && (
          <p>{t('readOnlyPlan', { status: t(`status.${p.status}`).toLowerCase() })}</p>
        )}
        {p.editable && !mayEdit && <p>{t('noAccess')}</p>}
        <h3>{t('deadlines')}</h3>
        <FitTable
          label={t('deadlines')}
          rows={p.deadlines}
          rowKey={(d) => d.deliverable}
          columns={[
            { key: 'what', header: t('description'), cell: (d) => t(`deliverable.${d.deliverable}`) },
            { key: 'due', header: t('due'), cell: (d) => date(d.due) },
            {
              key: 'status',
              header: t('status'),
              cell: (d) => (
                <Badge appearance="tint" color={d.met ? 'success' : d.late ? 'danger' : 'informative'}>
                  {d.met ? t('met') : d.late ? t('late') : t('upcoming')}
                </Badge>
              ),
            },
          ]}
        />
        <h3>{t('approvals')}</h3>
        <FitTable
          label={t('approvals')}
          rows={p.approval.approvers}
          rowKey={(a) => a.role}
          columns={[
            { key: 'role', header: t('role'), cell: (a) => capitalise(term(lang, a.role)) },
            { key: 'approver', header: t('approver'), cell: (a) => a.personIds.map(nameOf).join(', ') },
            {
              key: 'status',
              header: t('status'),
              cell: (a) =>
                `${t(`outcome.${a.outcome ?? 'pending'}`)}${
                  a.version !== null && a.outcome ? ` (${t('approvedVersion', { version: a.version })})` : ''
                }${a.at && a.outcome ? `, ${date(a.at)}` : ''}${a.comment ? ` – ${a.comment}` : ''}`,
            },
          ]}
        />
      </Section>

      <Suspense fallback={<Loading />}>
        <PlanWorkspace
          plan={p}
          lines={lines.data}
          mayEdit={p.editable && mayEdit}
          onSaved={() => void plan.reload()}
        />
      </Suspense>

      <BudgetEditor
        plan={p}
        lines={lines.data}
        editable={p.editable && mayEdit}
        onChanged={() => void lines.reload()}
        onStructureChanged={() => void Promise.all([plan.reload(), lines.reload()])}
      />

      <Suspense fallback={<Loading />}>
        <PlanComparison plan={p} lines={lines.data} />
      </Suspense>

      <ConfirmDialog
        open={ending !== null}
        title={t(ending === 'delete' ? 'pl.deleteTitle' : 'pl.closeTitle', { year: p.year })}
        confirmLabel={t(ending === 'delete' ? 'pl.delete' : 'pl.close')}
        onCancel={() => setEnding(null)}
        onConfirm={() => {
          const what = ending;
          setEnding(null);
          if (what === 'close') {
            void act('close');
            return;
          }
          setActionError(null);
          // A deleted plan is gone: only the list of plans is read again (it picks another year).
          api
            .delete(`/api/plans/${planId}`, p.etag)
            .then(onStatusChanged, (error: unknown) =>
              setActionError(error instanceof Error ? error.message : String(error)),
            );
        }}
      >
        <p>{t(ending === 'delete' ? 'pl.deleteBody' : 'pl.closeBody', { year: p.year })}</p>
      </ConfirmDialog>

      <Dialog open={withdrawing} onOpenChange={(_, d) => setWithdrawing(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('withdrawTitle')}</DialogTitle>
            <DialogContent>{t('withdrawBody')}</DialogContent>
            <DialogActions>
              <Button onClick={() => setWithdrawing(false)}>{t('cancel')}</Button>
              <Button
                appearance="primary"
                data-testid="withdraw-confirm"
                onClick={() => {
                  setWithdrawing(false);
                  void act('withdraw');
                }}
              >
                {t('withdraw')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>

      <Dialog open={rejecting} onOpenChange={(_, d) => setRejecting(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('reject')}</DialogTitle>
            <DialogContent>
              <Field label={t('rejectComment')} required>
                <Textarea value={comment} onChange={(_, d) => setComment(d.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setRejecting(false)}>{t('cancel')}</Button>
              <Button
                appearance="primary"
                disabled={!comment.trim()}
                onClick={() => {
                  setRejecting(false);
                  void act('reject', { comment });
                }}
              >
                {t('reject')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
