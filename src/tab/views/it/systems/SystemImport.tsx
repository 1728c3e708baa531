// Import of the municipality's sheet: a dry run first shows each row's outcome and why a row is rejected,
// then the same sheet is imported. Export gives the template (the same columns).
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, base64Of, readSheetFile, SHEET_ACCEPT } from '../../../api/client';
import { useApi } from '../../../api/hooks';
import { useTexts } from '../../../i18n';
import type { ImportReport } from './types';

const OUTCOME_COLOR = { create: 'success', update: 'informative', reject: 'danger' } as const;

export function SystemImport({ onImported }: { onImported(): void }) {
  const { t } = useTexts();
  const api = useApi();
  const [sheet, setSheet] = useState<{ csv: string } | { xlsx: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(dryRun: boolean) {
    setBusy(true);
    setError('');
    try {
      const answer = await api.post<ImportReport>('/api/systems/import', { ...sheet, dryRun });
      setReport(answer);
      if (!dryRun) onImported();
    } catch (e) {
      setReport(null);
      setError(e instanceof ApiError ? [e.message, ...e.fields.map((f) => f.message)].join(' ') : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <p>{t('sys.importIntro')}</p>
      <Field label={{ children: t('sys.importFile'), htmlFor: 'system-import-file' }}>
        <input
          id="system-import-file"
          type="file"
          accept={SHEET_ACCEPT}
          data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            setReport(null);
            // An Excel workbook travels inside the JSON as base64 (ADR 0028).
            if (file)
              void readSheetFile(file).then((read) =>
                setSheet('xlsx' in read ? { xlsx: base64Of(read.xlsx) } : read),
              );
          }}
        />
      </Field>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: tokens.spacingHorizontalS,
          margin: `${tokens.spacingVerticalS} 0`,
        }}
      >
        <Button onClick={() => void run(true)} disabled={!sheet || busy} data-testid="import-dry-run">
          {t('sys.dryRun')}
        </Button>
        <Button
          appearance="primary"
          onClick={() => void run(false)}
          disabled={!sheet || busy || !report?.dryRun}
          data-testid="import-run"
        >
          {t('sys.importNow')}
        </Button>
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <>
          <p role="status">
            {t(report.dryRun ? 'sys.importDry' : 'sys.importDone', {
              created: report.created,
              updated: report.updated,
              rejected: report.rejected,
            })}
          </p>
          <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('sys.import')}>
            <Table size="small" data-testid="import-report">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('sys.row')}</TableHeaderCell>
                  <TableHeaderCell>{t('sys.name')}</TableHeaderCell>
                  <TableHeaderCell>{t('sys.object')}</TableHeaderCell>
                  <TableHeaderCell>{t('sys.outcome')}</TableHeaderCell>
                  <TableHeaderCell>{t('sys.reasons')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.rows.map((r) => (
                  <TableRow key={r.line} data-testid={`import-row-${r.outcome}`}>
                    <TableCell>{r.line}</TableCell>
                    <TableCell>{r.name}</TableCell>
                    <TableCell>{r.objectCode}</TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={OUTCOME_COLOR[r.outcome]}>
                        {t(`sys.outcome.${r.outcome}`)}
                      </Badge>
                    </TableCell>
                    <TableCell>
                      {r.reasons.length > 0 && (
                        <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
                          {r.reasons.map((reason) => (
                            <li key={reason}>{reason}</li>
                          ))}
                        </ul>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </div>
  );
}
