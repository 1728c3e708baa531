// Import of a finance export: a dry run first (accepted and rejected rows with the reasons), then the import.
import { Button, Field, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { readSheetFile, SHEET_ACCEPT } from '../../../api/client';
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
  const [file, setFile] = useState<{ csv: string } | { xlsx: ArrayBuffer } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (dryRun: boolean) => {
    if (file === null) return;
    setError(null);
    setDone(null);
    try {
      // The file itself is the body: a CSV's text or an Excel workbook's bytes (ADR 0028).
      const r = await api.request<ImportResult>(
        'POST',
        `/api/plans/${planId}/outcome/imports?dryRun=${dryRun}`,
        file,
      );
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
            accept={SHEET_ACCEPT}
            data-testid="import-file"
            aria-label={t('fu.file')}
            onChange={async (e) => {
              const chosen = e.target.files?.[0];
              setResult(null);
              setFile(chosen ? await readSheetFile(chosen) : null);
            }}
          />
        </Field>
        <Button disabled={file === null} onClick={() => void run(true)}>
          {t('fu.dryRun')}
        </Button>
        <Button
          appearance="primary"
          disabled={file === null || !result?.dryRun}
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
