// Avtal: contracts on the object's IT components by end date; those where notice must be given now stand out.
import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useEffect } from 'react';
import type { ObjectDetail } from '../../api/types';
import { Section } from '../../components/Section';
import { useTexts } from '../../i18n';
import { useSession } from '../../session';

const useStyles = makeStyles({
  notice: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  expired: { color: tokens.colorNeutralForeground3 },
  num: { textAlign: 'right' },
});

const STATE_COLOR = {
  withinNotice: 'warning',
  noticePassed: 'informative',
  active: 'success',
  expired: 'subtle',
} as const;

export function Contracts({ object }: { object: ObjectDetail }) {
  const styles = useStyles();
  const { t, date } = useTexts();
  const { ready } = useSession();
  useEffect(ready, [ready]);
  const contracts = [...object.contracts].sort((a, b) => a.endDate.localeCompare(b.endDate));
  const due = contracts.filter((c) => c.state === 'withinNotice').length;
  return (
    <Section title={t('contracts')} id="contracts">
      {due > 0 && <p>{t('withinNoticeLeadHint', { n: due })}</p>}
      {contracts.length === 0 ? (
        <p>{t('noContracts')}</p>
      ) : (
        <Table size="small" aria-labelledby="contracts-heading">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('component')}</TableHeaderCell>
              <TableHeaderCell>{t('supplier')}</TableHeaderCell>
              <TableHeaderCell>{t('contract')}</TableHeaderCell>
              <TableHeaderCell>{t('start')}</TableHeaderCell>
              <TableHeaderCell>{t('end')}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{t('noticeMonths')}</TableHeaderCell>
              <TableHeaderCell>{t('noticeBy')}</TableHeaderCell>
              <TableHeaderCell>{t('status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {contracts.map((c) => (
              <TableRow
                key={c.id}
                className={
                  c.state === 'withinNotice'
                    ? styles.notice
                    : c.state === 'expired'
                      ? styles.expired
                      : undefined
                }
                data-state={c.state}
              >
                <TableCell>{c.componentName}</TableCell>
                <TableCell>{c.supplier}</TableCell>
                <TableCell>{c.title}</TableCell>
                <TableCell>{date(c.startDate)}</TableCell>
                <TableCell>{date(c.endDate)}</TableCell>
                <TableCell className={styles.num}>{t('months', { n: c.noticePeriodMonths })}</TableCell>
                <TableCell>{date(c.noticeDate)}</TableCell>
                <TableCell>
                  <Badge appearance="filled" color={STATE_COLOR[c.state]}>
                    {t(`contract.${c.state}`)}
                  </Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
