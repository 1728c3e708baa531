// The service catalogue (issue 17 point 3): what the IT organisation delivers. The orderer function adds
// and removes services; an object's owners and leaders order a service for their object. Also shown as a
// page of its own at /tab/services, for anyone signed in, outside Teams.
import { Button, Field, Input, Link, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { canEditServiceCatalogue, canOrderService } from '../../../../domain/authorization/policy';
import { useApi, useResource } from '../../../api/hooks';
import { ErrorBar, Loading } from '../../../components/Feedback';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { CheckList, ChoiceField, TextField, numberOf, useItStyles } from '../fields';
import { useAction } from '../useAction';
// Also the page /tab/services of its own: its words come with it.
import '../itWords';

interface ServiceRow {
  id: string;
  etag: string;
  name: string;
  description: string;
  serviceLevel: string;
  priceModel: string;
  contact: string;
  contactPersonId: string | null;
  contactName: string | null;
  componentIds: string[];
  sortOrder: number;
  objectIds: string[];
  systems: { id: string; name: string }[];
  objects: { id: string; code: string; name: string }[];
}
const EMPTY = {
  name: '',
  description: '',
  serviceLevel: '',
  priceModel: '',
  contact: '',
  contactPersonId: '',
  componentIds: [] as string[],
  sortOrder: '',
};

/** What the API takes from the form: no contact person is null, an empty place keeps the current one. */
function bodyOf(form: typeof EMPTY) {
  const { contactPersonId, sortOrder, ...rest } = form;
  return {
    ...rest,
    contactPersonId: contactPersonId || null,
    ...(sortOrder.trim() ? { sortOrder: numberOf(sortOrder) } : {}),
  };
}

interface ObjectRow {
  id: string;
  code: string;
  name: string;
}

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(6rem, max-content) 1fr',
    gap: tokens.spacingHorizontalS,
  },
});

