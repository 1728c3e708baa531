// Import of a finance export: a dry run first (accepted and rejected rows with the reasons), then the import.
import { Button, Field, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../../../api/hooks';
import { useTexts } from '../../../i18n';
import type { ImportResult } from './types';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  list: { paddingLeft: tokens.spacingHorizontalL },
});

export function ImportPanel({ planId, onImported }: { planId: string; onImported: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const { t, money } = useTexts();
  const [text, setText] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (dryRun: boolean) => {
    if (text === null) return;
    setError(null);
    setDone(null);
    try {
      const r = dryRun
        ? await api.request<ImportResult>('POST', `/api/plans/${planId}/outcome/imports?dryRun=true`, {
            csv: text,
          })
        : await api.request<ImportResult>('POST', `/api/plans/${planId}/outcome/imports?dryRun=false`, {
            csv: text,
          });
      setResult(r);
      if (!dryRun) {
        setDone(t('fu.imported', { count: r.accepted.length }));
        onImported();
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div>
      <p>{t('fu.importHint')}</p>
      <div className={styles.row}>
        <Field label={t('fu.file')}>
          <input
            type="file"
            accept=".csv,text/csv"
            data-testid="import-file"
            aria-label={t('fu.file')}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              setResult(null);
              setText(file ? await file.text() : null);
            }}
          />
        </Field>
        <Button disabled={text === null} onClick={() => void run(true)}>
          {t('fu.dryRun')}
        </Button>
        <Button
          appearance="primary"
          disabled={text === null || !result?.dryRun}
          onClick={() => void run(false)}
        >
          {t('fu.doImport')}
        </Button>
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <div role="status" data-testid="import-result">
          <p>
            {t('fu.acceptedRows', {
              count: result.accepted.length,
              amount: money(result.totals.accepted),
              periods: result.periods.join(', ') || '–',
            })}
          </p>
          {result.replaces > 0 && <p>{t('fu.replaces', { count: result.replaces })}</p>}
          {result.rejected.length > 0 && (
            <>
              <h4>{t('fu.rejectedRows', { count: result.rejected.length })}</h4>
              <ul className={styles.list}>
                {result.rejected.map((r) => (
                  <li key={r.row}>
                    {t('fu.row')} {r.row}: {r.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
