// Systemregister: every system across the objects, searchable and filterable, with the register's fields;
// edited by whom the policy allows, imported from and exported to the municipality's sheet, and for each
// system "what depends on it" one click away.
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { canEditSystem, canImportSystems } from '../../../../domain/authorization/policy';
import { LIFECYCLE_STATES } from '../../../../domain/model';
import { HOSTINGS } from '../../../../domain/systems/profile';
import { useResource } from '../../../api/hooks';
import { ErrorBar, Loading } from '../../../components/Feedback';
import { Section } from '../../../components/Section';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { EdgeTable } from './EdgeTable';
import { SystemEditDialog } from './SystemEditDialog';
import { SystemImport } from './SystemImport';
import type { SystemMapData, SystemRow } from './types';
import { useSystems } from './useSystems';

const LIFECYCLE_COLOR = {
  inUse: 'success',
  introducing: 'informative',
  retiring: 'warning',
  retired: 'danger',
} as const;

const useStyles = makeStyles({
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalM,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  table: { overflowX: 'auto' },
});

export default function SystemRegister() {
  const styles = useStyles();
  const { t } = useTexts();
  const { actor, ready } = useSession();
  const { filters, setFilter, systems, objects, departments } = useSystems();
  const [editing, setEditing] = useState<SystemRow | null>(null);
  const [dependents, setDependents] = useState<SystemRow | null>(null);
  useEffect(() => {
    if (systems.data) ready();
  }, [systems.data, ready]);
  const may = (s: SystemRow) => actor !== null && canEditSystem(actor, s.objectId, s.ownerPersonId).allowed;
  const mayImport = actor !== null && canImportSystems(actor).allowed;
  const list = systems.data ?? [];
  const select = (name: Parameters<typeof setFilter>[0], label: string, options: [string, string][]) => (
    <Field label={label}>
      <Select
        value={filters[name]}
        onChange={(_, d) => setFilter(name, d.value)}
        data-testid={`filter-${name}`}
      >
        <option value="">{t('sys.all')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <>
      <Section
        title={t('it.nav.systems')}
        id="systems"
        actions={
          <Link href="/api/systems/export" download data-testid="export-systems">
            {t('sys.export')}
          </Link>
        }
      >
        {!list.some(may) && systems.data && (
          <MessageBar intent="info">
            <MessageBarBody>{t('sys.readOnly')}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.filters} role="search">
          <Field label={t('sys.search')} hint={t('sys.searchHint')}>
            <Input
              type="search"
              value={filters.q}
              onChange={(_, d) => setFilter('q', d.value)}
              data-testid="system-search"
            />
          </Field>
          {select(
            'objectId',
            t('sys.object'),
            (objects.data ?? []).map((o) => [o.id, `${o.code} ${o.name}`]),
          )}
          {select(
            'lifecycle',
            t('sys.lifecycle'),
            LIFECYCLE_STATES.map((l) => [l, t(`lifecycle.${l}`)]),
          )}
          {select(
            'hosting',
            t('sys.hosting'),
            HOSTINGS.map((h) => [h, t(`hosting.${h}`)]),
          )}
          {select(
            'departmentId',
            t('sys.department'),
            (departments.data ?? []).map((d) => [d.id, d.name]),
          )}
          {select('personalData', t('sys.personalData'), [
            ['true', t('sys.yes')],
            ['false', t('sys.no')],
          ])}
        </div>
        {systems.error && <ErrorBar error={systems.error} onRetry={() => void systems.reload()} />}
        {systems.loading && !systems.data && <Loading />}
        <p role="status">{t('sys.count', { n: list.length })}</p>
        {systems.data && list.length === 0 && <p>{t('sys.none')}</p>}
        {list.length > 0 && (
          <div className={styles.table}>
            <Table size="small" aria-labelledby="systems-heading" data-testid="system-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('sys.name')}</TableHeaderCell>
                  <TableHeaderCell>{t('sys.object')}</TableHeaderCell>
                  <TableHeaderCell>{t('sys.supplier')}</TableHeaderCell>
                  <TableHeaderCell>{t('sys.lifecycle')}</TableHeaderCell>
                  <TableHeaderCell>{t('sys.hosting')}</TableHeaderCell>
                  <TableHeaderCell>
                    <abbr title={t('sys.ciaLong')}>{t('sys.cia')}</abbr>
                  </TableHeaderCell>
                  <TableHeaderCell>{t('sys.personalData')}</TableHeaderCell>
                  <TableHeaderCell>{t('sys.departments')}</TableHeaderCell>
                  <TableHeaderCell>{t('sys.owner')}</TableHeaderCell>
                  <TableHeaderCell>{t('sys.actions')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.map((s) => (
                  <TableRow key={s.id} data-testid="system-row">
                    <TableCell>
                      <strong>{s.name}</strong>
                      {s.documentationLinks.map((l) => (
                        <div key={l.url}>
                          <Link href={l.url} target="_blank" rel="noreferrer">
                            {l.title}
                          </Link>
                        </div>
                      ))}
                    </TableCell>
                    <TableCell>{s.objectCode}</TableCell>
                    <TableCell>
                      {s.supplier}
                      {s.contracts.map((c) => (
                        <div key={c.id}>
                          {c.title} ({c.endDate})
                        </div>
                      ))}
                    </TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={LIFECYCLE_COLOR[s.lifecycle]}>
                        {t(`lifecycle.${s.lifecycle}`)}
                      </Badge>
                    </TableCell>
                    <TableCell>{s.hosting ? t(`hosting.${s.hosting}`) : t('hosting.none')}</TableCell>
                    <TableCell>
                      {[
                        s.classification.confidentiality,
                        s.classification.integrity,
                        s.classification.availability,
                      ]
                        .map((l) => l ?? '–')
                        .join('/')}
                    </TableCell>
                    <TableCell>
                      {s.personalData ? t('sys.yes') : t('sys.no')}
                      {s.processingRecordRef && <div>{s.processingRecordRef}</div>}
                    </TableCell>
                    <TableCell>{s.departments.map((d) => d.name).join(', ')}</TableCell>
                    <TableCell>
                      {s.owner.people.map((p) => p.displayName).join(', ')}
                      {s.owner.source === 'object' && s.owner.people.length > 0 && ` ${t('sys.fromObject')}`}
                    </TableCell>
                    <TableCell>
                      <div className={styles.buttons}>
                        <Button size="small" onClick={() => setDependents(s)} data-testid="dependents">
                          {t('sys.dependents')}
                        </Button>
                        {may(s) && (
                          <Button
                            size="small"
                            onClick={() => setEditing(s)}
                            aria-label={t('sys.editTitle', { name: s.name })}
                          >
                            {t('sys.edit')}
                          </Button>
                        )}
                      </div>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </Section>
      {mayImport && (
        <Section title={t('sys.import')} id="system-import">
          <SystemImport onImported={() => void systems.reload()} />
        </Section>
      )}
      {editing && (
        <SystemEditDialog
          system={editing}
          departments={departments.data ?? []}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void systems.reload();
          }}
        />
      )}
      {dependents && <DependentsDialog system={dependents} onClose={() => setDependents(null)} />}
    </>
  );
}

/** What depends on a system: every integration to or from it, with those reaching a retiring system flagged. */
function DependentsDialog({ system, onClose }: { system: SystemRow; onClose(): void }) {
  const { t } = useTexts();
  const map = useResource<SystemMapData>(`/api/system-map?systemId=${encodeURIComponent(system.id)}`);
  const objects = useResource<{ id: string; code: string }[]>('/api/objects');
  const code = (id: string) => objects.data?.find((o) => o.id === id)?.code ?? '';
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('sys.dependentsTitle', { name: system.name })}</DialogTitle>
          <DialogContent>
            {map.loading && <Loading />}
            {map.data && map.data.edges.length === 0 && (
              <p>{t('sys.dependentsNone', { name: system.name })}</p>
            )}
            {map.data && map.data.edges.length > 0 && (
              <EdgeTable
                nodes={map.data.nodes}
                edges={map.data.edges}
                caption={t('map.tableTitle', { n: map.data.edges.length })}
                objectCode={code}
                ownerName={(id) => id}
              />
            )}
            <p>
              <Link href={`/tab/it?section=map&systemId=${encodeURIComponent(system.id)}`}>
                {t('map.scope.system')}: {system.name}
              </Link>
            </p>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
