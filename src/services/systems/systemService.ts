// Use cases of the system register and the system map (issue 17): the register across all objects,
// editing a system's register fields, importing and exporting the municipality's sheet, integrations.
// Who may change what is the policy's canEditSystem; reads are open like the rest of the structure.
import type { Component, GovernanceObject, LineOrganisation, Person } from '../../domain/model';
import { canEditSystem, canImportSystems } from '../../domain/authorization/policy';
import { buildMap, type MapScope } from '../../domain/systems/map';
import { EMPTY_PROFILE, type Integration, type SystemProfile } from '../../domain/systems/profile';
import { toCsvLine } from '../../domain/systems/csv';
import { cellText } from '../../domain/sheets/cell';
import { readSheetFile, xlsxOfBase64 } from '../sheets/upload';
import {
  cellsOf,
  HOSTING_WORDS,
  LIFECYCLE_WORDS,
  readHeader,
  readHosting,
  readLevel,
  readLifecycle,
  readLinks,
  readList,
  readYesNo,
  SHEET_COLUMNS,
  SHEET_HEADINGS,
  writeLinks,
  type RowProblem,
} from '../../domain/systems/sheet';
import { translate, type MessageKey } from '../../i18n/messages';
import { AppError, notFound } from '../errors';
import { ensure, requireActor, type RequestContext, type ServiceDeps } from '../context';
import { checkEtag, data, mustGet } from '../records';
import type { Stored } from '../ports/store';
import { freeText, label, title } from '../textRules';
import * as S from '../schemas';
import * as Sys from './systemSchemas';
import type { z } from 'zod';

export type SystemView = z.infer<typeof Sys.systemView>;
type ImportRow = z.infer<typeof Sys.importAnswer>['rows'][number];

/** Everything a register answer is made of, read together (on SharePoint: one $batch). */
interface Register {
  systems: Stored<Component>[];
  objects: Map<string, Stored<GovernanceObject>>;
  departments: Map<string, Stored<LineOrganisation>>;
  people: Map<string, Stored<Person>>;
  /** objectId → people holding the role pm3 maps systemägare (business owner) / systemförvaltare (IT leader) to. */
  owners: Map<string, string[]>;
  managers: Map<string, string[]>;
  contracts: Map<string, SystemView['contracts']>;
  integrations: Stored<Integration>[];
}

const profileOf = (c: Component): SystemProfile => ({ ...EMPTY_PROFILE, ...c.system });

function badRequest(
  ctx: RequestContext,
  key: MessageKey,
  params: Record<string, string | number>,
  path: string,
) {
  return new AppError('validation', key, params, [{ path, message: translate(ctx.locale, key, params) }]);
}

export class SystemService {
  constructor(private readonly deps: ServiceDeps) {}

  private get store() {
    return this.deps.store;
  }

  private async register(): Promise<Register> {
    const s = this.store;
    const [systems, objects, departments, people, owners, managers, contracts, integrations] =
      await Promise.all([
        s.components.findAll({ kind: 'it' }),
        s.objects.findAll(),
        s.lineOrganisations.findAll(),
        s.people.findAll(),
        s.roleAssignments.findAll({ role: 'ownerBusiness' }),
        s.roleAssignments.findAll({ role: 'leaderIt' }),
        s.contracts.findAll(),
        s.integrations.findAll(),
      ]);
    const byObject = (list: typeof owners) => {
      const out = new Map<string, string[]>();
      for (const a of list) if (a.objectId) out.set(a.objectId, [...(out.get(a.objectId) ?? []), a.personId]);
      return out;
    };
    const contractsBy = new Map<string, SystemView['contracts']>();
    for (const c of contracts)
      contractsBy.set(c.componentId, [
        ...(contractsBy.get(c.componentId) ?? []),
        { id: c.id, title: c.title, supplier: c.supplier, endDate: c.endDate },
      ]);
    return {
      systems: systems.sort((a, b) => a.name.localeCompare(b.name, 'sv')),
      objects: new Map(objects.map((o) => [o.id, o])),
      departments: new Map(departments.map((d) => [d.id, d])),
      people: new Map(people.map((p) => [p.id, p])),
      owners: byObject(owners),
      managers: byObject(managers),
      contracts: contractsBy,
      integrations,
    };
  }

