// Hours and amounts per budget line, side and month, for what no finance system knows.
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useApi, useResource } from '../../../api/hooks';
import { parseNumber, useTexts } from '../../../i18n';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
});

export function ManualEntry({
  planId,
  year,
  onAdded,
}: {
  planId: string;
  year: number;
  onAdded: () => void;
}) {
  const styles = useStyles();
  const api = useApi();
  const { t } = useTexts();
  const lines = useResource<{ id: string; name: string }[]>(`/api/plans/${planId}/budget-lines`);
  const [lineId, setLineId] = useState('');
  const [side, setSide] = useState<'business' | 'it'>('business');
  const [month, setMonth] = useState(`${year}-01`);
  const [hours, setHours] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    setError(null);
    try {
      await api.post(`/api/plans/${planId}/outcome/entries`, {
        budgetLineId: lineId || lines.data?.[0]?.id,
        side,
        period: month,
        hours: parseNumber(hours) ?? 0,
        amount: parseNumber(amount) ?? 0,
      });
      setHours('');
      setAmount('');
      onAdded();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div>
      <p>{t('fu.manualHint')}</p>
      <div className={styles.row}>
        <Field label={t('fu.line')}>
          <Select value={lineId} onChange={(_, d) => setLineId(d.value)}>
            {(lines.data ?? []).map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('fu.side')}>
          <Select value={side} onChange={(_, d) => setSide(d.value as 'business' | 'it')}>
            <option value="business">{t('fu.side.business')}</option>
            <option value="it">{t('fu.side.it')}</option>
          </Select>
        </Field>
        <Field label={t('fu.month')}>
          <Select value={month} onChange={(_, d) => setMonth(d.value)}>
            {Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).map((m) => (
              <option key={m}>{m}</option>
            ))}
          </Select>
        </Field>
        <Field label={t('fu.hours')}>
          <Input inputMode="decimal" value={hours} onChange={(_, d) => setHours(d.value)} />
        </Field>
        <Field label={t('fu.amount')}>
          <Input inputMode="decimal" value={amount} onChange={(_, d) => setAmount(d.value)} />
        </Field>
        <Button appearance="primary" onClick={() => void add()}>
          {t('fu.add')}
        </Button>
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
