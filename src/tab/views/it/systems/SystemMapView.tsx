// Systemkarta: the integrations between systems, by object, by department or around one system; drawn as
// a map navigable with the keyboard, and listed in a table (every integration, for screen readers).
// Those who keep a system add and remove its integrations here.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { canEditSystem, canImportSystems } from '../../../../domain/authorization/policy';
import {
  INTEGRATION_FREQUENCIES,
  INTEGRATION_METHODS,
  type IntegrationFrequency,
  type IntegrationMethod,
} from '../../../../domain/systems/profile';
import { ApiError } from '../../../api/client';
import { useApi, useResource } from '../../../api/hooks';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorBar, Loading } from '../../../components/Feedback';
import { Section } from '../../../components/Section';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { ChoiceField } from '../fields';
import { EdgeTable } from './EdgeTable';
import { SystemMapDrawing } from './SystemMapDrawing';
import type { MapEdge, SystemRow } from './types';
import { useSystemMap, type ScopeKind } from './useSystemMap';

const useStyles = makeStyles({
  controls: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalM,
  },
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
});

export default function SystemMapView() {
  const styles = useStyles();
  const { t } = useTexts();
  const api = useApi();
  const { actor, ready } = useSession();
  const { scope, setScope, map, systems, objects, departments, objectCode, personName } = useSystemMap();
  const [removing, setRemoving] = useState<MapEdge | null>(null);
  const [editing, setEditing] = useState<MapEdge | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (map.data) ready();
  }, [map.data, ready]);

  const systemById = new Map((systems.data ?? []).map((s) => [s.id, s]));
  const keeps = (s: SystemRow | undefined) =>
    !!s && actor !== null && canEditSystem(actor, s.objectId, s.ownerPersonId).allowed;
  const mayEdit = (e: MapEdge) => keeps(systemById.get(e.from)) || keeps(systemById.get(e.to));
  const mayAdd = actor !== null && (canImportSystems(actor).allowed || (systems.data ?? []).some(keeps));

  const choices: Record<Exclude<ScopeKind, 'all'>, [string, string][]> = {
    object: (objects.data ?? []).map((o) => [o.id, `${o.code} ${o.name}`]),
    department: (departments.data ?? []).map((d) => [d.id, d.name]),
    system: (systems.data ?? []).map((s) => [s.id, `${s.name} (${s.objectCode})`]),
  };

  async function remove(edge: MapEdge) {
    try {
      await api.delete(`/api/integrations/${edge.id}`, edge.etag);
      setRemoving(null);
      await map.reload();
    } catch (e) {
      setRemoving(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const nameOf = (id: string) => systemById.get(id)?.name ?? id;
  return (
    <>
      <Section title={t('it.nav.map')} id="system-map">
        <div className={styles.controls}>
          <Field label={t('map.scope')}>
            <Select
              value={scope.kind}
              data-testid="map-scope"
              onChange={(_, d) => setScope({ kind: d.value as ScopeKind, id: '' })}
            >
              {(['all', 'object', 'department', 'system'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`map.scope.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          {scope.kind !== 'all' && (
            <Field label={t(`map.scope.${scope.kind}`)}>
              <Select
                value={scope.id}
                data-testid="map-scope-id"
                onChange={(_, d) => setScope({ kind: scope.kind, id: d.value })}
              >
                <option value="">–</option>
                {choices[scope.kind].map(([id, label]) => (
                  <option key={id} value={id}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </div>
        {map.error && <ErrorBar error={map.error} onRetry={() => void map.reload()} />}
        {map.loading && !map.data && <Loading />}
        {error && <ErrorBar error={new Error(error)} />}
        {map.data && map.data.nodes.length === 0 && <p>{t('map.empty')}</p>}
        {map.data && map.data.nodes.length > 0 && (
          <>
            <SystemMapDrawing
              nodes={map.data.nodes}
              edges={map.data.edges}
              objectCode={objectCode}
              onOpen={(n) => setScope({ kind: 'system', id: n.id })}
            />
            <EdgeTable
              nodes={map.data.nodes}
              edges={map.data.edges}
              caption={t('map.tableTitle', { n: map.data.edges.length })}
              objectCode={objectCode}
              ownerName={personName}
              mayEdit={mayEdit}
              onDelete={setRemoving}
              onEdit={setEditing}
            />
          </>
        )}
      </Section>
      {mayAdd && systems.data && (
        <Section title={t('map.newIntegration')} id="new-integration">
          <NewIntegration
            systems={systems.data.filter((s) => s.lifecycle !== 'retired')}
            keeps={keeps}
            onCreated={() => void map.reload()}
          />
        </Section>
      )}
      {editing && (
        <EditIntegration
          edge={editing}
          title={`${nameOf(editing.from)} → ${nameOf(editing.to)}`}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void map.reload();
          }}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('map.delete')}
        confirmLabel={t('map.delete')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
      >
        {removing && t('map.deleteConfirm', { from: nameOf(removing.from), to: nameOf(removing.to) })}
      </ConfirmDialog>
    </>
  );
}

function NewIntegration({
  systems,
  keeps,
  onCreated,
}: {
  systems: SystemRow[];
  keeps(s: SystemRow): boolean;
  onCreated(): void;
}) {
  const styles = useStyles();
  const { t } = useTexts();
  const api = useApi();
  const empty = {
    fromSystemId: '',
    toSystemId: '',
    information: '',
    method: 'api',
    frequency: 'daily',
    ownerPersonId: '',
    description: '',
  };
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const set = (k: keyof typeof form, v: string) => setForm((f) => ({ ...f, [k]: v }));
  const options = (list: SystemRow[]) =>
    list.map((s) => (
      <option key={s.id} value={s.id}>
        {s.name} ({s.objectCode})
      </option>
    ));
  async function create() {
    setErrors({});
    setMessage('');
    try {
      await api.post('/api/integrations', {
        ...form,
        method: form.method as IntegrationMethod,
        frequency: form.frequency as IntegrationFrequency,
        ownerPersonId: form.ownerPersonId || null,
      });
      setForm(empty);
      setMessage(t('sys.saved'));
      onCreated();
    } catch (e) {
      if (e instanceof ApiError) {
        setErrors(Object.fromEntries(e.fields.map((f) => [f.path, f.message])));
        setMessage(e.message);
      } else setMessage(String(e));
    }
  }
  return (
    <div className={styles.form}>
      <Field label={t('map.from')} validationMessage={errors['fromSystemId']}>
        <Select value={form.fromSystemId} onChange={(_, d) => set('fromSystemId', d.value)}>
          <option value="">–</option>
          {options(systems)}
        </Select>
      </Field>
      <Field label={t('map.to')} validationMessage={errors['toSystemId']}>
        <Select value={form.toSystemId} onChange={(_, d) => set('toSystemId', d.value)}>
          <option value="">–</option>
          {/* One end must be a system the person keeps. */}
          {options(
            systems.filter((s) => keeps(s) || systems.some((f) => f.id === form.fromSystemId && keeps(f))),
          )}
        </Select>
      </Field>
      <Field label={t('map.information')} validationMessage={errors['information']}>
        <Input value={form.information} onChange={(_, d) => set('information', d.value)} />
      </Field>
      <Field label={t('map.method')}>
        <Select value={form.method} onChange={(_, d) => set('method', d.value)}>
          {INTEGRATION_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`method.${m}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('map.frequency')}>
        <Select value={form.frequency} onChange={(_, d) => set('frequency', d.value)}>
          {INTEGRATION_FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {t(`frequency.${f}`)}
            </option>
          ))}
        </Select>
      </Field>
      <IntegrationOwner value={form.ownerPersonId} onChange={(v) => set('ownerPersonId', v)} />
      <Field label={t('sys.description')}>
        <Textarea value={form.description} onChange={(_, d) => set('description', d.value)} />
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void create()} data-testid="create-integration">
          {t('map.create')}
        </Button>
      </div>
      {message && <p role="status">{message}</p>}
    </div>
  );
}

/** Changing what an integration carries, how and how often (its ends stay: a new end is a new integration). */
function EditIntegration({
  edge,
  title,
  onClose,
  onSaved,
}: {
  edge: MapEdge;
  title: string;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTexts();
  const api = useApi();
  const [form, setForm] = useState({
    information: edge.information,
    method: edge.method,
    frequency: edge.frequency,
    description: edge.description,
    ownerPersonId: edge.ownerPersonId ?? '',
  });
  const [message, setMessage] = useState('');
  async function save() {
    try {
      await api.patch(
        `/api/integrations/${edge.id}`,
        { ...form, ownerPersonId: form.ownerPersonId || null },
        edge.etag,
      );
      onSaved();
    } catch (e) {
      setMessage(
        e instanceof ApiError ? [e.message, ...e.fields.map((f) => f.message)].join(' ') : String(e),
      );
    }
  }
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent style={{ display: 'grid', gap: '8px' }}>
            {message && <p role="alert">{message}</p>}
            <Field label={t('map.information')}>
              <Input
                value={form.information}
                onChange={(_, d) => setForm({ ...form, information: d.value })}
              />
            </Field>
            <Field label={t('map.method')}>
              <Select
                value={form.method}
                onChange={(_, d) => setForm({ ...form, method: d.value as IntegrationMethod })}
              >
                {INTEGRATION_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {t(`method.${m}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('map.frequency')}>
              <Select
                value={form.frequency}
                onChange={(_, d) => setForm({ ...form, frequency: d.value as IntegrationFrequency })}
              >
                {INTEGRATION_FREQUENCIES.map((f) => (
                  <option key={f} value={f}>
                    {t(`frequency.${f}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <IntegrationOwner
              value={form.ownerPersonId}
              onChange={(ownerPersonId) => setForm({ ...form, ownerPersonId })}
            />
            <Field label={t('sys.description')}>
              <Textarea
                value={form.description}
                onChange={(_, d) => setForm({ ...form, description: d.value })}
              />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('cancel')}</Button>
            <Button appearance="primary" onClick={() => void save()}>
              {t('save')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** Who owns an integration (issue 17: "who owns the integration"); none when nobody is named. */
function IntegrationOwner(props: { value: string; onChange(value: string): void }) {
  const { t } = useTexts();
  const people = useResource<{ id: string; displayName: string }[]>('/api/people');
  return (
    <ChoiceField
      label={t('map.owner')}
      value={props.value}
      onChange={props.onChange}
      blank={t('map.ownerDefault')}
      options={(people.data ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
    />
  );
}