  private view(r: Register, c: Stored<Component>): SystemView {
    const p = profileOf(c);
    const holders = (named: string | null, byRole: string[] | undefined) => {
      const ids = named ? [named] : (byRole ?? []);
      return {
        source: named ? ('system' as const) : ('object' as const),
        people: ids.map((id) => ({ id, displayName: r.people.get(id)?.displayName ?? id })),
      };
    };
    return {
      id: c.id,
      etag: c.etag,
      name: c.name,
      description: c.description,
      objectId: c.ownerObjectId,
      objectCode: r.objects.get(c.ownerObjectId)?.code ?? '',
      supplier: c.supplier ?? '',
      lifecycle: c.lifecycle,
      hosting: p.hosting,
      classification: p.classification,
      personalData: p.personalData,
      processingRecordRef: p.processingRecordRef,
      departments: p.departmentIds.map((id) => ({ id, name: r.departments.get(id)?.name ?? id })),
      documentationLinks: p.documentationLinks,
      ownerPersonId: p.ownerPersonId,
      managerPersonId: p.managerPersonId,
      owner: holders(p.ownerPersonId, r.owners.get(c.ownerObjectId)),
      manager: holders(p.managerPersonId, r.managers.get(c.ownerObjectId)),
      contracts: r.contracts.get(c.id) ?? [],
      integrations: r.integrations.filter((i) => i.fromSystemId === c.id || i.toSystemId === c.id).length,
    };
  }

  /** The register, searched (name, description, supplier, object code) and filtered. */
  async list(query: z.infer<typeof Sys.systemQuery> = {}): Promise<SystemView[]> {
    const r = await this.register();
    const q = query.q?.trim().toLocaleLowerCase('sv');
    return r.systems
      .map((c) => this.view(r, c))
      .filter(
        (v) =>
          (!query.objectId || v.objectId === query.objectId) &&
          (!query.lifecycle || v.lifecycle === query.lifecycle) &&
          (!query.hosting || v.hosting === query.hosting) &&
          (!query.departmentId || v.departments.some((d) => d.id === query.departmentId)) &&
          (!query.personalData || String(v.personalData) === query.personalData) &&
          (!q ||
            [v.name, v.description, v.supplier, v.objectCode].some((t) =>
              t.toLocaleLowerCase('sv').includes(q),
            )),
      );
  }

  async get(id: string): Promise<SystemView> {
    const r = await this.register();
    const c = r.systems.find((s) => s.id === id);
    if (!c) throw notFound('system', id);
    return this.view(r, c);
  }

  private async system(id: string): Promise<Stored<Component>> {
    const c = await mustGet(this.store.components, 'system', id);
    if (c.kind !== 'it') throw notFound('system', id);
    return c;
  }

  async update(
    ctx: RequestContext,
    id: string,
    ifMatch: string | undefined,
    input: unknown,
  ): Promise<SystemView> {
    const actor = requireActor(ctx);
    const current = await this.system(id);
    ensure(canEditSystem(actor, current.ownerObjectId, current.system?.ownerPersonId));
    const patch = S.parseInput(Sys.systemUpdate, input, ctx.locale);
    const etag = checkEtag(current, ifMatch);
    const { description, supplier, lifecycle, ...register } = patch;
    const profile: SystemProfile = { ...profileOf(current) };
    for (const [k, v] of Object.entries(register))
      if (v !== undefined) (profile as unknown as Record<string, unknown>)[k] = v;
    await this.checkProfile(ctx, profile);
    const next: Component = {
      ...data(current),
      ...(description !== undefined ? { description } : {}),
      ...(supplier !== undefined ? { supplier } : {}),
      ...(lifecycle !== undefined ? { lifecycle } : {}),
      system: profile,
    };
    const saved = await this.store.components.update(id, next, etag);
    return this.get(saved.id);
  }

