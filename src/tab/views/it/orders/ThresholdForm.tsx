// The object's threshold for the owners' approval of orders (ADR 0029): set by the object's owners or the
// model owner, asked of the same policy the server enforces. Everyone else reads the thresholds and is
// told who sets them.
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { canSetOrderThreshold } from '../../../../domain/authorization/policy';
import { DEFAULT_APPROVAL_THRESHOLD as DEFAULT_THRESHOLD } from '../../../../domain/itorg/orders';
import { translate } from '../../../../i18n/messages';
import { useApi } from '../../../api/hooks';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { ChoiceField, TextField, numberOf, useItStyles } from '../fields';
import type { ObjectRow } from './types';

export function ThresholdForm(props: {
  objects: ObjectRow[];
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
}) {
  const styles = useItStyles();
  const { t, money, lang } = useTexts();
  const api = useApi();
  const { actor } = useSession();
  const settable = props.objects.filter((o) => actor !== null && canSetOrderThreshold(actor, o.id).allowed);
  const [objectId, setObjectId] = useState('');
  const [amount, setAmount] = useState('');
  const object = settable.find((o) => o.id === objectId) ?? settable[0];
  const own = props.objects.filter((o) => o.orderApprovalThreshold !== undefined);
  const save = (threshold: number | null) =>
    object &&
    props
      .run(() =>
        api.request('PUT', `/api/objects/${object.id}/order-threshold`, {
          body: { threshold },
          ifMatch: object.etag,
        }),
      )
      .then((ok) => ok && setAmount(''));
  return (
    <section aria-labelledby="ord-threshold-title" data-testid="order-thresholds">
      <h3 id="ord-threshold-title" className={styles.h3}>
        {t('ord.thresholds')}
      </h3>
      <p>
        {t('ord.thresholdDefault', { amount: money(DEFAULT_THRESHOLD) })}{' '}
        {own.length > 0
          ? t('ord.thresholdOwn', {
              list: own.map((o) => `${o.code} ${money(o.orderApprovalThreshold!)}`).join(', '),
            })
          : t('ord.thresholdNoneOwn')}
      </p>
      {!object && <p>{translate(lang, 'forbidden.notThresholdKeeper')}</p>}
      {object && (
        <div className={styles.bar}>
          <ChoiceField
            label={t('ord.object')}
            value={object.id}
            onChange={setObjectId}
            options={settable.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
          />
          <TextField
            label={t('ord.thresholdFor', { code: object.code })}
            hint={t('ord.thresholdNow', {
              amount: money(object.orderApprovalThreshold ?? DEFAULT_THRESHOLD),
            })}
            inputMode="numeric"
            value={amount}
            onChange={setAmount}
          />
          <Button disabled={props.busy || !amount.trim()} onClick={() => void save(numberOf(amount))}>
            {t('ord.thresholdSave')}
          </Button>
          {object.orderApprovalThreshold !== undefined && (
            <Button disabled={props.busy} onClick={() => void save(null)}>
              {t('ord.thresholdReset', { amount: money(DEFAULT_THRESHOLD) })}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
