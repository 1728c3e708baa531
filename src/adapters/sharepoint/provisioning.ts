// `npm run provision`: creates or updates, idempotently, every list with its typed columns, the indexes
// our queries need and the lookup columns (through Graph), and a default view per list for people who
// browse the lists (through SharePoint's REST API with pnpjs, ./listViews.ts: Graph v1.0 has no list views). A second run changes
// nothing. Provisioning needs the site's "manage" (or "fullcontrol") role once; see docs/sharepoint.md.
import { GraphClient, GraphError, type GraphResponse, type TokenProvider } from '../graph/graphClient';
import { LISTS, EXTRA_COLUMN, lookupName, type ColumnSpec, type ListSpec } from './schema';
import { provisionViews } from './listViews';

export { VIEW_TITLE, viewFields } from './listViews';
import type { CollectionName } from '../../services/ports/store';

const MAX_INDEXES = 20;

export interface ProvisionOptions {
  graph: GraphClient;
  siteId: string;
  /**
   * A token for SharePoint REST on the site (list views), given the site's web URL; without one the
   * views are skipped, and the reason is printed.
   */
  sharePointToken?: (webUrl: string) => { token?: TokenProvider; reason?: string };
  log?: (line: string) => void;
}

export interface ProvisionReport {
  /** Every change made, one line each; empty when the site was already as it should be. */
  changes: string[];
  /** Columns whose type differs from the schema: reported, never changed (that would lose data). */
  problems: string[];
  viewsSkipped: boolean;
}

interface RemoteColumn {
  id: string;
  name: string;
  indexed?: boolean;
  choice?: { choices?: string[] };
  [facet: string]: unknown;
}

/** The Graph columnDefinition of a schema column. */
export function columnDefinition(column: ColumnSpec): Record<string, unknown> {
  const base = { name: column.name, displayName: column.displayName, indexed: column.indexed };
  switch (column.type) {
    case 'text':
      return { ...base, text: { allowMultipleLines: false, maxLength: 255 } };
    case 'note':
    case 'json':
      return { ...base, text: { allowMultipleLines: true, textType: 'plain', linesForEditing: 6 } };
    case 'number':
      return { ...base, number: { decimalPlaces: 'automatic' } };
    case 'boolean':
      return { ...base, boolean: {} };
    case 'dateTime':
      return { ...base, dateTime: { format: 'dateTime', displayAs: 'standard' } };
    case 'choice':
      return {
        ...base,
        choice: { choices: [...(column.choices ?? [])], allowTextEntry: true, displayAs: 'dropDownMenu' },
      };
  }
}

const extraColumn = (): Record<string, unknown> => ({
  name: EXTRA_COLUMN,
  displayName: 'Övrigt (JSON)',
  indexed: false,
  text: { allowMultipleLines: true, textType: 'plain', linesForEditing: 3 },
});

function lookupDefinition(column: ColumnSpec, targetListId: string): Record<string, unknown> {
  return {
    name: lookupName(column),
    displayName: `${column.displayName.replace(/-id$| \(id\)$/, '')} (länk)`,
    indexed: false,
    lookup: { listId: targetListId, columnName: 'Title', allowMultipleValues: false },
  };
}

/** Wanted columns of a list: the schema's, the catch-all, and the lookup companions. */
function wanted(spec: ListSpec, listIds: Record<string, string>): Record<string, unknown>[] {
  const defs = spec.columns.map((c) => columnDefinition(c));
  defs.push(extraColumn());
  for (const c of spec.columns)
    if (c.references && listIds[c.references]) defs.push(lookupDefinition(c, listIds[c.references]!));
  return defs;
}

function ok(res: GraphResponse, what: string, ...statuses: number[]): GraphResponse {
  if (!statuses.includes(res.status)) throw GraphError.of(res, { method: what.split(' ')[0]!, path: what });
  return res;
}

async function allPages<T>(graph: GraphClient, path: string): Promise<T[]> {
  const out: T[] = [];
  let next: string | null = path;
  while (next) {
    const res = ok(await graph.send({ method: 'GET', path: next }), `GET ${next}`, 200);
    const body = res.body as { value: T[]; '@odata.nextLink'?: string };
    out.push(...body.value);
    next = body['@odata.nextLink'] ? graph.relative(body['@odata.nextLink']) : null;
  }
  return out;
}

function describe(def: Record<string, unknown>): string {
  const type =
    ['text', 'number', 'boolean', 'dateTime', 'choice', 'lookup'].find((f) => def[f] !== undefined) ?? '?';
  const multi =
    type === 'text' && (def['text'] as { allowMultipleLines?: boolean }).allowMultipleLines
      ? ' (multi-line)'
      : '';
  return `${type}${multi}${def['indexed'] ? ', indexed' : ''}`;
}