  private async checkProfile(ctx: RequestContext, p: SystemProfile): Promise<void> {
    for (const [field, personId] of [
      ['ownerPersonId', p.ownerPersonId],
      ['managerPersonId', p.managerPersonId],
    ] as const) {
      if (personId && !(await this.store.people.get(personId)))
        throw badRequest(ctx, 'validation.unknownPerson', { id: personId }, field);
    }
    const departments = await Promise.all(p.departmentIds.map((d) => this.store.lineOrganisations.get(d)));
    const missing = p.departmentIds.find((_, i) => !departments[i]);
    if (missing) throw badRequest(ctx, 'validation.unknownDepartment', { id: missing }, 'departmentIds');
    if (!p.personalData && p.processingRecordRef.trim() !== '')
      throw badRequest(ctx, 'validation.recordRefWithoutPersonalData', {}, 'processingRecordRef');
  }

  // --- The sheet ----------------------------------------------------------------------------------------

  /** The register as CSV for Excel (UTF-8 with BOM, semicolons): the same columns an import reads. */
  async exportCsv(): Promise<string> {
    const r = await this.register();
    const lines = [toCsvLine(SHEET_COLUMNS.map((c) => SHEET_HEADINGS[c][0]!))];
    for (const c of r.systems) {
      const v = this.view(r, c);
      const p = profileOf(c);
      const email = (id: string | null) => (id ? (r.people.get(id)?.email ?? '') : '');
      const row: Record<(typeof SHEET_COLUMNS)[number], string | number | null> = {
        name: v.name,
        object: v.objectCode,
        description: v.description,
        supplier: v.supplier,
        lifecycle: LIFECYCLE_WORDS[v.lifecycle],
        hosting: v.hosting ? HOSTING_WORDS[v.hosting] : '',
        confidentiality: p.classification.confidentiality,
        integrity: p.classification.integrity,
        availability: p.classification.availability,
        personalData: p.personalData ? 'Ja' : 'Nej',
        processingRecordRef: p.processingRecordRef,
        departments: v.departments.map((d) => d.name).join(', '),
        owner: email(p.ownerPersonId),
        manager: email(p.managerPersonId),
        documentation: writeLinks(p.documentationLinks),
      };
      lines.push(toCsvLine(SHEET_COLUMNS.map((col) => row[col])));
    }
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }

