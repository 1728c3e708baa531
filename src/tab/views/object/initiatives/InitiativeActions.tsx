// What can be done with one initiative beyond escalating it (a lazy chunk of the initiatives view):
// decide it at its current rung — for exactly those the domain policy lets decide there — and open its
// details: the escalation history and its links to a plan's goals and budget lines.
import {
  Button,
  Checkbox,
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
  Radio,
  RadioGroup,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { canDecidePriority, canEditInitiative } from '../../../../domain/authorization/policy';
import { isEscalationOpen } from '../../../../domain/initiatives/prioritisation';
import { planGoals } from '../../../../domain/plan/goals';
import type { Person } from '../../../../domain/model';
import { ApiError } from '../../../api/client';
import { useApi, useResource } from '../../../api/hooks';
import type {
  LineRow,
  ObjectDetail,
  PlanDetail,
  PlanSummary,
  RankedInitiative,
  Rec,
} from '../../../api/types';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { priorityDecision, ruleError } from '../plan/rules';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  group: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
    display: 'grid',
    minWidth: 0,
  },
  h3: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

const OUTCOMES = ['prioritised', 'rejected', 'stopped'] as const;

export default function InitiativeActions({
  object,
  initiative,
  onChanged,
}: {
  object: ObjectDetail;
  initiative: RankedInitiative;
  onChanged(): Promise<void> | void;
}) {
  const styles = useStyles();
  const { t } = useTexts();
  const session = useSession();
  const [deciding, setDeciding] = useState(false);
  const [details, setDetails] = useState(false);
  const actor = session.actor;
  const mayDecide =
    actor !== null && isEscalationOpen(initiative) && canDecidePriority(actor, initiative).allowed;
  return (
    <div className={styles.actions}>
      {mayDecide && (
        <Button
          size="small"
          appearance="primary"
          data-testid={`decide-${initiative.id}`}
          aria-label={`${t('initiatives.decide')}: ${initiative.title}`}
          onClick={() => setDeciding(true)}
        >
          {t('initiatives.decide')}
        </Button>
      )}
      <Button
        size="small"
        data-testid={`details-${initiative.id}`}
        aria-label={`${t('initiatives.details')}: ${initiative.title}`}
        onClick={() => setDetails(true)}
      >
        {t('initiatives.details')}
      </Button>
      {deciding && (
        <DecideDialog initiative={initiative} onClose={() => setDeciding(false)} onDecided={onChanged} />
      )}
      {details && (
        <DetailsDialog
          object={object}
          initiative={initiative}
          onClose={() => setDetails(false)}
          onChanged={onChanged}
        />
      )}
    </div>
  );
}

