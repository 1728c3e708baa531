// Orders and changes (issue 17 point 5): every order with its state and whom it waits for; the objects'
// thresholds for the owners' approval; a need registered in an object; and on each order the step the
// acting person may take (./OrderCard).
import { useEffect, useState } from 'react';
import { useResource } from '../../../api/hooks';
import { ErrorBar, Loading } from '../../../components/Feedback';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { ChoiceField, useItStyles } from '../fields';
import { useAction } from '../useAction';
import { NeedForm } from './NeedForm';
import { OrderCard } from './OrderCard';
import { ThresholdForm } from './ThresholdForm';
import { ORDER_STATES, type ObjectRow, type OrderRow, type PersonRow, type SystemRow } from './types';

export default function OrderList() {
  const styles = useItStyles();
  const { t } = useTexts();
  const { ready } = useSession();
  const [state, setState] = useState('');
  const orders = useResource<OrderRow[]>(state ? `/api/orders?state=${state}` : '/api/orders');
  const objects = useResource<ObjectRow[]>('/api/objects');
  const people = useResource<PersonRow[]>('/api/people');
  const systems = useResource<SystemRow[]>('/api/systems');
  const reloadOrders = orders.reload;
  const reloadObjects = objects.reload;
  const action = useAction(async () => {
    await Promise.all([reloadOrders(), reloadObjects()]);
  });
  useEffect(() => {
    if (orders.data) ready();
  }, [orders.data, ready]);
  if (orders.error) return <ErrorBar error={orders.error} onRetry={() => void orders.reload()} />;
  if (!orders.data) return <Loading />;
  const lookups = { objects: objects.data ?? [], people: people.data ?? [], systems: systems.data ?? [] };

  return (
    <section aria-labelledby="ord-title">
      <h2 id="ord-title" className={styles.h2}>
        {t('ord.title')}
      </h2>
      {action.error && <ErrorBar error={action.error} />}
      <ThresholdForm objects={lookups.objects} run={action.run} busy={action.busy} />
      <NeedForm lookups={lookups} run={action.run} busy={action.busy} />
      <div style={{ maxWidth: '20rem' }}>
        <ChoiceField
          label={t('ord.state')}
          value={state}
          onChange={setState}
          blank={t('ord.all')}
          testId="order-state"
          options={ORDER_STATES.map((s) => ({ value: s, label: t(`ord.st.${s}`) }))}
        />
      </div>
      {orders.data.length === 0 && <p>{t('ord.none')}</p>}
      <ul className={styles.list} data-testid="order-list">
        {orders.data.map((o) => (
          <OrderCard key={o.id} order={o} lookups={lookups} run={action.run} busy={action.busy} />
        ))}
      </ul>
    </section>
  );
}