  /**
   * Reads a sheet: each row becomes a new system (in the object its code names), updates the system of
   * that name in that object, or is rejected with its reasons. A dry run changes nothing; a real run
   * writes the accepted rows together (one transaction) and answers the same report.
   */
  async importSheet(ctx: RequestContext, input: unknown) {
    const actor = requireActor(ctx);
    ensure(canImportSystems(actor));
    const { csv, xlsx, dryRun } = S.parseInput(Sys.systemImport, input, ctx.locale);
    if ((csv === undefined) === (xlsx === undefined))
      throw new AppError('validation', 'validation.sheetOneFormat');
    // CSV or an Excel workbook, read by the one sheet reader (ADR 0028); the register reads cells as text.
    const sheet = await readSheetFile(
      this.deps.sheets,
      csv !== undefined ? { format: 'csv', text: csv } : xlsxOfBase64(xlsx!),
    );
    const [header, ...rows] = sheet.map((row) => ({ line: row.line, cells: row.cells.map(cellText) }));
    const { columns, missing } = readHeader(header?.cells ?? []);
    if (missing.length)
      throw badRequest(
        ctx,
        'validation.sheetHeader',
        { columns: missing.map((m) => SHEET_HEADINGS[m][0]).join(', ') },
        'csv',
      );
    if (!rows.length) throw badRequest(ctx, 'validation.sheetEmpty', {}, 'csv');
    const r = await this.register();
    const objectsByCode = new Map([...r.objects.values()].map((o) => [o.code.toLocaleLowerCase('sv'), o]));
    const departmentsByName = new Map<string, string>();
    for (const d of r.departments.values()) {
      departmentsByName.set(d.name.toLocaleLowerCase('sv'), d.id);
      if (d.shortName) departmentsByName.set(d.shortName.toLocaleLowerCase('sv'), d.id);
    }
    const peopleByEmail = new Map([...r.people.values()].map((p) => [p.email.toLocaleLowerCase('sv'), p.id]));
    const existing = new Map(
      r.systems.map((c) => [`${c.ownerObjectId}\u0000${c.name.toLocaleLowerCase('sv')}`, c]),
    );
    const seen = new Map<string, number>();
    const say = (problem: RowProblem): string => {
      const { code, ...params } = problem as RowProblem & Record<string, string | number>;
      const named = { ...params } as Record<string, string | number>;
      if ('column' in problem)
        named['column'] = translate(ctx.locale, `column.${problem.column}` as MessageKey);
      return translate(ctx.locale, `import.${code}` as MessageKey, named);
    };
    const has = (c: (typeof SHEET_COLUMNS)[number]) => columns.has(c);

    const report: ImportRow[] = [];
    const writes: { current?: Stored<Component>; next: Component }[] = [];
    for (const row of rows) {
      const cells = cellsOf(columns, row.cells);
      const problems: RowProblem[] = [];
      const reasons: string[] = [];
      const textOk = (
        schema: z.ZodType,
        value: string,
        column: 'name' | 'description' | 'supplier' | 'processingRecordRef',
      ) => {
        const parsed = schema.safeParse(value);
        if (!parsed.success)
          reasons.push(
            translate(ctx.locale, 'import.textRefused', {
              column: translate(ctx.locale, `column.${column}` as MessageKey),
              message: parsed.error.issues[0]?.message ?? '',
            }),
          );
        return parsed.success ? (parsed.data as string) : value;
      };
      if (cells.name === '') problems.push({ code: 'nameMissing' });
      else if (cells.name.length > 200) problems.push({ code: 'nameTooLong' });
      const name =
        cells.name === '' || cells.name.length > 200 ? cells.name : textOk(title(200), cells.name, 'name');
      const object = objectsByCode.get(cells.object.toLocaleLowerCase('sv'));
      if (cells.object === '') problems.push({ code: 'objectMissing' });
      else if (!object) problems.push({ code: 'unknownObject', value: cells.object });
      const lifecycle = readLifecycle(cells.lifecycle);
      if (!lifecycle) problems.push({ code: 'unknownLifecycle', value: cells.lifecycle });
      const hosting = readHosting(cells.hosting);
      if (hosting === undefined) problems.push({ code: 'unknownHosting', value: cells.hosting });
      const levels = (['confidentiality', 'integrity', 'availability'] as const).map((column) => {
        const level = readLevel(cells[column]);
        if (level === undefined) problems.push({ code: 'badLevel', column, value: cells[column] });
        return level ?? null;
      });
      const personalData = readYesNo(cells.personalData);
      if (personalData === undefined) problems.push({ code: 'badYesNo', value: cells.personalData });
      if (personalData === false && cells.processingRecordRef !== '')
        problems.push({ code: 'recordRefWithoutPersonalData' });
      const departmentIds: string[] = [];
      for (const d of readList(cells.departments)) {
        const id = departmentsByName.get(d.toLocaleLowerCase('sv'));
        if (id) departmentIds.push(id);
        else problems.push({ code: 'unknownDepartment', value: d });
      }
      const person = (column: 'owner' | 'manager') => {
        if (cells[column] === '') return null;
        const id = peopleByEmail.get(cells[column].toLocaleLowerCase('sv'));
        if (!id) problems.push({ code: 'unknownPerson', column, value: cells[column] });
        return id ?? null;
      };
      const ownerPersonId = person('owner');
      const managerPersonId = person('manager');
      const { links, bad } = readLinks(cells.documentation);
      for (const b of bad) problems.push({ code: 'badLink', value: b });
      const description = textOk(freeText(4000), cells.description, 'description');
      const supplier = textOk(label(200), cells.supplier, 'supplier');
      const processingRecordRef = textOk(label(200), cells.processingRecordRef, 'processingRecordRef');

      const key = object ? `${object.id}\u0000${name.toLocaleLowerCase('sv')}` : '';
      const current = key ? existing.get(key) : undefined;
      if (key && seen.has(key)) problems.push({ code: 'duplicateInSheet', line: seen.get(key)! });
      else if (key) seen.set(key, row.line);
      if (object && !canEditSystem(ctx.actor!, object.id, current?.system?.ownerPersonId).allowed)
        reasons.push(translate(ctx.locale, 'import.notKeeper', { object: object.code }));
      reasons.unshift(...problems.map(say));

      const outcome = reasons.length ? 'reject' : current ? 'update' : 'create';
      report.push({ line: row.line, name: cells.name, objectCode: cells.object, outcome, reasons });
      if (outcome === 'reject') continue;
      // Columns the sheet does not have keep what the register holds.
      const before = current ? profileOf(current) : EMPTY_PROFILE;
      const profile: SystemProfile = {
        ownerPersonId: has('owner') ? ownerPersonId : before.ownerPersonId,
        managerPersonId: has('manager') ? managerPersonId : before.managerPersonId,
        hosting: has('hosting') ? (hosting ?? null) : before.hosting,
        classification: {
          confidentiality: has('confidentiality') ? levels[0]! : before.classification.confidentiality,
          integrity: has('integrity') ? levels[1]! : before.classification.integrity,
          availability: has('availability') ? levels[2]! : before.classification.availability,
        },
        personalData: has('personalData') ? personalData! : before.personalData,
        processingRecordRef: has('processingRecordRef') ? processingRecordRef : before.processingRecordRef,
        departmentIds: has('departments') ? departmentIds : before.departmentIds,
        documentationLinks: has('documentation') ? links : before.documentationLinks,
      };
      const base: Component = current
        ? data(current)
        : { kind: 'it', ownerObjectId: object!.id, name, description: '', supplier: '', lifecycle: 'inUse' };
      writes.push({
        current,
        next: {
          ...base,
          description: has('description') ? description : base.description,
          supplier: has('supplier') ? supplier : (base.supplier ?? ''),
          lifecycle: has('lifecycle') && cells.lifecycle !== '' ? lifecycle! : base.lifecycle,
          system: profile,
        },
      });
    }
    if (!dryRun && writes.length)
      await this.store.transaction(async (tx) => {
        for (const w of writes) {
          if (w.current) await tx.components.update(w.current.id, w.next, w.current.etag);
          else await tx.components.create(w.next);
        }
      });
    const count = (o: ImportRow['outcome']) => report.filter((r) => r.outcome === o).length;
    return {
      dryRun,
      created: count('create'),
      updated: count('update'),
      rejected: count('reject'),
      rows: report,
    };
  }

