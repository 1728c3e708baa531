// Moves everything from one store to another (`npm run export`: embedded → SharePoint; `npm run import`:
// SharePoint → embedded). Ids are the target's own, so every reference between records is rewritten on
// the way: collections go in an order where what is referred to is already there.
import type { CardSubject } from '../../domain/model';
import { subjectKey } from '../../services/notifications/notificationService';
import {
  COLLECTIONS,
  type CollectionName,
  type Store,
  type StoreCollections,
} from '../../services/ports/store';
import { LISTS } from './schema';
import type { SharePointStore } from './sharepointStore';

type Entity = Record<string, unknown>;
type IdMap = Map<CollectionName, Map<string, string>>;

/** What is referred to comes first. */
export const TRANSFER_ORDER: readonly CollectionName[] = [
  'lineOrganisations',
  'people',
  'objects',
  'products',
  'components',
  // After components (the systems at both ends) and people (the owner).
  'integrations',
  'productComponents',
  'relatedObjects',
  'roleAssignments',
  'contracts',
  'plans',
  'budgetLines',
  // After plans: each plan's kept budget totals (ADR 0030) name it and its object.
  'planTotals',
  'planApprovals',
  'planVersions',
  'outcomeMappings',
  'outcomeEntries',
  'interimFollowUps',
  'planReports',
  'initiatives',
  'forums',
  'decisions',
  'meetings',
  'actionItems',
  'minutes',
  // After plans, initiatives and people: the goal chain refers to them.
  'steeringDocuments',
  'strategicPlans',
  'goalLinks',
  'itServices',
  'hukiRoles',
  'hukiActivities',
  'orders',
  'projects',
  'channelBindings',
  'conversations',
  'outbox',
  'leases',
  // After people (personId is rewritten); the hashes move as they are, so the links keep working.
  'feedTokens',
  // Last: its entries name records of every other collection by the ids they had (kept as history).
  'auditLog',
];

/** References held in arrays or nested values (single references are the schema's `references`). */
const MANY: Partial<Record<CollectionName, { field: string; target: CollectionName }[]>> = {
  objects: [{ field: 'lineOrganisationIds', target: 'lineOrganisations' }],
  roleAssignments: [{ field: 'productIds', target: 'products' }],
  initiatives: [{ field: 'affectedObjectIds', target: 'objects' }],
  forums: [
    { field: 'delegatePersonIds', target: 'people' },
    { field: 'chairDelegatePersonIds', target: 'people' },
  ],
  itServices: [
    { field: 'componentIds', target: 'components' },
    { field: 'objectIds', target: 'objects' },
  ],
  orders: [{ field: 'budgetLineIds', target: 'budgetLines' }],
  projects: [
    { field: 'objectIds', target: 'objects' },
    { field: 'componentIds', target: 'components' },
  ],
  minutes: [
    { field: 'attendance', target: 'people' },
    { field: 'adjusterPersonIds', target: 'people' },
  ],
};

/** The record a card subject names, by the field that holds its id. */
const SUBJECT_REFERENCES: Record<string, CollectionName> = {
  planId: 'plans',
  decisionId: 'decisions',
  meetingId: 'meetings',
  initiativeId: 'initiatives',
  actionItemId: 'actionItems',
  orderId: 'orders',
};

export interface TransferSummary {
  counts: Record<CollectionName, number>;
  /** References to records the source does not have, kept as they were. */
  unresolved: string[];
}

