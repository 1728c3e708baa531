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

interface Entry {
  id: string;
  etag: string;
  source: 'import' | 'manual';
  period: string;
  side: 'business' | 'it';
  budgetLineId: string | null;
  hours: number;
  amount: number;
}

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
  const { t, number } = useTexts();
  const lines = useResource<{ id: string; name: string }[]>(`/api/plans/${planId}/budget-lines`);
  const entries = useResource<Entry[]>(`/api/plans/${planId}/outcome/entries`);
  const manual = (entries.data ?? []).filter((e) => e.source === 'manual');
  const lineName = (id: string | null) => lines.data?.find((l) => l.id === id)?.name ?? '–';
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
      await entries.reload();
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
      {manual.length > 0 && (
        <ul data-testid="manual-entries">
          {manual.map((e) => (
            <li key={e.id}>
              {e.period} · {lineName(e.budgetLineId)} · {t(`fu.side.${e.side}`)} · {number(e.hours, 2)}{' '}
              {t('fu.hours').toLowerCase()} · {number(e.amount, 2)} kr{' '}
              <Button
                size="small"
                aria-label={t('fu.removeEntry', { period: e.period })}
                onClick={async () => {
                  setError(null);
                  try {
                    await api.delete(`/api/outcome-entries/${e.id}`, e.etag);
                    await entries.reload();
                    onAdded();
                  } catch (err) {
                    setError(err instanceof Error ? err.message : String(err));
                  }
                }}
              >
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