  // --- Integrations and the map ---------------------------------------------------------------------------

  async map(query: z.infer<typeof Sys.mapQuery>) {
    const r = await this.register();
    const scope: MapScope = query.systemId
      ? { kind: 'system', systemId: query.systemId }
      : query.objectId
        ? { kind: 'object', objectId: query.objectId }
        : query.departmentId
          ? { kind: 'department', departmentId: query.departmentId }
          : { kind: 'all' };
    const map = buildMap(
      r.systems.map((c) => ({
        id: c.id,
        name: c.name,
        objectId: c.ownerObjectId,
        lifecycle: c.lifecycle,
        departmentIds: profileOf(c).departmentIds,
      })),
      r.integrations,
      scope,
    );
    const stored = new Map(r.integrations.map((i) => [i.id, i]));
    return {
      nodes: map.nodes,
      edges: map.edges.map((e) => ({
        ...e,
        etag: stored.get(e.id)!.etag,
        description: stored.get(e.id)!.description,
      })),
    };
  }

  /**
   * Who may touch an integration: whoever keeps the system at either end. Asked before the body is read
   * (a person with no part in the register gets 403, not 400), from the ids as sent.
   */
  private async mayTouch(ctx: RequestContext, systemIds: unknown[]): Promise<void> {
    const actor = requireActor(ctx);
    const ids = systemIds.filter(
      (s): s is string => typeof s === 'string' && s.length > 0 && s.length <= 100,
    );
    const systems = (await Promise.all(ids.map((id) => this.store.components.get(id)))).filter(
      (c): c is Stored<Component> => c !== undefined,
    );
    if (systems.some((c) => canEditSystem(actor, c.ownerObjectId, c.system?.ownerPersonId).allowed)) return;
    // Unknown systems: those who keep some of the register learn what is wrong with the body instead.
    if (!systems.length && canImportSystems(actor).allowed) return;
    ensure(
      systems[0]
        ? canEditSystem(actor, systems[0].ownerObjectId, systems[0].system?.ownerPersonId)
        : canImportSystems(actor),
    );
  }

