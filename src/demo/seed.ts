import { createHash } from 'node:crypto';
// Loads the demo: the object structure of spec §Object structure, object AKN with its 2020 plan
// transcribed from seed 004, current plans for every object, fictional people in every role, and a
// few initiatives on their way up the escalation ladder. Written through the store port in one
// transaction, so it works on any adapter and a failure leaves the store empty.
import { DEFAULT_HOURLY_RATE, DEFAULT_HOURS_PER_FTE } from '../domain/budget/budget';
import { FORUM_RULES } from '../domain/forums/forums';
import { seriesDates, seriesRrule } from '../domain/meetings/schedule';
import type {
  Decision,
  MinutesActionItem,
  MinutesParagraph,
  ObjectPlan,
  PlanSections,
  PlanStatus,
  Role,
} from '../domain/model';
import type { StoreCollections } from '../services/ports/store';
import { EMPTY_SECTIONS } from '../services/plans/planService';
import { planDigest, planTotal, planVersionOf } from '../services/plans/planVersion';
import type { Store } from '../services/ports/store';
import {
  AKN_2020,
  type SeedBudgetLine,
  type SeedComponent,
  type SeedContract,
  type SeedProduct,
  type SeedRelated,
} from './akn2020';
import { loadFollowUpDemo } from './followup';
import { ASSIGNMENTS, emailOf, objectKey, PEOPLE } from './people';
import { INITIATIVES, LINE_ORGANISATIONS, OBJECTS, PLAN_LINES } from './structure';
import { loadStrategyDemo } from './strategy';
import { loadItorgDemo } from './itorg';
import { loadSystems } from './systems';

interface ObjectContent {
  code: string;
  name: string;
  category: 'core' | 'support' | 'technical';
  description: string;
  lineOrganisationIds: string[];
  products: SeedProduct[];
  businessComponents: SeedComponent[];
  itComponents: SeedComponent[];
  contracts: SeedContract[];
  relatedObjects: SeedRelated[];
}

/** Status of each object's plans in the demo year pair: the 2027 plans show every stage of the year wheel. */
const PLAN_STATUS_2027: Record<string, PlanStatus> = {
  VSOA: 'approved',
  UKF: 'draft',
  SAM: 'approved',
  KÖP: 'preliminary',
  FST: 'approved',
  AKN: 'preliminary',
};

/**
 * The chapters 000 §3.4.2 requires, written from an object's own data for the demo's objects other than
 * AKN (whose plan is seed 004's): a plan submitted in the demo is complete, as a submission must be.
 */
function demoSections(
  o: ObjectContent,
  lines: readonly SeedBudgetLine[],
  year: number,
): Partial<PlanSections> {
  const goals = lines
    .filter((l) => l.assignmentType !== 'maintain')
    .slice(0, 3)
    .map((l) => l.name);
  return {
    purpose: `Objektplanen för ${o.name} (${o.code}) klargör vad som ska göras i förvaltningsarbetet ${year} och hur det styrs.`,
    scope: [
      `${o.name} stöder verksamheterna i objektets linjeorganisationer.`,
      '',
      'Objektprodukter:',
      ...o.products.map((p) => `• ${p.name}`),
    ].join('\n'),
    governingDocuments: [
      { document: 'Riktlinjer för digitalisering', goal: 'Digitalisering', impact: 'large' },
      {
        document: 'Tillämpningsanvisning för digitalisering',
        goal: 'Styrning av objekten',
        impact: 'medium',
      },
    ],
    periodGoals: goals.length ? goals : [`Stabil förvaltning av ${o.name} under ${year}`],
    organisation:
      'Objektägare verksamhet och it, objektledare verksamhet och it samt objektspecialister enligt objektets roller.',
    forums:
      'Objektstyrgruppen (OSG) sammanträder minst fyra gånger per år och godkänner objektplanen. Objektledarna deltar i objektledarforum (OLF) varje månad.',
  };
}

