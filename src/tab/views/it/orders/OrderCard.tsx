// One order: where it stands and whom it waits for, and the step the acting person may take now — asked
// of the same policy the server enforces (the orderer function assesses and cancels, the owners approve
// above the threshold, the performer estimates and delivers, the orderer accepts).
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import {
  canAcceptOrder,
  canApproveOrder,
  canAssessOrder,
  canPerformOrder,
} from '../../../../domain/authorization/policy';
import { useApi } from '../../../api/hooks';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { TextField, numberOf, useItStyles } from '../fields';
import { AssessForm } from './AssessForm';
import type { OrderLookups, OrderRow } from './types';

export function OrderCard(props: {
  order: OrderRow;
  lookups: OrderLookups;
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
}) {
  const { order: o, run, busy } = props;
  const styles = useItStyles();
  const { t, money, date } = useTexts();
  const api = useApi();
  const { actor } = useSession();
  const [comment, setComment] = useState('');
  const [estimate, setEstimate] = useState({ hours: '', cost: '', readyBy: '' });
  const step = (path: string, body: unknown) => run(() => api.post(`/api/orders/${o.id}/${path}`, body));
  const open = !['accepted', 'rejected', 'cancelled'].includes(o.state);
  const assessor = actor !== null && canAssessOrder(actor).allowed;
  const approver =
    o.state === 'awaitingApproval' && actor !== null && canApproveOrder(actor, o.objectId).allowed;
  const acceptor = o.state === 'awaitingAcceptance' && actor !== null && canAcceptOrder(actor, o).allowed;
  const performer =
    (o.state === 'ordered' || o.state === 'estimated') && actor !== null && canPerformOrder(actor, o).allowed;
  const facts = [
    `${t('ord.requester')}: ${o.requesterName}`,
    o.lineOrganisationName && `${t('ord.department')}: ${o.lineOrganisationName}`,
    o.componentName && `${t('ord.system')}: ${o.componentName}`,
    o.wantedBy && `${t('ord.wantedBy')}: ${date(o.wantedBy)}`,
    o.performerName && `${t('ord.performer')}: ${o.performerName}`,
    o.assessment && `${t('ord.cost')}: ${money(o.assessment.cost)}`,
    o.planId && t('ord.planned', { count: o.budgetLineIds.length }),
  ].filter(Boolean);
  return (
    <li className={styles.card} data-testid="order">
      <h3 className={styles.h3}>
        {o.title} ({o.objectCode})
      </h3>
      <p>
        {t(`ord.kind.${o.kind}`)}
        {o.changeCategory ? ` – ${t(`ord.category.${o.changeCategory}`)}` : ''} · {t('ord.state')}:{' '}
        <strong data-testid="order-state-label">{t(`ord.st.${o.state}`)}</strong>
        {o.waitsFor ? ` · ${t('ord.waitsFor')}: ${t(`ord.waits.${o.waitsFor}`)}` : ''}
      </p>
      {o.need && <p>{o.need}</p>}
      <p>{facts.join(' · ')}</p>
      {o.state === 'need' && assessor && (
        <AssessForm order={o} lookups={props.lookups} run={run} busy={busy} />
      )}
      {performer && (
        <div className={styles.bar}>
          <TextField
            label={t('ord.hours')}
            inputMode="decimal"
            value={estimate.hours}
            onChange={(hours) => setEstimate({ ...estimate, hours })}
          />
          <TextField
            label={t('ord.cost')}
            inputMode="numeric"
            value={estimate.cost}
            onChange={(cost) => setEstimate({ ...estimate, cost })}
          />
          <TextField
            label={t('ord.readyBy')}
            type="date"
            value={estimate.readyBy}
            onChange={(readyBy) => setEstimate({ ...estimate, readyBy })}
          />
          <Button
            disabled={busy}
            onClick={() =>
              void step('estimate', {
                hours: numberOf(estimate.hours),
                cost: numberOf(estimate.cost),
                readyBy: estimate.readyBy,
              })
            }
          >
            {t('ord.estimate')}
          </Button>
        </div>
      )}
      {open && (approver || acceptor || performer || assessor) && (
        <div className={styles.bar}>
          <TextField
            label={performer ? t('ord.deliveryNote') : t('ord.comment')}
            value={comment}
            onChange={setComment}
          />
          {approver && (
            <>
              <Button appearance="primary" disabled={busy} onClick={() => void step('approve', { comment })}>
                {t('ord.approve')}
              </Button>
              <Button disabled={busy} onClick={() => void step('reject', { comment })}>
                {t('ord.reject')}
              </Button>
            </>
          )}
          {performer && o.state === 'estimated' && (
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => void step('deliver', { note: comment })}
            >
              {t('ord.deliver')}
            </Button>
          )}
          {acceptor && (
            <>
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() => void step('accept', { accepted: true, comment })}
              >
                {t('ord.accept')}
              </Button>
              <Button disabled={busy} onClick={() => void step('accept', { accepted: false, comment })}>
                {t('ord.return')}
              </Button>
            </>
          )}
          {assessor && o.state !== 'awaitingAcceptance' && (
            <Button disabled={busy} onClick={() => void step('cancel', { comment })}>
              {t('ord.cancel')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
