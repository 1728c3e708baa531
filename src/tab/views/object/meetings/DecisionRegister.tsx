// The decision register of the object or of its forum (issue 15): searchable as you type, and exported
// as CSV with what is shown. Read by everyone who reads the object.
import { Button, Field, Input, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Decision, Forum } from '../../../../domain/model';
import { translate } from '../../../../i18n/messages';
import { useResource } from '../../../api/hooks';
import type { Rec } from '../../../api/types';
import { ErrorBar, Loading } from '../../../components/Feedback';
import { FitTable } from '../../../components/FitTable';
import { useTexts } from '../../../i18n';
import { decisionsCsv, matches, type DecisionRow } from './decisionsCsv';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end' },
});

export function DecisionRegister({ objectId, forum }: { objectId: string; forum: Rec<Forum> }) {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const [scope, setScope] = useState<'object' | 'forum'>('object');
  const [query, setQuery] = useState('');
  const path =
    scope === 'object' ? `/api/decisions?objectId=${objectId}` : `/api/decisions?forumId=${forum.id}`;
  const decisions = useResource<Rec<Decision>[]>(path);
  if (decisions.error) return <ErrorBar error={decisions.error} onRetry={decisions.reload} />;
  if (!decisions.data) return <Loading />;
  const rows: (DecisionRow & { id: string })[] = decisions.data.map((d) => ({
    id: d.id,
    decidedAt: d.decidedAt,
    kind: translate(lang, `decisionKind.${d.kind}`),
    title: d.title,
    text: d.text,
    forum: d.forumId === forum.id ? forum.name : '',
  }));
  const shown = rows.filter((r) => matches(r, query));
  const headers = [
    t('mt.decidedAt'),
    t('mt.kind'),
    t('mt.decisionTitle'),
    t('mt.paragraphTextHead'),
    t('mt.forumHead'),
  ];
  const download = () => {
    const blob = new Blob([decisionsCsv(headers, shown)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `beslut-${scope}-${new Date().toISOString().slice(0, 10)}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div data-testid="decision-register">
      <div className={styles.bar}>
        <Field label={t('mt.registerScope')}>
          <RadioGroup
            layout="horizontal"
            value={scope}
            onChange={(_, d) => setScope(d.value as 'object' | 'forum')}
          >
            <Radio value="object" label={t('mt.registerObject')} />
            <Radio value="forum" label={t('mt.registerForum')} />
          </RadioGroup>
        </Field>
        <Field label={t('mt.search')}>
          <Input
            type="search"
            value={query}
            onChange={(_, d) => setQuery(d.value)}
            data-testid="decision-search"
          />
        </Field>
        <Button onClick={download} disabled={shown.length === 0} data-testid="decision-export">
          {t('mt.export')}
        </Button>
      </div>
      {shown.length === 0 ? (
        <p>{t('mt.noDecisions')}</p>
      ) : (
        <FitTable
          label={t('mt.register')}
          testId="decision-table"
          rows={shown}
          rowKey={(r) => r.id}
          columns={[
            { key: 'date', header: t('mt.decidedAt'), cell: (r) => r.decidedAt.slice(0, 10) },
            {
              key: 'title',
              header: t('mt.decisionTitle'),
              cell: (r) => (
                <>
                  <strong>{r.title}</strong>
                  {r.text && <div>{r.text}</div>}
                </>
              ),
            },
            { key: 'kind', header: t('mt.kind'), cell: (r) => r.kind },
          ]}
        />
      )}
    </div>
  );
}