/** A year's plan is the template scaled a little: budgets grow a few per cent a year. */
function scaled(lines: readonly SeedBudgetLine[], factorPercent: number): SeedBudgetLine[] {
  const scale = (n: number) => Math.round((n * factorPercent) / 100);
  return lines.map((l) => ({
    ...l,
    business: { hours: scale(l.business.hours), otherCost: scale(l.business.otherCost) },
    it: { hours: scale(l.it.hours), otherCost: scale(l.it.otherCost) },
  }));
}

/** A fictional, stable Entra object id per demo person (UUID-shaped), so bot tests and demos can name them. */
export function demoObjectId(key: string): string {
  const hex = createHash('sha256').update(`objektnav-demo:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The demo tells the story of late November 2026: meetings before this are held. */
const DEMO_TODAY = '2026-11-23';

export async function loadDemoData(
  store: Store,
): Promise<{ objects: number; people: number; plans: number }> {
  return store.transaction(async (tx) => {
    const lineOrgIds = new Map<string, string>();
    for (const lo of LINE_ORGANISATIONS) {
      lineOrgIds.set(
        lo.key,
        (await tx.lineOrganisations.create({ name: lo.name, shortName: lo.shortName })).id,
      );
    }
    const lineOrgByName = new Map(LINE_ORGANISATIONS.map((lo) => [lo.name, lo.key]));

    const people = new Map<string, string>();
    for (const p of PEOPLE) {
      const person = await tx.people.create({
        displayName: p.displayName,
        title: p.title,
        email: emailOf(p.displayName),
        entraObjectId: demoObjectId(p.key),
      });
      people.set(p.key, person.id);
    }
    const personId = (key: string) => {
      const id = people.get(key);
      if (!id) throw new Error(`Demo data refers to unknown person ${key}`);
      return id;
    };

    const contents: ObjectContent[] = [
      ...OBJECTS.map((o) => ({
        ...o,
        lineOrganisationIds: o.lineOrganisations.map((k) => lineOrgIds.get(k)!),
      })),
      {
        ...AKN_2020,
        lineOrganisationIds: AKN_2020.lineOrganisations
          .map((name) => lineOrgIds.get(lineOrgByName.get(name) ?? '') ?? '')
          .filter(Boolean),
      },
    ];

    const objectIds = new Map<string, string>();
    for (const c of contents) {
      const object = await tx.objects.create({
        code: c.code,
        name: c.name,
        category: c.category,
        description: c.description,
        lineOrganisationIds: c.lineOrganisationIds,
        active: true,
      });
      objectIds.set(c.code, object.id);
    }

    for (const c of contents) await loadAnatomy(tx, objectIds.get(c.code)!, c, objectIds);

    for (const a of ASSIGNMENTS) {
      const objectId =
        a.objectKey === null ? null : [...objectIds].find(([code]) => objectKey(code) === a.objectKey)?.[1];
      if (objectId === undefined) throw new Error(`Demo data refers to unknown object ${a.objectKey}`);
      await tx.roleAssignments.create({ personId: personId(a.personKey), role: a.role, objectId });
    }

    const forumIds = new Map<string, string>();
    forumIds.set(
      'psg',
      (
        await tx.forums.create({
          kind: 'psg',
          objectId: null,
          name: 'Portföljstyrgrupp (PSG)',
          minMeetingsPerYear: FORUM_RULES.psg.defaultMinMeetingsPerYear,
          delegatePersonIds: [],
        })
      ).id,
    );
    forumIds.set(
      'olf',
      (
        await tx.forums.create({
          kind: 'olf',
          objectId: null,
          name: 'Objektledarforum (OLF)',
          minMeetingsPerYear: FORUM_RULES.olf.defaultMinMeetingsPerYear,
          delegatePersonIds: [],
        })
      ).id,
    );
    for (const [code, id] of objectIds) {
      forumIds.set(
        code,
        (
          await tx.forums.create({
            kind: 'osg',
            objectId: id,
            name: `Objektstyrgrupp ${code}`,
            minMeetingsPerYear: FORUM_RULES.osg.defaultMinMeetingsPerYear,
            delegatePersonIds: [],
          })
        ).id,
      );
    }

    let plans = 0;
    const addPlan = async (
      code: string,
      year: number,
      status: PlanStatus,
      plan: Partial<ObjectPlan>,
      lines: readonly SeedBudgetLine[],
    ) => {
      const objectId = objectIds.get(code)!;
      const key = objectKey(code);
      const approvalRound = status === 'draft' ? 0 : 1;
      const object = contents.find((c) => c.code === code)!;
      if (!plan.sections) plan = { ...plan, sections: demoSections(object, lines, year) as PlanSections };
      const created = await tx.plans.create({
        objectId,
        year,
        status,
        hourlyRate: plan.hourlyRate ?? DEFAULT_HOURLY_RATE,
        hoursPerFte: plan.hoursPerFte ?? DEFAULT_HOURS_PER_FTE,
        approvalRound,
        sections: { ...EMPTY_SECTIONS, ...(plan.sections ?? {}) },
      });
      plans++;
      let sortOrder = 0;
      const stored = [];
      for (const line of lines)
        stored.push(
          await tx.budgetLines.create({ ...line, planId: created.id, sortOrder: (sortOrder += 10) }),
        );
      // Each answer names the version it answered: this content, as the app records it.
      const version = { digest: planDigest(created, stored), total: planTotal(created, stored) };
      const owners: [Role, string][] = [
        ['ownerBusiness', personId(`${key}.ownerBusiness`)],
        ['ownerIt', personId(`${key}.ownerIt`)],
      ];
      const decidedAt = `${year - 1}-09-18T13:00:00.000Z`;
      if (status === 'approved' || status === 'closed') {
        for (const [role, pid] of owners) {
          await tx.planApprovals.create({
            planId: created.id,
            round: 1,
            personId: pid,
            role,
            outcome: 'approved',
            comment: '',
            at: decidedAt,
            ...version,
          });
        }
        const approvers = owners.map(([role, pid]) => ({ personId: pid, role, at: decidedAt, comment: '' }));
        await tx.planVersions.create(planVersionOf(created, stored, decidedAt, approvers));
        await tx.decisions.create({
          forumId: forumIds.get(code)!,
          objectId,
          planId: created.id,
          initiativeId: null,
          kind: 'approvePlan',
          title: `Objektplan ${code} ${year} godkänns`,
          text: `Objektstyrgruppen godkänner objektplanen för ${object.name} ${year}.`,
          decidedByPersonId: owners[0]![1],
          decidedAt,
          comment: '',
          approvers,
        });
      } else if (status === 'preliminary') {
        // The IT owner has approved; the plan waits for the business owner.
        await tx.planApprovals.create({
          planId: created.id,
          round: 1,
          personId: owners[1]![1],
          role: 'ownerIt',
          outcome: 'approved',
          comment: 'Ser bra ut från it-sidan.',
          at: '2026-10-02T09:30:00.000Z',
          ...version,
        });
      }
    };

    await addPlan('AKN', 2020, 'closed', AKN_2020.plan, AKN_2020.plan.budgetLines);
    // The year followed up in the demo (issue 16): its outcome, follow-up and objektberättelse below.
    await addPlan(
      'AKN',
      2025,
      'closed',
      { hourlyRate: 690, sections: AKN_2020.plan.sections },
      scaled(AKN_2020.plan.budgetLines, 98),
    );
    await addPlan(
      'AKN',
      2026,
      'approved',
      { hourlyRate: 700, sections: AKN_2020.plan.sections },
      AKN_2020.plan.budgetLines,
    );
    await addPlan(
      'AKN',
      2027,
      PLAN_STATUS_2027['AKN']!,
      { hourlyRate: 720, sections: AKN_2020.plan.sections },
      scaled(AKN_2020.plan.budgetLines, 104),
    );
    for (const o of OBJECTS) {
      const lines = PLAN_LINES[o.code] ?? [];
      await addPlan(o.code, 2026, 'approved', { hourlyRate: 700 }, scaled(lines, 96));
      await addPlan(o.code, 2027, PLAN_STATUS_2027[o.code] ?? 'draft', { hourlyRate: 720 }, lines);
    }

    for (const i of INITIATIVES) {
      const objectId = objectIds.get(i.object);
      if (!objectId) throw new Error(`Demo initiative refers to unknown object ${i.object}`);
      await tx.initiatives.create({
        objectId,
        affectedObjectIds: i.affected.map((code) => objectIds.get(code)!).filter(Boolean),
        kind: i.kind,
        title: i.title,
        description: i.description,
        assignmentType: i.assignmentType,
        status: i.status,
        benefit: i.benefit,
        goalContribution: i.goalContribution,
        effort: i.effort,
        escalationLevel: i.escalationLevel,
        escalations: i.escalations.map((e) => ({
          level: e.level,
          at: e.at,
          byPersonId: personId(e.by),
          reason: e.reason,
        })),
      });
    }
    // A year of meetings of PSG, OLF and the OSG of AKN, held up to the demo's "today" (23 November 2026).
    const meetingForums: [string, 'psg' | 'olf' | 'osg', string][] = [
      [forumIds.get('psg')!, 'psg', 'org.communicationsDevelopmentDirector'],
      [forumIds.get('olf')!, 'olf', 'org.modelOwner'],
      [forumIds.get('AKN')!, 'osg', 'akn.ownerBusiness'],
    ];
    const held = new Map<string, string>(); // forum kind → id of its September (or latest held) meeting
    for (const [forumId, kind, convener] of meetingForums) {
      const seriesId = `demo-${kind}-2026`;
      for (const m of seriesDates(kind, 2026)) {
        const status = m.start < DEMO_TODAY ? 'held' : 'scheduled';
        const created = await tx.meetings.create({
          forumId,
          title: {
            psg: 'Portföljstyrgrupp (PSG)',
            olf: 'Objektledarforum (OLF)',
            osg: 'Objektstyrgrupp AKN',
          }[kind],
          start: m.start,
          end: m.end,
          status,
          seriesId,
          rrule: seriesRrule(kind),
          originalStart: m.originalStart,
          joinUrl: null,
          scheduledByPersonId: personId(convener),
        });
        if (status === 'held' && m.start.slice(5, 7) === '09') held.set(kind, created.id);
      }
    }

    // Minutes of the September meetings: attendance, decisions within each forum's mandate, action items.
    // Each is adjusted minutes as a registrar keeps them: place, chair, secretary, adjusters who signed,
    // numbered paragraphs (§), the decisions and action items in force from the adjustment.
    const minutes: {
      kind: 'psg' | 'olf' | 'osg';
      place: string;
      chair: string;
      secretary: string;
      adjusters: string[];
      /** Paragraphs before the decisions (opening, choice of adjusters, reports). */
      opening: { title: string; text: string }[];
      attendance: string[];
      decisions: { kind: Decision['kind']; title: string; text: string; by: string; objectCode?: string }[];
      actions: { title: string; owner: string; due: string; status: 'open' | 'done' }[];
    }[] = [
      {
        kind: 'psg',
        place: 'Kommunhuset, sammanträdesrummet Styrelsen',
        chair: 'org.deputyMunicipalDirector',
        secretary: 'org.digitalisationChief',
        adjusters: ['org.itChief', 'vsoa.ownerBusiness'],
        opening: [
          {
            title: 'Mötets öppnande och val av justerare',
            text: 'Ordföranden öppnar mötet. Johan Falk och Annika Forsberg utses att justera protokollet.',
          },
          {
            title: 'Portföljens läge inför objektplanerna 2027',
            text: 'Digitaliseringschefen redovisar objektens preliminära planer och de frågor som lyfts till PSG.',
          },
        ],
        // Eight of PSG's fifteen members (and the digitalisation chief, adjunct): PSG was quorate.
        attendance: [
          'org.deputyMunicipalDirector',
          'org.communicationsDevelopmentDirector',
          'org.itChief',
          'org.digitalisationChief',
          'vsoa.ownerBusiness',
          'fst.ownerIt',
          'kop.ownerBusiness',
          'akn.ownerBusiness',
          'sam.ownerBusiness',
        ],
        decisions: [
          {
            kind: 'budgetFrame',
            title: 'Budgetförutsättningar för objektplanerna 2027',
            text: 'Objekten planerar 2027 med oförändrad ram och timpris 720 kr. Nya initiativ ryms inom ramen eller lyfts till PSG.',
            by: 'org.deputyMunicipalDirector',
          },
        ],
        actions: [
          {
            title: 'Sammanställa objektens behov av it-resurser 2027 inför nästa PSG',
            owner: 'org.digitalisationChief',
            due: '2026-11-30',
            status: 'open',
          },
        ],
      },
      {
        kind: 'olf',
        place: 'Kommunhuset, rum Samverkan',
        chair: 'org.digitalisationChief',
        secretary: 'org.modelOwner',
        adjusters: ['akn.leaderBusiness'],
        opening: [
          {
            title: 'Mötets öppnande och val av justerare',
            text: 'Ordföranden öppnar mötet. Petra Nyström utses att justera protokollet.',
          },
        ],
        attendance: [
          'org.digitalisationChief',
          'org.modelOwner',
          'akn.leaderBusiness',
          'akn.leaderIt',
          'vsoa.leaderBusiness',
          'ukf.leaderIt',
          'fst.leaderIt',
        ],
        decisions: [
          {
            kind: 'coordination',
            title: 'Gemensam plan för uppgraderingar under vecka 44',
            text: 'Objekten samordnar sina uppgraderingar så att it-avdelningen inte har fler än två samtidigt.',
            by: 'org.digitalisationChief',
          },
        ],
        actions: [
          {
            title: 'Skicka ut samordnad uppgraderingsplan',
            owner: 'org.modelOwner',
            due: '2026-10-09',
            status: 'done',
          },
        ],
      },
      {
        kind: 'osg',
        place: 'Kommunhuset, rum Kansliet',
        chair: 'akn.ownerBusiness',
        secretary: 'akn.leaderBusiness',
        adjusters: ['akn.ownerIt'],
        opening: [
          {
            title: 'Mötets öppnande och val av justerare',
            text: 'Ordföranden öppnar mötet. Mikael Borg utses att justera protokollet.',
          },
          {
            title: 'Objektplan AKN 2027, preliminär version',
            text: 'Objektledarna redovisar den preliminära planen; godkännandet tas på nästa möte.',
          },
        ],
        attendance: [
          'akn.ownerBusiness',
          'akn.ownerIt',
          'akn.osgMember',
          'akn.leaderBusiness',
          'akn.leaderIt',
        ],
        decisions: [
          {
            kind: 'resourceChange',
            title: 'Förstärkning av förvaltningen av W3D3 under 2027',
            text: 'Objektet förstärker med en halvtid systemförvaltning inför bytet av ärendehanteringssystem.',
            by: 'akn.ownerBusiness',
            objectCode: 'AKN',
          },
        ],
        actions: [
          {
            title: 'Komplettera driftbudgeten i objektplanen 2027 med licenskostnader',
            owner: 'akn.leaderIt',
            due: '2026-11-25',
            status: 'open',
          },
        ],
      },
    ];
    for (const m of minutes) {
      const meetingId = held.get(m.kind);
      if (!meetingId) continue;
      const meeting = (await tx.meetings.get(meetingId))!;
      const { id: _id, etag, createdAt: _c, updatedAt: _u, ...rest } = meeting;
      const titles = [...m.opening.map((o) => o.title), ...m.decisions.map((d) => d.title)];
      await tx.meetings.update(
        meetingId,
        {
          ...rest,
          attendance: m.attendance.map(personId),
          agendaItems: titles.map((title) => ({ title, source: 'convener' as const })),
          // The agenda as it stood that day, kept with the held meeting.
          heldAgenda: {
            frozenAt: meeting.end,
            items: titles.map((title) => ({ title, source: 'convener' as const })),
          },
        },
        etag,
      );
      const paragraphs: MinutesParagraph[] = m.opening.map((o, i) => ({
        number: i + 1,
        title: o.title,
        text: o.text,
        decision: null,
        decisionId: null,
      }));
      for (const d of m.decisions) {
        const objectId = d.objectCode ? objectIds.get(d.objectCode)! : null;
        const decision = await tx.decisions.create({
          forumId: meeting.forumId,
          meetingId,
          objectId,
          planId: null,
          initiativeId: null,
          kind: d.kind,
          title: d.title,
          text: d.text,
          decidedByPersonId: personId(d.by),
          decidedAt: meeting.end,
          comment: '',
        });
        paragraphs.push({
          number: paragraphs.length + 1,
          title: d.title,
          text: d.text,
          decision: { kind: d.kind, objectId, initiativeId: null },
          decisionId: decision.id,
        });
      }
      const actionItems: MinutesActionItem[] = [];
      for (const a of m.actions) {
        const item = await tx.actionItems.create({
          forumId: meeting.forumId,
          meetingId,
          title: a.title,
          ownerPersonId: personId(a.owner),
          dueDate: a.due,
          status: a.status,
          remindedAt: null,
        });
        actionItems.push({
          title: a.title,
          ownerPersonId: item.ownerPersonId,
          dueDate: a.due,
          actionItemId: item.id,
        });
      }
      // Adjusted three days after the meeting, each adjuster signing.
      const adjustedAt = new Date(Date.parse(meeting.end) + 3 * 86_400_000).toISOString();
      await tx.minutes.create({
        meetingId,
        forumId: meeting.forumId,
        version: 1,
        status: 'adjusted',
        place: m.place,
        chairPersonId: personId(m.chair),
        secretaryPersonId: personId(m.secretary),
        adjusterPersonIds: m.adjusters.map(personId),
        adjustedBy: m.adjusters.map((a) => ({ personId: personId(a), at: adjustedAt })),
        adjustedAt,
        attendance: m.attendance.map(personId),
        paragraphs,
        actionItems,
        correction: null,
        writtenByPersonId: personId(m.secretary),
      });
    }

    await loadFollowUpDemo(tx);
    await loadStrategyDemo(tx);
    // The system register and map (issue 17) over the it-components just loaded.
    await loadSystems(tx, objectIds, lineOrgIds);
    // Issue 17: service catalogue, HUKI matrix, orders and projects over the objects' systems.
    await loadItorgDemo(tx, { objectIds, personId }, DEMO_TODAY);

    return { objects: contents.length, people: PEOPLE.length, plans };
  });
}

async function loadAnatomy(
  tx: StoreCollections,
  objectId: string,
  c: ObjectContent,
  objectIds: Map<string, string>,
) {
  const componentIds = new Map<string, string>();
  for (const [kind, list] of [
    ['business', c.businessComponents],
    ['it', c.itComponents],
  ] as const) {
    for (const comp of list) {
      const created = await tx.components.create({
        kind,
        ownerObjectId: objectId,
        name: comp.name,
        description: comp.description,
        ...(comp.supplier ? { supplier: comp.supplier } : {}),
        lifecycle: 'inUse',
      });
      componentIds.set(`${kind}:${comp.name}`, created.id);
    }
  }
  let sortOrder = 0;
  for (const p of c.products) {
    const product = await tx.products.create({
      objectId,
      name: p.name,
      description: p.description,
      sortOrder: ++sortOrder,
    });
    const links = [
      ...p.businessComponents.map((n) => `business:${n}`),
      ...p.itComponents.map((n) => `it:${n}`),
    ];
    for (const key of new Set(links)) {
      const componentId = componentIds.get(key);
      if (!componentId) throw new Error(`Demo product ${p.name} refers to unknown component ${key}`);
      await tx.productComponents.create({ objectId, productId: product.id, componentId });
    }
  }
  for (const contract of c.contracts) {
    const componentId = componentIds.get(`it:${contract.component}`);
    if (!componentId) throw new Error(`Demo contract refers to unknown component ${contract.component}`);
    const { component: _name, ...rest } = contract;
    await tx.contracts.create({ ...rest, componentId, objectId });
  }
  for (const r of c.relatedObjects) {
    const relatedObjectId = r.relatedCode ? objectIds.get(r.relatedCode) : undefined;
    await tx.relatedObjects.create({
      objectId,
      name: r.name,
      description: r.description,
      ...(relatedObjectId ? { relatedObjectId } : {}),
    });
  }
}
