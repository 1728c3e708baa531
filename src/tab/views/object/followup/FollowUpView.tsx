// The object's follow-up of the year (issue 16 §1–3), a lazy chunk of the object tab: plan against
// outcome with import and manual entry, the August follow-up, the objektberättelse. What a person may
// change is asked of the same policy the server uses; others read it, and are told why.
import { Field, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { canFollowUp, canNoteFollowUp } from '../../../../domain/authorization/policy';
import { useResource } from '../../../api/hooks';
import type { ObjectDetail, PlanSummary } from '../../../api/types';
import { ErrorBar, Loading } from '../../../components/Feedback';
import { Section } from '../../../components/Section';
import { translate } from '../../../../i18n/messages';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { ImportPanel } from './ImportPanel';
import { InterimPanel } from './InterimPanel';
import { ManualEntry } from './ManualEntry';
import { MappingPanel } from './MappingPanel';
import { OutcomeTable } from './OutcomeTable';
import { ReportPanel } from './ReportPanel';
import type { Outcome } from './types';

export default function FollowUpView({ object }: { object: ObjectDetail }) {
  const { t, lang } = useTexts();
  const session = useSession();
  const plans = useResource<PlanSummary[]>(`/api/objects/${object.id}/plans`);
  const [planId, setPlanId] = useState<string | null>(null);
  useEffect(() => {
    if (planId || !plans.data?.length) return;
    // The year in the address (a link from elsewhere), else the latest year that has begun.
    const asked = Number(new URLSearchParams(window.location.search).get('year'));
    const thisYear = new Date().getFullYear();
    const current =
      plans.data.find((p) => p.year === asked) ??
      plans.data.find((p) => p.year <= thisYear) ??
      plans.data[0]!;
    setPlanId(current.id);
  }, [plans.data, planId]);
  const plan = plans.data?.find((p) => p.id === planId);
  const outcome = useResource<Outcome>(planId ? `/api/plans/${planId}/outcome` : null);
  useEffect(() => {
    if (outcome.data) session.ready();
  }, [outcome.data, session]);

  if (plans.error) return <ErrorBar error={plans.error} onRetry={plans.reload} />;
  if (!plans.data) return <Loading />;
  if (!plans.data.length) return <p>{t('fu.noPlans')}</p>;
  if (!plan) return <Loading />;
  const actor = session.actor;
  const writing = actor !== null ? canFollowUp(actor, object.id) : null;
  const mayWrite = writing?.allowed === true;
  // Why a reader cannot write it: the policy's words, the same as the server's refusal.
  const readOnlyWhy = writing && !writing.allowed ? translate(lang, `forbidden.${writing.reason}`) : '';
  const mayNote = actor !== null && canNoteFollowUp(actor, object.id).allowed;

  return (
    <div>
      <Field label={t('fu.plan')}>
        <Select value={plan.id} data-testid="followup-year" onChange={(_, d) => setPlanId(d.value)}>
          {plans.data.map((p) => (
            <option key={p.id} value={p.id}>
              {p.year}
            </option>
          ))}
        </Select>
      </Field>
      {!mayWrite && (
        <MessageBar intent="info">
          <MessageBarBody data-testid="followup-read-only">
            {t('fu.readOnly')} {readOnlyWhy}
          </MessageBarBody>
        </MessageBar>
      )}
      <Section title={t('fu.outcome')} id="fu-outcome">
        {outcome.error && <ErrorBar error={outcome.error} onRetry={outcome.reload} />}
        {outcome.data && (
          <>
            <p>
              {outcome.data.through ? t('fu.through', { period: outcome.data.through }) : t('fu.noOutcome')}
            </p>
            <OutcomeTable outcome={outcome.data} />
          </>
        )}
      </Section>
      {mayWrite && (
        <Section title={t('fu.import')} id="fu-import">
          <ImportPanel planId={plan.id} onImported={() => void outcome.reload()} />
        </Section>
      )}
      {mayWrite && (
        <Section title={t('fu.manual')} id="fu-manual">
          <ManualEntry planId={plan.id} year={plan.year} onAdded={() => void outcome.reload()} />
        </Section>
      )}
      <Section title={t('fu.mapping')} id="fu-mapping">
        <MappingPanel objectId={object.id} editable={mayWrite} />
      </Section>
      <Section title={t('fu.interim')} id="fu-interim">
        <InterimPanel planId={plan.id} mayWrite={mayWrite} mayNote={mayNote} />
      </Section>
      <Section title={t('fu.report')} id="fu-report">
        <ReportPanel planId={plan.id} personId={actor?.personId ?? null} mayWrite={mayWrite} />
      </Section>
    </div>
  );
}