function DecideDialog({
  initiative,
  onClose,
  onDecided,
}: {
  initiative: RankedInitiative;
  onClose(): void;
  onDecided(): Promise<void> | void;
}) {
  const { t, lang } = useTexts();
  const api = useApi();
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>('prioritised');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const commentError = ruleError(priorityDecision.shape.comment, comment, lang);
  const decide = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/initiatives/${initiative.id}/decide`, { outcome, comment });
      onClose();
      await onDecided();
    } catch (e) {
      setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()} modalType="alert">
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void decide();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('initiatives.decideTitle', { title: initiative.title })}</DialogTitle>
            <DialogContent>
              <p>{t('initiatives.decideAt', { level: t(`level.${initiative.escalationLevel}`) })}</p>
              {error && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              )}
              <Field label={t('initiatives.outcome')} required>
                <RadioGroup value={outcome} onChange={(_, d) => setOutcome(d.value as typeof outcome)}>
                  {OUTCOMES.map((o) => (
                    <Radio
                      key={o}
                      value={o}
                      label={t(`initiatives.outcome.${o}`)}
                      data-testid={`outcome-${o}`}
                    />
                  ))}
                </RadioGroup>
              </Field>
              <Field
                label={t('initiatives.comment')}
                validationMessage={commentError ?? undefined}
                validationState={commentError ? 'error' : 'none'}
              >
                <Textarea
                  value={comment}
                  onChange={(_, d) => setComment(d.value)}
                  data-testid="decide-comment"
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>{t('cancel')}</Button>
              <Button
                type="submit"
                appearance="primary"
                disabled={busy || !!commentError}
                data-testid="decide-confirm"
              >
                {t('initiatives.decide')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

function DetailsDialog({
  object,
  initiative,
  onClose,
  onChanged,
}: {
  object: ObjectDetail;
  initiative: RankedInitiative;
  onClose(): void;
  onChanged(): Promise<void> | void;
}) {
  const styles = useStyles();
  const { t, date } = useTexts();
  const api = useApi();
  const session = useSession();
  const people = useResource<Rec<Person>[]>('/api/people');
  const plans = useResource<PlanSummary[]>(`/api/objects/${object.id}/plans`);
  const [planId, setPlanId] = useState<string>(initiative.planId ?? '');
  const [goalIds, setGoalIds] = useState<string[]>(initiative.goalIds ?? []);
  const [lineIds, setLineIds] = useState<string[]>(initiative.budgetLineIds ?? []);
  const plan = useResource<PlanDetail>(planId ? `/api/plans/${planId}` : null);
  const lines = useResource<LineRow[]>(planId ? `/api/plans/${planId}/budget-lines` : null);
  const [message, setMessage] = useState<{ intent: 'error' | 'success'; text: string } | null>(null);
  const mayEdit = session.actor !== null && canEditInitiative(session.actor, object.id).allowed;
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const remove = async () => {
    setMessage(null);
    try {
      await api.delete(`/api/initiatives/${initiative.id}`, initiative.etag);
      await onChanged();
      onClose();
    } catch (e) {
      setConfirmingDelete(false);
      setMessage({ intent: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  const nameOf = (id: string) => people.data?.find((p) => p.id === id)?.displayName ?? id;
  const goals = plan.data ? planGoals(plan.data.sections) : [];
  const toggle = (list: string[], id: string, on: boolean) =>
    on ? [...list, id] : list.filter((x) => x !== id);

  const saveLinks = async () => {
    setMessage(null);
    try {
      await api.patch(
        `/api/initiatives/${initiative.id}`,
        { planId: planId || null, goalIds: planId ? goalIds : [], budgetLineIds: planId ? lineIds : [] },
        initiative.etag,
      );
      setMessage({ intent: 'success', text: t('initiatives.linksSaved') });
      await onChanged();
    } catch (e) {
      setMessage({ intent: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('initiatives.detailsTitle', { title: initiative.title })}</DialogTitle>
          <DialogContent>
            <h3 className={styles.h3}>{t('initiatives.history')}</h3>
            {initiative.escalations.length === 0 ? (
              <p>{t('initiatives.noHistory')}</p>
            ) : !people.data ? (
              // Names, not ids: the history waits for the people it names.
              <p>{t('loading')}</p>
            ) : (
              <ol data-testid="escalation-history">
                {initiative.escalations.map((s, i) => (
                  <li key={i}>
                    {t('initiatives.step', {
                      date: date(s.at),
                      level: t(`level.${s.level}`),
                      person: nameOf(s.byPersonId),
                    })}
                    {s.reason ? ` – ${s.reason}` : ''}
                  </li>
                ))}
              </ol>
            )}
            <h3 className={styles.h3}>{t('initiatives.links')}</h3>
            {!mayEdit && <p>{t('initiatives.linksReadOnly')}</p>}
            {message && (
              <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
                <MessageBarBody>{message.text}</MessageBarBody>
              </MessageBar>
            )}
            <Field label={t('initiatives.linkPlan')}>
              <Select
                value={planId}
                disabled={!mayEdit}
                data-testid="link-plan"
                onChange={(_, d) => {
                  setPlanId(d.value);
                  setGoalIds([]);
                  setLineIds([]);
                }}
              >
                <option value="">{t('initiatives.noPlan')}</option>
                {(plans.data ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {`${p.year} – ${t(`status.${p.status}`)}`}
                  </option>
                ))}
              </Select>
            </Field>
            {planId && (
              <>
                <fieldset className={styles.group}>
                  <legend>{t('initiatives.linkGoals')}</legend>
                  {goals.length === 0 && <span>{t('initiatives.noGoalsInPlan')}</span>}
                  {goals.map((g) => (
                    <Checkbox
                      key={g.id}
                      label={g.text}
                      disabled={!mayEdit}
                      checked={goalIds.includes(g.id)}
                      data-testid={`link-goal-${g.id}`}
                      onChange={(_, d) => setGoalIds(toggle(goalIds, g.id, !!d.checked))}
                    />
                  ))}
                </fieldset>
                <fieldset className={styles.group}>
                  <legend>{t('initiatives.linkLines')}</legend>
                  {(lines.data ?? []).length === 0 && <span>{t('initiatives.noLinesInPlan')}</span>}
                  {(lines.data ?? []).map((l) => (
                    <Checkbox
                      key={l.id}
                      label={`${l.name} (${t(`activity.${l.mainActivity}`)})`}
                      disabled={!mayEdit}
                      checked={lineIds.includes(l.id)}
                      data-testid={`link-line-${l.id}`}
                      onChange={(_, d) => setLineIds(toggle(lineIds, l.id, !!d.checked))}
                    />
                  ))}
                </fieldset>
              </>
            )}
            {confirmingDelete && (
              // Destructive: asked in words, and done only on the explicit button.
              <MessageBar intent="warning" role="alert" data-testid="confirm-delete-initiative">
                <MessageBarBody>
                  <strong>{t('in.deleteTitle', { title: initiative.title })}</strong> {t('in.deleteBody')}{' '}
                  <Button size="small" onClick={() => setConfirmingDelete(false)}>
                    {t('cancel')}
                  </Button>{' '}
                  <Button
                    size="small"
                    appearance="primary"
                    onClick={() => void remove()}
                    data-testid="delete-initiative-confirm"
                  >
                    {t('in.delete')}
                  </Button>
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('close')}</Button>
            {mayEdit && !confirmingDelete && (
              <Button onClick={() => setConfirmingDelete(true)} data-testid="delete-initiative">
                {t('in.delete')}
              </Button>
            )}
            {mayEdit && (
              <Button appearance="primary" onClick={() => void saveLinks()} data-testid="save-links">
                {t('initiatives.saveLinks')}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