/** The record with every reference rewritten by `lookup` (undefined: not found, kept, reported). */
export function rewriteReferences(
  name: CollectionName,
  record: Entity,
  lookup: (target: CollectionName, id: string) => string | undefined,
  unresolved: string[] = [],
): Entity {
  const out: Entity = { ...record };
  const one = (target: CollectionName, id: unknown, where: string): unknown => {
    if (typeof id !== 'string' || id === '') return id;
    const mapped = lookup(target, id);
    if (mapped === undefined) {
      unresolved.push(`${name}.${where} → ${target}/${id}`);
      return id;
    }
    return mapped;
  };
  for (const column of LISTS[name].columns)
    if (column.references && !column.sub)
      out[column.field] = one(column.references, out[column.field], column.field);
  for (const m of MANY[name] ?? [])
    if (Array.isArray(out[m.field]))
      out[m.field] = (out[m.field] as unknown[]).map((id) => one(m.target, id, m.field));
  if (name === 'initiatives' && Array.isArray(out['escalations']))
    out['escalations'] = (out['escalations'] as Entity[]).map((e) => ({
      ...e,
      byPersonId: one('people', e['byPersonId'], 'escalations.byPersonId'),
    }));
  if (name === 'components' && out['system']) {
    // The system register's nested references: the named owner and manager, the user departments.
    const system = out['system'] as Entity;
    out['system'] = {
      ...system,
      ownerPersonId: one('people', system['ownerPersonId'], 'system.ownerPersonId'),
      managerPersonId: one('people', system['managerPersonId'], 'system.managerPersonId'),
      departmentIds: Array.isArray(system['departmentIds'])
        ? (system['departmentIds'] as unknown[]).map((id) =>
            one('lineOrganisations', id, 'system.departmentIds'),
          )
        : system['departmentIds'],
    };
  }
  if (name === 'minutes') {
    // Nested references: each paragraph's decision, each action item's owner and record, the signatures.
    const each = (field: string, fn: (e: Entity) => Entity) => {
      if (Array.isArray(out[field])) out[field] = (out[field] as Entity[]).map(fn);
    };
    each('paragraphs', (p) => ({
      ...p,
      decisionId: one('decisions', p['decisionId'], 'paragraphs.decisionId'),
      ...(p['decision']
        ? {
            decision: {
              ...(p['decision'] as Entity),
              objectId: one('objects', (p['decision'] as Entity)['objectId'], 'paragraphs.decision.objectId'),
              initiativeId: one(
                'initiatives',
                (p['decision'] as Entity)['initiativeId'],
                'paragraphs.decision.initiativeId',
              ),
            },
          }
        : {}),
    }));
    each('actionItems', (a) => ({
      ...a,
      ownerPersonId: one('people', a['ownerPersonId'], 'actionItems.ownerPersonId'),
      actionItemId: one('actionItems', a['actionItemId'], 'actionItems.actionItemId'),
    }));
    each('adjustedBy', (a) => ({ ...a, personId: one('people', a['personId'], 'adjustedBy.personId') }));
    if (out['correction'])
      out['correction'] = {
        ...(out['correction'] as Entity),
        byPersonId: one('people', (out['correction'] as Entity)['byPersonId'], 'correction.byPersonId'),
      };
  }
  // The approvers of a plan's approval, on its decision and on the approved version kept.
  if ((name === 'decisions' || name === 'planVersions') && Array.isArray(out['approvers']))
    out['approvers'] = (out['approvers'] as Entity[]).map((a) => ({
      ...a,
      personId: one('people', a['personId'], 'approvers.personId'),
    }));
  if (name === 'planReports' && Array.isArray(out['approvals']))
    out['approvals'] = (out['approvals'] as Entity[]).map((a) => ({
      ...a,
      personId: one('people', a['personId'], 'approvals.personId'),
    }));
  // The goal chain: a link's source is a plan or an initiative by its kind; a strategic plan names
  // steering documents in its goals and references, and its approvers.
  if (name === 'goalLinks')
    out['sourceId'] = one(
      out['sourceKind'] === 'initiative' ? 'initiatives' : 'plans',
      out['sourceId'],
      'sourceId',
    );
  if (name === 'strategicPlans') {
    if (Array.isArray(out['approvals']))
      out['approvals'] = (out['approvals'] as Entity[]).map((a) => ({
        ...a,
        personId: one('people', a['personId'], 'approvals.personId'),
      }));
    const doc = (id: unknown, where: string) => (id === null ? null : one('steeringDocuments', id, where));
    if (Array.isArray(out['steeringRefs']))
      out['steeringRefs'] = (out['steeringRefs'] as Entity[]).map((r) => ({
        ...r,
        documentId: doc(r['documentId'], 'steeringRefs.documentId'),
      }));
    if (Array.isArray(out['lifecycleChanges']))
      out['lifecycleChanges'] = (out['lifecycleChanges'] as Entity[]).map((c) => ({
        ...c,
        componentId:
          c['componentId'] === null
            ? null
            : one('components', c['componentId'], 'lifecycleChanges.componentId'),
      }));
    if (Array.isArray(out['years']))
      out['years'] = (out['years'] as Entity[]).map((y) => ({
        ...y,
        goals: ((y['goals'] as Entity[]) ?? []).map((g) => ({
          ...g,
          refs: ((g['refs'] as Entity[]) ?? []).map((r) => ({
            ...r,
            documentId: doc(r['documentId'], 'years.goals.refs.documentId'),
          })),
        })),
      }));
  }
  if (name === 'outbox' && out['subject']) {
    // A card's subject names one record; its key is derived from it and the conversation.
    const subject = { ...(out['subject'] as Entity) };
    for (const [field, target] of Object.entries(SUBJECT_REFERENCES))
      if (typeof subject[field] === 'string')
        subject[field] = one(target, subject[field], `subject.${field}`);
    out['subject'] = subject;
    out['subjectKey'] = subjectKey(subject as unknown as CardSubject, String(out['conversationId']));
  }
  return out;
}

