// Avtal: contracts on the object's IT components by end date; those where notice must be given now stand out.
// The object's owners and leaders add, edit and delete contracts here (the dialog is a lazy chunk).
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { canEditObjectContent } from '../../../domain/authorization/policy';
import type { ObjectDetail } from '../../api/types';
import { FitTable } from '../../components/FitTable';
import { Section } from '../../components/Section';
import { useTexts } from '../../i18n';
import { useSession } from '../../session';
import type { ContractEditing } from './structure/ContractDialog';

const ContractDialog = lazy(
  () => import(/* webpackChunkName: "object-structure-contract" */ './structure/ContractDialog'),
);

const useStyles = makeStyles({
  notice: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  expired: { color: tokens.colorNeutralForeground3 },
  num: { textAlign: 'right' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

const STATE_COLOR = {
  withinNotice: 'warning',
  noticePassed: 'informative',
  active: 'success',
  expired: 'subtle',
} as const;

export function Contracts({ object, onChanged }: { object: ObjectDetail; onChanged(): Promise<void> }) {
  const styles = useStyles();
  const { t, date } = useTexts();
  const { ready, actor } = useSession();
  useEffect(ready, [ready]);
  const [editing, setEditing] = useState<ContractEditing | null>(null);
  // The same rule as the service: contracts are the object's content, kept by its owners and leaders.
  const may = actor !== null && canEditObjectContent(actor, object.id).allowed;
  const contracts = [...object.contracts].sort((a, b) => a.endDate.localeCompare(b.endDate));
  const due = contracts.filter((c) => c.state === 'withinNotice').length;
  return (
    <Section
      title={t('contracts')}
      id="contracts"
      actions={
        may && (
          <Button appearance="primary" onClick={() => setEditing({ kind: 'new' })} data-testid="new-contract">
            {t('oa.newContract')}
          </Button>
        )
      }
    >
      {due > 0 && <p>{t('withinNoticeLeadHint', { n: due })}</p>}
      {contracts.length === 0 ? (
        <p>{t('noContracts')}</p>
      ) : (
        <FitTable
          labelledBy="contracts-heading"
          rows={contracts}
          rowKey={(c) => c.id}
          rowAttributes={(c) => ({
            className:
              c.state === 'withinNotice' ? styles.notice : c.state === 'expired' ? styles.expired : undefined,
            'data-state': c.state,
          })}
          columns={[
            { key: 'component', header: t('component'), cell: (c) => c.componentName },
            { key: 'supplier', header: t('supplier'), cell: (c) => c.supplier },
            { key: 'contract', header: t('contract'), cell: (c) => c.title },
            { key: 'start', header: t('start'), cell: (c) => date(c.startDate) },
            { key: 'end', header: t('end'), cell: (c) => date(c.endDate) },
            {
              key: 'notice',
              header: t('noticeMonths'),
              numeric: true,
              cell: (c) => t('months', { n: c.noticePeriodMonths }),
            },
            { key: 'noticeBy', header: t('noticeBy'), cell: (c) => date(c.noticeDate) },
            {
              key: 'status',
              header: t('status'),
              cell: (c) => (
                <Badge appearance="filled" color={STATE_COLOR[c.state]}>
                  {t(`contract.${c.state}`)}
                </Badge>
              ),
            },
            ...(may
              ? [
                  {
                    key: 'actions',
                    header: t('actions'),
                    cell: (c: (typeof contracts)[number]) => (
                      <span className={styles.buttons}>
                        <Button
                          size="small"
                          onClick={() => setEditing({ kind: 'edit', contract: c })}
                          aria-label={`${t('oa.edit')}: ${c.title}`}
                        >
                          {t('oa.edit')}
                        </Button>
                        <Button
                          size="small"
                          onClick={() => setEditing({ kind: 'delete', contract: c })}
                          aria-label={`${t('oa.delete')}: ${c.title}`}
                        >
                          {t('oa.delete')}
                        </Button>
                      </span>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {editing && (
        <Suspense fallback={null}>
          <ContractDialog
            object={object}
            editing={editing}
            onClose={() => setEditing(null)}
            onChanged={onChanged}
          />
        </Suspense>
      )}
    </Section>
  );
}
