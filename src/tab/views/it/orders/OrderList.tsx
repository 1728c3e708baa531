// Orders and changes (issue 17 point 5): every order with its state and whom it waits for; a need is
// registered in an object; each step is offered to the person the policy lets take it (the orderer
// function assesses, the owners approve above the threshold, the performer estimates and delivers, the
// orderer accepts) — the same rules the server enforces.
import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  canAcceptOrder,
  canApproveOrder,
  canAssessOrder,
  canPerformOrder,
  canRegisterNeed,
} from '../../../../domain/authorization/policy';
import { useApi, useResource } from '../../../api/hooks';
import { ErrorBar, Loading } from '../../../components/Feedback';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { useAction } from '../useAction';

const STATES = [
  'need',
  'awaitingApproval',
  'ordered',
  'estimated',
  'awaitingAcceptance',
  'accepted',
  'rejected',
  'cancelled',
] as const;

interface OrderRow {
  id: string;
  etag: string;
  objectId: string;
  objectCode: string;
  kind: 'order' | 'change';
  changeCategory: string | null;
  title: string;
  need: string;
  state: (typeof STATES)[number];
  requesterPersonId: string;
  requesterName: string;
  performerPersonId: string | null;
  performerName: string | null;
  componentName: string | null;
  approvalThreshold: number;
  assessment: { cost: number; risk: string; size: string } | null;
  waitsFor: string | null;
  createdAt: string;
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    // Fields never widen the page at 320 px: a select is as wide as its longest option otherwise.
    '& .fui-Field, & .fui-Select, & .fui-Input, & select, & input': { maxWidth: '100%', minWidth: 0 },
  },
  list: { display: 'grid', gap: tokens.spacingVerticalM, padding: 0, listStyleType: 'none' },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    overflowWrap: 'anywhere',
  },
  form: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    maxWidth: '40rem',
    marginBlock: tokens.spacingVerticalM,
    // Fields never widen the page at 320 px: a select is as wide as its longest option otherwise.
    '& .fui-Field, & .fui-Select, & .fui-Input, & select, & input': { maxWidth: '100%', minWidth: 0 },
  },
  h2: { fontSize: tokens.fontSizeBase500, marginTop: 0 },
  h3: { fontSize: tokens.fontSizeBase400, margin: 0 },
});