function dataOf(record: Entity): Entity {
  const { id: _i, etag: _e, createdAt: _c, updatedAt: _u, ...rest } = record;
  return rest;
}

const isSharePoint = (store: Store): store is SharePointStore =>
  store.kind === 'sharepoint' && typeof (store as Partial<SharePointStore>).createInOrder === 'function';

const CHUNK = 100;

/**
 * Copies every record of `source` into `target`, which must be empty. On the embedded store the copy is
 * one transaction; on SharePoint, records go 20 to a $batch in order, and a failure deletes what was
 * copied so that the command can simply be run again.
 */
export async function transfer(
  source: Store,
  target: Store,
  options: { log?: (line: string) => void; idMap?: IdMap } = {},
): Promise<TransferSummary> {
  const log = options.log ?? (() => undefined);
  const missing = (Object.keys(COLLECTIONS) as CollectionName[]).filter((n) => !TRANSFER_ORDER.includes(n));
  if (missing.length) throw new Error(`transfer does not know where ${missing.join(', ')} go`);
  for (const name of TRANSFER_ORDER) {
    const page = await target[name].find({ limit: 1 });
    if (page.items.length)
      throw new Error(`The target store is not empty (${name}); move data only into an empty store.`);
  }
  const ids: IdMap = options.idMap ?? new Map();
  const counts = {} as Record<CollectionName, number>;
  const unresolved: string[] = [];
  const created: { name: CollectionName; id: string }[] = [];
  const lookup = (t: CollectionName, id: string) => ids.get(t)?.get(id);

  const copy = async (tx: StoreCollections | SharePointStore) => {
    for (const name of TRANSFER_ORDER) {
      const records = await source[name].findAll();
      const map = new Map<string, string>();
      ids.set(name, map);
      for (let i = 0; i < records.length; i += CHUNK) {
        const chunk = records.slice(i, i + CHUNK);
        const rewritten = chunk.map((r) =>
          rewriteReferences(name, dataOf(r as unknown as Entity), lookup, unresolved),
        );
        let made: { id: string }[];
        if ('createInOrder' in tx) made = await tx.createInOrder(name, rewritten);
        else {
          made = [];
          for (const r of rewritten)
            made.push(
              await (tx[name] as unknown as { create(d: Entity): Promise<{ id: string }> }).create(r),
            );
        }
        made.forEach((m, j) => {
          map.set(chunk[j]!.id, m.id);
          created.push({ name, id: m.id });
        });
        log(`  ${name}: ${Math.min(i + CHUNK, records.length)}/${records.length}`);
      }
      if (!records.length) log(`  ${name}: 0`);
      counts[name] = records.length;
    }
  };

  if (isSharePoint(target)) {
    try {
      await copy(target);
    } catch (error) {
      log(
        `failed: ${error instanceof Error ? error.message : String(error)} — removing the ${created.length} records copied`,
      );
      for (let i = 0; i < created.length; i += 20)
        await Promise.allSettled(created.slice(i, i + 20).map((c) => target[c.name].delete(c.id)));
      throw error;
    }
  } else await target.transaction((tx) => copy(tx));
  return { counts, unresolved };
}

export function summaryTable(summary: TransferSummary): string {
  const rows = TRANSFER_ORDER.map((n) => `  ${n.padEnd(20)} ${String(summary.counts[n] ?? 0).padStart(7)}`);
  const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  const lines = ['', 'Moved:', ...rows, `  ${'total'.padEnd(20)} ${String(total).padStart(7)}`];
  if (summary.unresolved.length)
    lines.push(
      '',
      `${summary.unresolved.length} references pointed at records that do not exist; kept as they were:`,
      ...summary.unresolved.slice(0, 20).map((u) => `  ${u}`),
    );
  return lines.join('\n');
}
