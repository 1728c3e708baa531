// The month's status report of a project (green, amber or red with a comment), given by its manager or
// the orderer function; a second report for the same month replaces the first.
import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../../../api/hooks';
import { useTexts } from '../../../i18n';
import { ChoiceField, TextField, useItStyles } from '../fields';
import type { ProjectRow } from './types';

export function ReportForm(props: {
  project: ProjectRow;
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
}) {
  const styles = useItStyles();
  const { t } = useTexts();
  const api = useApi();
  const p = props.project;
  const [report, setReport] = useState({
    month: new Date().toISOString().slice(0, 7),
    status: 'green',
    comment: '',
  });
  return (
    <div className={styles.bar}>
      <TextField
        label={t('prj.month')}
        value={report.month}
        onChange={(month) => setReport({ ...report, month })}
      />
      <ChoiceField
        label={t('prj.status')}
        value={report.status}
        onChange={(status) => setReport({ ...report, status })}
        options={(['green', 'amber', 'red'] as const).map((c) => ({ value: c, label: t(`prj.st.${c}`) }))}
      />
      <Field label={t('ord.comment')}>
        <Textarea value={report.comment} onChange={(_, d) => setReport({ ...report, comment: d.value })} />
      </Field>
      <Button
        disabled={props.busy}
        onClick={() => void props.run(() => api.post(`/api/projects/${p.id}/reports`, report))}
      >
        {t('prj.send', { name: p.name })}
      </Button>
    </div>
  );
}