export default function ServiceCatalogue() {
  const styles = { ...useItStyles(), ...useStyles() };
  const { t } = useTexts();
  const api = useApi();
  const { actor, ready } = useSession();
  const services = useResource<ServiceRow[]>('/api/services');
  const objects = useResource<ObjectRow[]>('/api/objects');
  const people = useResource<{ id: string; displayName: string }[]>('/api/people');
  const systems = useResource<{ id: string; name: string; objectCode: string }[]>('/api/systems');
  const action = useAction(services.reload);
  const [form, setForm] = useState(EMPTY);
  const [objectId, setObjectId] = useState('');
  /** The service whose text the form is changing (null: the form adds a new service). */
  const [editing, setEditing] = useState<ServiceRow | null>(null);
  useEffect(() => {
    if (services.data) ready();
  }, [services.data, ready]);
  if (services.error) return <ErrorBar error={services.error} onRetry={() => void services.reload()} />;
  if (!services.data) return <Loading />;
  const keeper = actor !== null && canEditServiceCatalogue(actor).allowed;
  const orderable = (objects.data ?? []).filter(
    (o) => actor !== null && canOrderService(actor, o.id).allowed,
  );
  const chosen = orderable.find((o) => o.id === objectId) ?? orderable[0];

  return (
    <section aria-labelledby="svc-title">
      <h2 id="svc-title" className={styles.h2}>
        {t('svc.title')}
      </h2>
      <p>
        {t('svc.intro')} <Link href="/tab/services">{t('svc.public')}</Link>
      </p>
      {!keeper && <p>{t('svc.readOnly')}</p>}
      {action.error && <ErrorBar error={action.error} />}
      {keeper && (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            void action
              .run(() =>
                editing
                  ? api.patch(`/api/services/${editing.id}`, bodyOf(form), editing.etag)
                  : api.post('/api/services', bodyOf(form)),
              )
              .then((ok) => {
                if (!ok) return;
                setForm(EMPTY);
                setEditing(null);
              });
          }}
        >
          <Field label={t('svc.name')} required>
            <Input value={form.name} onChange={(_, d) => setForm({ ...form, name: d.value })} />
          </Field>
          <Field label={t('svc.description')}>
            <Textarea
              value={form.description}
              onChange={(_, d) => setForm({ ...form, description: d.value })}
            />
          </Field>
          <Field label={t('svc.serviceLevel')}>
            <Input
              value={form.serviceLevel}
              onChange={(_, d) => setForm({ ...form, serviceLevel: d.value })}
            />
          </Field>
          <Field label={t('svc.priceModel')}>
            <Input value={form.priceModel} onChange={(_, d) => setForm({ ...form, priceModel: d.value })} />
          </Field>
          <Field label={t('svc.contact')}>
            <Input value={form.contact} onChange={(_, d) => setForm({ ...form, contact: d.value })} />
          </Field>
          <ChoiceField
            label={t('svc.contactPerson')}
            value={form.contactPersonId}
            onChange={(contactPersonId) => setForm({ ...form, contactPersonId })}
            blank={t('svc.noContactPerson')}
            options={(people.data ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
          />
          <CheckList
            legend={t('svc.systemsOf')}
            options={(systems.data ?? []).map((x) => ({ value: x.id, label: `${x.name} (${x.objectCode})` }))}
            chosen={form.componentIds}
            onChange={(componentIds) => setForm({ ...form, componentIds })}
          />
          <TextField
            label={t('svc.sortOrder')}
            inputMode="numeric"
            value={form.sortOrder}
            onChange={(sortOrder) => setForm({ ...form, sortOrder })}
          />
          <div>
            <Button type="submit" appearance="primary" disabled={action.busy || !form.name.trim()}>
              {editing ? t('svc.save', { name: editing.name }) : t('svc.add')}
            </Button>
          </div>
        </form>
      )}
      {orderable.length > 0 && chosen && (
        <Field label={t('svc.orderFor')} style={{ maxWidth: '20rem', marginBottom: tokens.spacingVerticalM }}>
          <Select value={chosen.id} onChange={(_, d) => setObjectId(d.value)} data-testid="service-object">
            {orderable.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} ({o.code})
              </option>
            ))}
          </Select>
        </Field>
      )}
      <ul className={styles.list} data-testid="service-list">
        {services.data.map((s) => {
          const ordered = chosen ? s.objectIds.includes(chosen.id) : false;
          return (
            <li key={s.id} className={styles.card} data-testid="service">
              <h3 className={styles.h3}>{s.name}</h3>
              {s.description && <p>{s.description}</p>}
              <dl className={styles.facts}>
                <dt>{t('svc.serviceLevel')}</dt>
                <dd style={{ margin: 0 }}>{s.serviceLevel || '–'}</dd>
                <dt>{t('svc.priceModel')}</dt>
                <dd style={{ margin: 0 }}>{s.priceModel || '–'}</dd>
                <dt>{t('svc.contact')}</dt>
                <dd style={{ margin: 0 }}>{[s.contact, s.contactName].filter(Boolean).join(' – ') || '–'}</dd>
                <dt>{t('svc.systems')}</dt>
                <dd style={{ margin: 0 }}>{s.systems.map((x) => x.name).join(', ') || '–'}</dd>
                <dt>{t('svc.objects')}</dt>
                <dd style={{ margin: 0 }}>{s.objects.map((o) => o.code).join(', ') || '–'}</dd>
              </dl>
              <div className={styles.bar}>
                {chosen && (
                  <Button
                    size="small"
                    disabled={action.busy}
                    aria-label={t(ordered ? 'svc.unorderLabel' : 'svc.orderLabel', {
                      name: s.name,
                      object: chosen.code,
                    })}
                    onClick={() =>
                      void action.run(() =>
                        api.post(`/api/objects/${chosen.id}/service-orders`, {
                          serviceId: s.id,
                          ordered: !ordered,
                        }),
                      )
                    }
                  >
                    {t(ordered ? 'svc.unorder' : 'svc.order')}
                  </Button>
                )}
                {keeper && (
                  <Button
                    size="small"
                    onClick={() => {
                      setEditing(s);
                      setForm({
                        name: s.name,
                        description: s.description,
                        serviceLevel: s.serviceLevel,
                        priceModel: s.priceModel,
                        contact: s.contact,
                        contactPersonId: s.contactPersonId ?? '',
                        componentIds: s.componentIds,
                        sortOrder: String(s.sortOrder),
                      });
                    }}
                  >
                    {t('svc.edit', { name: s.name })}
                  </Button>
                )}
                {keeper && (
                  <Button
                    size="small"
                    disabled={action.busy}
                    onClick={() => void action.run(() => api.delete(`/api/services/${s.id}`, s.etag))}
                  >
                    {t('svc.remove', { name: s.name })}
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
