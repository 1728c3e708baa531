// Outcome of a plan (issue 16 §1): manual entries, the object's code table, and the import of a finance
// export with a dry run. Every write is one transaction (the audited store logs it with the rows).
import { randomUUID } from 'node:crypto';
import { canFollowUp } from '../../domain/authorization/policy';
import { bucketOf } from '../../domain/budget/budget';
import { ImportFormatError, readFinanceRows, type RejectReason } from '../../domain/followup/financeImport';
import { outcomeReport } from '../../domain/followup/outcome';
import type { OutcomeEntry } from '../../domain/followup/types';
import { translate, type Locale, type MessageKey } from '../../i18n/messages';
import { ensure, requireActor, type RequestContext, type ServiceDeps } from '../context';
import { AppError } from '../errors';
import { checkEtag, data, mustGet } from '../records';
import { parseInput } from '../schemas';
import { readSheetFile, sheetFileOf } from '../sheets/upload';
import * as F from './schemas';

export function rejectMessage(locale: Locale, reason: RejectReason): string {
  const { key, ...params } = reason;
  return translate(locale, `import.reject.${key}` as MessageKey, params as Record<string, string | number>);
}

export class OutcomeService {
  constructor(private readonly deps: ServiceDeps) {}

  private get store() {
    return this.deps.store;
  }

  /** Plan against outcome: the contract of GET /api/plans/{id}/outcome. */
  async outcome(planId: string) {
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    const [lines, entries] = await Promise.all([
      this.store.budgetLines.findAll({ planId }),
      this.store.outcomeEntries.findAll({ planId }),
    ]);
    return { planId, ...outcomeReport(plan.year, lines, plan, entries) };
  }

  async entries(planId: string) {
    await mustGet(this.store.plans, 'objektplan', planId);
    const entries = await this.store.outcomeEntries.findAll({ planId }, { field: 'period' });
    return entries.map((e) => ({ ...e, amount: e.amountOre / 100, hours: e.centiHours / 100 }));
  }

  /** Hours and amounts no finance system knows, per budget line, side and month. */
  async addEntry(ctx: RequestContext, planId: string, input: unknown) {
    const actor = requireActor(ctx);
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    ensure(canFollowUp(actor, plan.objectId));
    const body = parseInput(F.outcomeEntryCreate, input, ctx.locale);
    if (!body.period.startsWith(`${plan.year}-`))
      throw new AppError('validation', 'validation.periodOutsideYear', {
        period: body.period,
        year: plan.year,
      });
    const line = await this.store.budgetLines.get(body.budgetLineId);
    if (!line || line.planId !== planId)
      throw new AppError('validation', 'validation.lineNotInThisPlan', { id: body.budgetLineId });
    const created = await this.store.transaction((tx) =>
      tx.outcomeEntries.create({
        planId,
        objectId: plan.objectId,
        period: body.period,
        mainActivity: line.mainActivity,
        side: body.side,
        bucket: bucketOf(line.assignmentType),
        amountOre: Math.round(body.amount * 100),
        centiHours: Math.round(body.hours * 100),
        source: 'manual',
        budgetLineId: line.id,
        code: '',
        account: '',
        note: body.note,
        importId: null,
      }),
    );
    return { ...created, amount: created.amountOre / 100, hours: created.centiHours / 100 };
  }

  async deleteEntry(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    const actor = requireActor(ctx);
    const entry = await mustGet(this.store.outcomeEntries, 'utfallsrad', id);
    ensure(canFollowUp(actor, entry.objectId));
    const etag = checkEtag(entry, ifMatch);
    await this.store.transaction((tx) => tx.outcomeEntries.delete(id, etag));
  }

  async mapping(objectId: string) {
    await mustGet(this.store.objects, 'objekt', objectId);
    const [found] = await this.store.outcomeMappings.findAll({ objectId });
    return found ?? { id: null, etag: null, objectId, codes: [] };
  }