export default function OrderList() {
  const styles = useStyles();
  const { t, money } = useTexts();
  const api = useApi();
  const { actor, ready } = useSession();
  const [state, setState] = useState('');
  const orders = useResource<OrderRow[]>(state ? `/api/orders?state=${state}` : '/api/orders');
  const objects = useResource<{ id: string; code: string; name: string }[]>('/api/objects');
  const people = useResource<{ id: string; displayName: string }[]>('/api/people');
  const action = useAction(orders.reload);
  const [need, setNeed] = useState({
    objectId: '',
    kind: 'order',
    changeCategory: 'normal',
    title: '',
    need: '',
  });
  useEffect(() => {
    if (orders.data) ready();
  }, [orders.data, ready]);
  if (orders.error) return <ErrorBar error={orders.error} onRetry={() => void orders.reload()} />;
  if (!orders.data) return <Loading />;
  const registerable = (objects.data ?? []).filter(
    (o) => actor !== null && canRegisterNeed(actor, o.id).allowed,
  );
  const target = registerable.find((o) => o.id === need.objectId) ?? registerable[0];

  return (
    <section aria-labelledby="ord-title">
      <h2 id="ord-title" className={styles.h2}>
        {t('ord.title')}
      </h2>
      {action.error && <ErrorBar error={action.error} />}
      {target && (
        <form
          className={styles.form}
          aria-label={t('ord.new')}
          onSubmit={(e) => {
            e.preventDefault();
            void action
              .run(() =>
                api.post(`/api/objects/${target.id}/orders`, {
                  kind: need.kind,
                  changeCategory: need.kind === 'change' ? need.changeCategory : null,
                  title: need.title,
                  need: need.need,
                }),
              )
              .then((ok) => ok && setNeed({ ...need, title: '', need: '' }));
          }}
        >
          <Field label={t('ord.object')}>
            <Select value={target.id} onChange={(_, d) => setNeed({ ...need, objectId: d.value })}>
              {registerable.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({o.code})
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('ord.kind')}>
            <Select value={need.kind} onChange={(_, d) => setNeed({ ...need, kind: d.value })}>
              <option value="order">{t('ord.kind.order')}</option>
              <option value="change">{t('ord.kind.change')}</option>
            </Select>
          </Field>
          {need.kind === 'change' && (
            <Field label={t('ord.category')}>
              <Select
                value={need.changeCategory}
                onChange={(_, d) => setNeed({ ...need, changeCategory: d.value })}
              >
                {(['standard', 'normal', 'urgent'] as const).map((c) => (
                  <option key={c} value={c}>
                    {t(`ord.category.${c}`)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field label={t('ord.titleField')} required>
            <Input value={need.title} onChange={(_, d) => setNeed({ ...need, title: d.value })} />
          </Field>
          <Field label={t('ord.need')}>
            <Textarea value={need.need} onChange={(_, d) => setNeed({ ...need, need: d.value })} />
          </Field>
          <div>
            <Button type="submit" appearance="primary" disabled={action.busy || !need.title.trim()}>
              {t('ord.new')}
            </Button>
          </div>
        </form>
      )}
      <Field label={t('ord.state')} style={{ maxWidth: '20rem' }}>
        <Select value={state} onChange={(_, d) => setState(d.value)} data-testid="order-state">
          <option value="">{t('ord.all')}</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {t(`ord.st.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      {orders.data.length === 0 && <p>{t('ord.none')}</p>}
      <ul className={styles.list} data-testid="order-list">
        {orders.data.map((o) => (
          <OrderCard
            key={o.id}
            order={o}
            people={people.data ?? []}
            run={action.run}
            busy={action.busy}
            money={money}
          />
        ))}
      </ul>
    </section>
  );
}

function OrderCard({
  order: o,
  people,
  run,
  busy,
  money,
}: {
  order: OrderRow;
  people: { id: string; displayName: string }[];
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
  money: (n: number) => string;
}) {
  const styles = useStyles();
  const { t } = useTexts();
  const api = useApi();
  const { actor } = useSession();
  const [comment, setComment] = useState('');
  const [assess, setAssess] = useState({ size: 'medium', cost: '', risk: 'medium', performerPersonId: '' });
  const [estimate, setEstimate] = useState({ hours: '', cost: '', readyBy: '' });
  const may = (p: { allowed: boolean }) => actor !== null && p.allowed;
  const step = (path: string, body: unknown) => run(() => api.post(`/api/orders/${o.id}/${path}`, body));
  const open = !['accepted', 'rejected', 'cancelled'].includes(o.state);
  const assessor = actor !== null && may(canAssessOrder(actor));
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
      <p>
        {t('ord.requester')}: {o.requesterName}
        {o.componentName ? ` · ${t('ord.system')}: ${o.componentName}` : ''}
        {o.performerName ? ` · ${t('ord.performer')}: ${o.performerName}` : ''}
        {o.assessment ? ` · ${t('ord.cost')}: ${money(o.assessment.cost)}` : ''}
      </p>
      {o.state === 'need' && assessor && (
        <div className={styles.bar}>
          <Field label={t('ord.size')}>
            <Select value={assess.size} onChange={(_, d) => setAssess({ ...assess, size: d.value })}>
              {(['small', 'medium', 'large'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`ord.size.${s}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('ord.cost')} hint={t('ord.threshold', { amount: money(o.approvalThreshold) })}>
            <Input
              inputMode="numeric"
              value={assess.cost}
              onChange={(_, d) => setAssess({ ...assess, cost: d.value })}
            />
          </Field>
          <Field label={t('ord.risk')}>
            <Select value={assess.risk} onChange={(_, d) => setAssess({ ...assess, risk: d.value })}>
              {(['low', 'medium', 'high'] as const).map((r) => (
                <option key={r} value={r}>
                  {t(`ord.risk.${r}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('ord.performer')}>
            <Select
              value={assess.performerPersonId}
              onChange={(_, d) => setAssess({ ...assess, performerPersonId: d.value })}
            >
              <option value="">–</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() =>
              void step('assess', {
                size: assess.size,
                cost: Number(assess.cost.replace(/\s/g, '')) || 0,
                risk: assess.risk,
                performerPersonId: assess.performerPersonId,
              })
            }
          >
            {t('ord.assess')}
          </Button>
        </div>
      )}
      {(['ordered', 'estimated'] as string[]).includes(o.state) &&
        actor &&
        may(canPerformOrder(actor, o)) && (
          <div className={styles.bar}>
            <Field label={t('ord.hours')}>
              <Input
                inputMode="decimal"
                value={estimate.hours}
                onChange={(_, d) => setEstimate({ ...estimate, hours: d.value })}
              />
            </Field>
            <Field label={t('ord.cost')}>
              <Input
                inputMode="numeric"
                value={estimate.cost}
                onChange={(_, d) => setEstimate({ ...estimate, cost: d.value })}
              />
            </Field>
            <Field label={t('ord.readyBy')}>
              <Input
                type="date"
                value={estimate.readyBy}
                onChange={(_, d) => setEstimate({ ...estimate, readyBy: d.value })}
              />
            </Field>
            <Button
              disabled={busy}
              onClick={() =>
                void step('estimate', {
                  hours: Number(estimate.hours.replace(',', '.')) || 0,
                  cost: Number(estimate.cost.replace(/\s/g, '')) || 0,
                  readyBy: estimate.readyBy,
                })
              }
            >
              {t('ord.estimate')}
            </Button>
            {o.state === 'estimated' && (
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() => void step('deliver', { note: comment })}
              >
                {t('ord.deliver')}
              </Button>
            )}
          </div>
        )}
      {open && (
        <div className={styles.bar}>
          {(o.state === 'awaitingApproval' && actor && may(canApproveOrder(actor, o.objectId))) ||
          (o.state === 'awaitingAcceptance' && actor && may(canAcceptOrder(actor, o))) ||
          assessor ? (
            <Field label={t('ord.comment')}>
              <Input value={comment} onChange={(_, d) => setComment(d.value)} />
            </Field>
          ) : null}
          {o.state === 'awaitingApproval' && actor && may(canApproveOrder(actor, o.objectId)) && (
            <>
              <Button appearance="primary" disabled={busy} onClick={() => void step('approve', { comment })}>
                {t('ord.approve')}
              </Button>
              <Button disabled={busy} onClick={() => void step('reject', { comment })}>
                {t('ord.reject')}
              </Button>
            </>
          )}
          {o.state === 'awaitingAcceptance' && actor && may(canAcceptOrder(actor, o)) && (
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
