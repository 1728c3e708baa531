// Meeting-frequency compliance per forum: held so far against what the year's pace requires. Three
// columns, so it reads the same at 320 px as on a wide screen.
import { Badge, mergeClasses } from '@fluentui/react-components';
import type { ForumCompliance } from '../../api/types';
import { useTexts } from '../../i18n';
import { usePortfolioStyles } from './styles';

export function ComplianceList({
  compliance,
  codeOf,
}: {
  compliance: ForumCompliance[];
  codeOf: (objectId: string) => string;
}) {
  const styles = usePortfolioStyles();
  const { t } = useTexts();
  return (
    <table className={styles.table} aria-labelledby="compliance-heading" data-testid="compliance-table">
      <thead>
        <tr>
          <th className={styles.th} scope="col">
            {t('forum')}
          </th>
          <th className={styles.th} scope="col" style={{ textAlign: 'right' }}>
            {`${t('held')} / ${t('requiredSoFar')}`}
          </th>
          <th className={styles.th} scope="col">
            {t('status')}
          </th>
        </tr>
      </thead>
      <tbody>
        {compliance.map((c) => (
          <tr
            key={c.forum.id}
            data-testid={`compliance-${c.forum.kind}${c.forum.objectId ? `-${codeOf(c.forum.objectId)}` : ''}`}
          >
            <th className={styles.td} scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>
              {c.forum.name}
              <br />
              <small>{`${t('requiredYear')}: ${c.required} · ${t('scheduledLeft')}: ${c.scheduled}`}</small>
            </th>
            <td className={mergeClasses(styles.td, styles.num)}>{`${c.held} / ${c.requiredSoFar}`}</td>
            <td className={styles.td}>
              <Badge color={c.onPace ? 'success' : 'danger'} appearance="tint">
                {c.onPace ? t('onPace') : t('behind')}
              </Badge>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
