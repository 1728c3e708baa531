// Reading the audit log back: an administrator's export, filtered by period, person or record.
import { z } from 'zod';
import { canExportAuditLog } from '../../domain/authorization/policy';
import type { AuditEntry } from '../../domain/model';
import { ensure, requireActor, type RequestContext, type ServiceDeps } from '../context';
import type { Stored } from '../ports/store';
import { parseInput } from '../schemas';

const isoInstantOrDate = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

export const auditQuery = z.strictObject({
  from: isoInstantOrDate.optional(),
  to: isoInstantOrDate.optional(),
  actorId: z.string().min(1).max(100).optional(),
  collection: z.string().min(1).max(100).optional(),
  recordId: z.string().min(1).max(100).optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

export type AuditQuery = z.output<typeof auditQuery>;

/** A date alone means the whole day: `to=2026-11-23` includes that day's entries. */
function bound(value: string | undefined, end: boolean): number | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return Date.parse(`${value}T00:00:00Z`) + (end ? 86_400_000 : 0);
  return Date.parse(value) + (end ? 1 : 0);
}

export class AuditService {
  constructor(private readonly deps: ServiceDeps) {}

  async export(
    ctx: RequestContext,
    input: unknown,
  ): Promise<{ query: AuditQuery; entries: Stored<AuditEntry>[] }> {
    ensure(canExportAuditLog(requireActor(ctx)));
    const query = parseInput(auditQuery, input, ctx.locale);
    // Equality filters go to the store (indexed), the most selective first: SharePoint drives a query by
    // its first column, and refuses it when that column alone matches more than its 5,000-item list view
    // threshold. A collection is not selective (a large municipality's budget edits pass 5,000 in a
    // year), so alone it is no store filter: the log is read in pages, which SharePoint allows at any size.
    // The period is applied here too, since the store port filters by equality only.
    const where: Partial<Pick<AuditEntry, 'actorId' | 'collection' | 'recordId'>> = {};
    if (query.recordId) where.recordId = query.recordId;
    if (query.actorId) where.actorId = query.actorId;
    if (query.collection && (query.recordId || query.actorId)) where.collection = query.collection;
    const all = await this.deps.store.auditLog.findAll(where, { field: 'createdAt', direction: 'asc' });
    const from = bound(query.from, false);
    const to = bound(query.to, true);
    const entries = all
      .filter((e) => {
        const at = Date.parse(e.at);
        return (
          (from === undefined || at >= from) &&
          (to === undefined || at < to) &&
          (!query.collection || e.collection === query.collection)
        );
      })
      .sort((a, b) => a.at.localeCompare(b.at));
    return { query, entries };
  }
}