  /** Replaces the object's code table (If-Match of the table when one exists). */
  async setMapping(ctx: RequestContext, objectId: string, ifMatch: string | undefined, input: unknown) {
    const actor = requireActor(ctx);
    await mustGet(this.store.objects, 'objekt', objectId);
    ensure(canFollowUp(actor, objectId));
    const body = parseInput(F.outcomeMappingUpdate, input, ctx.locale);
    const seen = new Set<string>();
    for (const c of body.codes) {
      const k = c.code.trim().toLowerCase();
      if (seen.has(k)) throw new AppError('validation', 'validation.duplicateCode', { code: c.code });
      seen.add(k);
    }
    const codes = body.codes.map((c) => ({ ...c, code: c.code.trim() }));
    return this.store.transaction(async (tx) => {
      const [current] = await tx.outcomeMappings.findAll({ objectId });
      if (!current) return tx.outcomeMappings.create({ objectId, codes });
      const etag = checkEtag(current, ifMatch);
      return tx.outcomeMappings.update(current.id, { ...data(current), codes }, etag);
    });
  }

  /**
   * Reads a finance export (CSV text or an Excel workbook's bytes) and, unless it is a dry run, imports its
   * accepted rows: each period the file brings replaces what earlier imports brought for that period, so
   * importing the same file twice changes nothing (manual entries are never touched).
   */
  async importFile(ctx: RequestContext, planId: string, input: unknown, dryRun: boolean) {
    const actor = requireActor(ctx);
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    ensure(canFollowUp(actor, plan.objectId));
    const records = await readSheetFile(this.deps.sheets, sheetFileOf(input));
    if (records.length < 2) throw new AppError('validation', 'validation.importEmpty');
    const [mapping] = await this.store.outcomeMappings.findAll({ objectId: plan.objectId });
    let read;
    try {
      read = readFinanceRows(records, plan.year, mapping?.codes ?? []);
    } catch (e) {
      if (e instanceof ImportFormatError)
        throw new AppError('validation', 'validation.importColumnsMissing', {
          columns: e.missing.join(', '),
        });
      throw e;
    }
    const existing = await this.store.outcomeEntries.findAll({ planId });
    const replaced = existing.filter((e) => e.source === 'import' && read.periods.includes(e.period));
    const result = {
      dryRun,
      periods: read.periods,
      accepted: read.accepted.map((a) => ({
        row: a.row,
        period: a.period,
        code: a.code,
        account: a.account,
        amount: a.amountOre / 100,
        mainActivity: a.mapping.mainActivity,
        side: a.mapping.side,
        bucket: a.mapping.bucket,
      })),
      rejected: read.rejected.map((r) => ({
        row: r.row,
        values: r.values,
        reason: r.reason.key,
        message: rejectMessage(ctx.locale, r.reason),
      })),
      /** Earlier imported rows of the same periods that the import replaces. */
      replaces: replaced.length,
      totals: {
        accepted: read.accepted.reduce((s, a) => s + a.amountOre, 0) / 100,
        replaced: replaced.reduce((s, e) => s + e.amountOre, 0) / 100,
      },
      importId: null as string | null,
    };
    if (dryRun || read.accepted.length === 0) return result;
    const importId = randomUUID();
    await this.store.transaction(async (tx) => {
      for (const period of read.periods) {
        for (const e of await tx.outcomeEntries.findAll({ planId, period }))
          if (e.source === 'import') await tx.outcomeEntries.delete(e.id);
      }
      for (const a of read.accepted) {
        const entry: OutcomeEntry = {
          planId,
          objectId: plan.objectId,
          period: a.period,
          mainActivity: a.mapping.mainActivity,
          side: a.mapping.side,
          bucket: a.mapping.bucket,
          amountOre: a.amountOre,
          centiHours: 0,
          source: 'import',
          budgetLineId: null,
          code: a.code,
          account: a.account,
          note: '',
          importId,
        };
        await tx.outcomeEntries.create(entry);
      }
    });
    return { ...result, importId };
  }
}
