// Starts a plan for a year: blank, or as a copy of an earlier year's (chapters, goals and budget lines;
// the server copies them in one transaction). Offered to the object's leaders and owners only.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
} from '@fluentui/react-components';
import { useState } from 'react';
import { canEditPlan } from '../../../../domain/authorization/policy';
import { useApi } from '../../../api/hooks';
import type { ObjectDetail, PlanSummary } from '../../../api/types';
import { parseNumber, useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { planCreate, ruleError } from './rules';

export default function CreatePlan({
  object,
  plans,
  onCreated,
}: {
  object: ObjectDetail;
  plans: PlanSummary[];
  onCreated(year: number): void;
}) {
  const { t, lang } = useTexts();
  const api = useApi();
  const session = useSession();
  const latest = plans.reduce<PlanSummary | null>((a, p) => (!a || p.year > a.year ? p : a), null);
  const suggested = latest ? latest.year + 1 : new Date().getFullYear() + 1;
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(String(suggested));
  const [start, setStart] = useState<'copy' | 'blank'>(latest ? 'copy' : 'blank');
  const [source, setSource] = useState(String(latest?.year ?? ''));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!session.actor || !canEditPlan(session.actor, object.id).allowed) return null;

  const yearValue = parseNumber(year);
  const taken = plans.some((p) => p.year === yearValue);
  const yearError =
    yearValue === null
      ? t('plan.yearInvalid')
      : (ruleError(planCreate.shape.year, yearValue, lang) ??
        (taken ? t('plan.yearTaken', { year: yearValue }) : null));
  const copyFromYear = start === 'copy' && source ? Number(source) : undefined;

  const create = async () => {
    if (yearError || yearValue === null) return;
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/objects/${object.id}/plans`, {
        year: yearValue,
        ...(copyFromYear ? { copyFromYear } : {}),
        // A blank plan keeps the latest plan's rate and hours per FTE; a copy takes the source's.
        ...(latest && !copyFromYear
          ? { hourlyRate: latest.hourlyRate, hoursPerFte: latest.hoursPerFte }
          : {}),
        ...(copyFromYear
          ? (() => {
              const from = plans.find((p) => p.year === copyFromYear)!;
              return { hourlyRate: from.hourlyRate, hoursPerFte: from.hoursPerFte };
            })()
          : {}),
      });
      setOpen(false);
      onCreated(yearValue);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button data-testid="create-plan">{t('plan.create')}</Button>
      </DialogTrigger>
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('plan.createTitle', { code: object.code })}</DialogTitle>
            <DialogContent>
              {error && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              )}
              <Field
                label={t('planYear')}
                required
                validationMessage={yearError ?? undefined}
                validationState={yearError ? 'error' : 'none'}
              >
                <Input
                  value={year}
                  inputMode="numeric"
                  data-testid="create-plan-year"
                  onChange={(_, d) => setYear(d.value)}
                />
              </Field>
              <Field label={t('plan.startFrom')}>
                <RadioGroup value={start} onChange={(_, d) => setStart(d.value as 'copy' | 'blank')}>
                  <Radio value="blank" label={t('plan.startBlank')} data-testid="create-plan-blank" />
                  <Radio
                    value="copy"
                    label={t('plan.startCopy')}
                    disabled={plans.length === 0}
                    data-testid="create-plan-copy"
                  />
                </RadioGroup>
              </Field>
              {start === 'copy' && plans.length > 0 && (
                <Field label={t('plan.copyFrom')}>
                  <Select
                    value={source}
                    onChange={(_, d) => setSource(d.value)}
                    data-testid="create-plan-source"
                  >
                    {plans.map((p) => (
                      <option key={p.id} value={p.year}>
                        {`${p.year} – ${t(`status.${p.status}`)}`}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button>{t('cancel')}</Button>
              </DialogTrigger>
              <Button
                type="submit"
                appearance="primary"
                disabled={busy || !!yearError}
                data-testid="create-plan-submit"
              >
                {t('plan.createButton')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