export async function provision(options: ProvisionOptions): Promise<ProvisionReport> {
  const { graph, siteId } = options;
  const log = options.log ?? (() => undefined);
  const report: ProvisionReport = { changes: [], problems: [], viewsSkipped: false };
  const change = (line: string) => {
    report.changes.push(line);
    log(line);
  };
  const sitePath = `/sites/${siteId}`;
  const site = ok(
    await graph.send({ method: 'GET', path: `${sitePath}?$select=id,webUrl,displayName` }),
    'GET site',
    200,
  ).body as { webUrl: string };

  const specs = Object.entries(LISTS) as [CollectionName, ListSpec][];
  for (const [, spec] of specs) {
    const indexes = spec.columns.filter((c) => c.indexed).length;
    if (indexes > MAX_INDEXES)
      throw new Error(`${spec.displayName} would need ${indexes} indexes; SharePoint allows ${MAX_INDEXES}`);
  }

  // 1. Every list exists (created with its own columns; lookups follow once every list has an id).
  const remote = await allPages<{ id: string; displayName: string }>(
    graph,
    `${sitePath}/lists?$select=id,displayName&$top=500`,
  );
  const listIds: Record<string, string> = {};
  for (const l of remote) listIds[l.displayName] = l.id;
  const ids: Record<string, string> = {};
  const createdNow = new Set<string>();
  for (const [name, spec] of specs) {
    if (listIds[spec.displayName]) {
      ids[name] = listIds[spec.displayName]!;
      log(`= list "${spec.displayName}" exists`);
      continue;
    }
    const columns = wanted(spec, {});
    const res = ok(
      await graph.send({
        method: 'POST',
        path: `${sitePath}/lists`,
        body: {
          displayName: spec.displayName,
          description: spec.description,
          columns,
          list: { template: 'genericList' },
        },
      }),
      `POST list ${spec.displayName}`,
      201,
    );
    ids[name] = (res.body as { id: string }).id;
    createdNow.add(name);
    change(`+ list "${spec.displayName}" created`);
    for (const c of columns) log(`    + column ${String(c['name'])} (${describe(c)})`);
  }

  // 2. Every column, index and lookup of every list.
  for (const [name, spec] of specs) {
    const listPath = `${sitePath}/lists/${ids[name]}`;
    const existing = await allPages<RemoteColumn>(graph, `${listPath}/columns`);
    const byName = new Map(existing.map((c) => [c.name, c]));
    if (!createdNow.has(name)) log(`  list "${spec.displayName}"`);
    for (const def of wanted(spec, ids)) {
      const columnName = String(def['name']);
      const current = byName.get(columnName);
      const where = `${spec.displayName}.${columnName}`;
      if (!current) {
        ok(
          await graph.send({ method: 'POST', path: `${listPath}/columns`, body: def }),
          `POST column ${where}`,
          201,
        );
        change(`    + column ${columnName} (${describe(def)}) in "${spec.displayName}"`);
        continue;
      }
      const facet = ['text', 'number', 'boolean', 'dateTime', 'choice', 'lookup'].find(
        (f) => def[f] !== undefined,
      )!;
      if (current[facet] === undefined) {
        const line = `    ! column ${columnName} in "${spec.displayName}" has another type than ${facet}; left as it is`;
        report.problems.push(line);
        log(line);
        continue;
      }
      const patch: Record<string, unknown> = {};
      const notes: string[] = [];
      if (def['indexed'] && !current.indexed) {
        patch['indexed'] = true;
        notes.push('index added');
      }
      if (facet === 'choice') {
        const have = current.choice?.choices ?? [];
        const want = (def['choice'] as { choices: string[] }).choices;
        const missing = want.filter((c) => !have.includes(c));
        if (missing.length) {
          patch['choice'] = { ...(def['choice'] as object), choices: [...have, ...missing] };
          notes.push(`choices added: ${missing.join(', ')}`);
        }
      }
      if (Object.keys(patch).length) {
        ok(
          await graph.send({ method: 'PATCH', path: `${listPath}/columns/${current.id}`, body: patch }),
          `PATCH column ${where}`,
          200,
        );
        change(`    ~ column ${columnName} in "${spec.displayName}": ${notes.join('; ')}`);
      } else if (!createdNow.has(name)) log(`    = column ${columnName} (${describe(def)})`);
    }
  }

  // 3. A default view per list, for people browsing the lists in SharePoint.
  const sharePoint = options.sharePointToken?.(site.webUrl) ?? { reason: 'no SharePoint token given' };
  if (!sharePoint.token) {
    report.viewsSkipped = true;
    log(`views: skipped — ${sharePoint.reason ?? 'no SharePoint token'}`);
    return report;
  }
  await provisionViews(site.webUrl, sharePoint.token, [...specs.map(([, spec]) => spec)], change, log);
  return report;
}
