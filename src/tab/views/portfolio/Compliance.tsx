// Meeting-frequency compliance per forum: held so far against what the year's pace requires, in a
// FitTable (cards at 320 px).
import { Badge } from '@fluentui/react-components';
import type { ForumCompliance } from '../../api/types';
import { useTexts } from '../../i18n';
import { FitTable } from '../../components/FitTable';

export function ComplianceList({
  compliance,
  codeOf,
}: {
  compliance: ForumCompliance[];
  codeOf: (objectId: string) => string;
}) {
  const { t } = useTexts();
  return (
    <FitTable
      labelledBy="compliance-heading"
      testId="compliance-table"
      rows={compliance}
      rowKey={(c) => c.forum.id}
      rowAttributes={(c) => ({
        'data-testid': `compliance-${c.forum.kind}${c.forum.objectId ? `-${codeOf(c.forum.objectId)}` : ''}`,
      })}
      columns={[
        {
          key: 'forum',
          header: t('forum'),
          rowHeader: true,
          cell: (c) => (
            <>
              {c.forum.name}
              <br />
              <small>{`${t('requiredYear')}: ${c.required} · ${t('scheduledLeft')}: ${c.scheduled}`}</small>
            </>
          ),
        },
        {
          key: 'held',
          header: `${t('held')} / ${t('requiredSoFar')}`,
          numeric: true,
          cell: (c) => `${c.held} / ${c.requiredSoFar}`,
        },
        {
          key: 'status',
          header: t('status'),
          cell: (c) => (
            <Badge color={c.onPace ? 'success' : 'danger'} appearance="tint">
              {c.onPace ? t('onPace') : t('behind')}
            </Badge>
          ),
        },
      ]}
    />
  );
}