  private async checkIntegration(ctx: RequestContext, i: Integration): Promise<void> {
    if (i.fromSystemId === i.toSystemId) throw badRequest(ctx, 'validation.sameSystem', {}, 'toSystemId');
    for (const field of ['fromSystemId', 'toSystemId'] as const) {
      const c = await this.store.components.get(i[field]);
      if (!c) throw badRequest(ctx, 'validation.unknownSystem', { id: i[field] }, field);
      if (c.kind !== 'it') throw badRequest(ctx, 'validation.notASystem', { name: c.name }, field);
    }
    if (i.ownerPersonId && !(await this.store.people.get(i.ownerPersonId)))
      throw badRequest(ctx, 'validation.unknownPerson', { id: i.ownerPersonId }, 'ownerPersonId');
  }

  async createIntegration(ctx: RequestContext, input: unknown) {
    const raw = (input ?? {}) as Record<string, unknown>;
    await this.mayTouch(ctx, [raw['fromSystemId'], raw['toSystemId']]);
    const body = S.parseInput(Sys.integrationCreate, input, ctx.locale);
    await this.checkIntegration(ctx, body);
    // With both ends known: the actor must keep one of them (not merely some other system).
    await this.mayTouch(ctx, [body.fromSystemId, body.toSystemId]);
    return this.store.integrations.create(body);
  }

  async updateIntegration(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    requireActor(ctx);
    const current = await mustGet(this.store.integrations, 'integration', id);
    await this.mayTouch(ctx, [current.fromSystemId, current.toSystemId]);
    const patch = S.parseInput(Sys.integrationUpdate, input, ctx.locale);
    const etag = checkEtag(current, ifMatch);
    const next: Integration = { ...data(current) };
    for (const [k, v] of Object.entries(patch))
      if (v !== undefined) (next as unknown as Record<string, unknown>)[k] = v;
    await this.checkIntegration(ctx, next);
    return this.store.integrations.update(id, next, etag);
  }

  async deleteIntegration(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    requireActor(ctx);
    const current = await mustGet(this.store.integrations, 'integration', id);
    await this.mayTouch(ctx, [current.fromSystemId, current.toSystemId]);
    checkEtag(current, ifMatch);
    await this.store.integrations.delete(id, current.etag);
  }
}
