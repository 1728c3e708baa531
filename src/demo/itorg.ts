// Demo of the orderer–performer organisation (issue 17): a service catalogue of ten services, the HUKI
// matrix of seed 002's interfaces (the departments' orderers, the orderer function, the IT unit), orders
// in different states and a portfolio of five projects. Fictional throughout; systems are the demo
// objects' IT components, found by object.
import type { HukiLetter, HukiRole, Order } from '../domain/itorg/model';
import { DEFAULT_APPROVAL_THRESHOLD } from '../domain/itorg/orders';
import type { StoreCollections } from '../services/ports/store';

interface DemoRefs {
  /** Object id by code. */
  objectIds: ReadonlyMap<string, string>;
  /** Person id by demo key (e.g. "akn.leaderIt", "org.itChief"). */
  personId(key: string): string;
}

const SERVICES: {
  name: string;
  description: string;
  serviceLevel: string;
  priceModel: string;
  contact: string;
  contactKey: string | null;
  systemsOf: string[];
  orderedBy: string[];
}[] = [
  {
    name: 'Drift av verksamhetssystem',
    description: 'Drift, övervakning, säkerhetskopiering och uppdateringar av verksamhetens system.',
    serviceLevel: 'Vardagar 07–17; kritiska fel åtgärdas inom 4 timmar, övriga nästa arbetsdag.',
    priceModel: 'Fast pris per system och år enligt driftklass.',
    contact: 'It-driftschef',
    contactKey: 'fst.ownerIt',
    systemsOf: ['AKN', 'VSOA', 'SAM'],
    orderedBy: ['AKN', 'VSOA', 'SAM', 'UKF'],
  },
  {
    name: 'Användarstöd (servicedesk)',
    description: 'Första linjens stöd för alla medarbetare: telefon, chatt och självservice.',
    serviceLevel: 'Vardagar 07–17; svar inom 2 minuter i telefon, ärenden inom 8 arbetstimmar.',
    priceModel: 'Pris per användare och månad.',
    contact: 'Servicedesk',
    contactKey: null,
    systemsOf: ['FST'],
    orderedBy: ['AKN', 'VSOA', 'UKF', 'SAM', 'KÖP', 'FST'],
  },
  {
    name: 'Licenshantering',
    description: 'Inköp, tilldelning och uppföljning av programlicenser mot avtal.',
    serviceLevel: 'Beställda licenser levereras inom 3 arbetsdagar.',
    priceModel: 'Licenskostnad vidarefaktureras med 5 % påslag.',
    contact: 'Leverantörs- och leveransansvarig',
    contactKey: 'org.itChief',
    systemsOf: [],
    orderedBy: ['AKN', 'UKF', 'KÖP'],
  },
  {
    name: 'Klientdrift och arbetsplats',
    description: 'Datorer, mobiler och standardprogram, installerade och uppdaterade.',
    serviceLevel: 'Ny arbetsplats inom 5 arbetsdagar; byte vid fel inom 1 arbetsdag.',
    priceModel: 'Fast pris per arbetsplats och månad.',
    contact: 'It-enheten',
    contactKey: null,
    systemsOf: ['FST'],
    orderedBy: ['AKN', 'VSOA', 'UKF', 'SAM'],
  },
  {
    name: 'Integrationsplattform',
    description: 'Drift och förvaltning av integrationer mellan system via den gemensamma plattformen.',
    serviceLevel: 'Övervakning dygnet runt; fel i kritiska flöden åtgärdas inom 4 timmar.',
    priceModel: 'Pris per integration och år.',
    contact: 'Integrationsansvarig',
    contactKey: 'fst.leaderIt',
    systemsOf: ['FST', 'KÖP'],
    orderedBy: ['VSOA', 'SAM', 'KÖP'],
  },
  {
    name: 'Systemförvaltning it (teknisk)',
    description: 'Teknisk systemförvaltning nära verksamheten: konfiguration, behörigheter, versionsbyten.',
    serviceLevel: 'Enligt objektets plan; ändringar planeras med objektledare it.',
    priceModel: 'Timpris 655 kr enligt förvaltningsplanen.',
    contact: 'Objektledare it i respektive objekt',
    contactKey: null,
    systemsOf: ['AKN', 'UKF'],
    orderedBy: ['AKN', 'UKF'],
  },
  {
    name: 'E-post och samarbete',
    description: 'E-post, kalender, Teams och gemensamma ytor för dokument.',
    serviceLevel: 'Tillgänglighet 99,5 % per månad.',
    priceModel: 'Ingår i arbetsplatsens pris.',
    contact: 'It-enheten',
    contactKey: null,
    systemsOf: ['FST'],
    orderedBy: ['AKN', 'VSOA', 'UKF', 'SAM', 'KÖP', 'FST'],
  },
  {
    name: 'Säkerhetskopiering och återläsning',
    description: 'Säkerhetskopior av system och filytor, återläsning på begäran.',
    serviceLevel: 'Daglig kopia, 90 dagars historik; återläsning inom 1 arbetsdag.',
    priceModel: 'Pris per lagrad terabyte och månad.',
    contact: 'It-driftschef',
    contactKey: 'fst.ownerIt',
    systemsOf: ['FST'],
    orderedBy: ['AKN', 'SAM'],
  },
  {
    name: 'Kravanalys och upphandlingsstöd',
    description: 'Beställarfunktionens stöd att formulera behov som krav inför upphandling och avtal.',
    serviceLevel: 'Start inom 10 arbetsdagar efter beställning.',
    priceModel: 'Timpris 655 kr; förstudier offereras.',
    contact: 'Kravanalytiker i beställarfunktionen',
    contactKey: 'org.digitalisationChief',
    systemsOf: [],
    orderedBy: ['VSOA', 'KÖP'],
  },
  {
    name: 'E-tjänsteplattform',
    description: 'Drift och utveckling av invånarnas e-tjänster och formulär.',
    serviceLevel: 'Tillgänglighet 99,5 % per månad; nya formulär inom 10 arbetsdagar.',
    priceModel: 'Fast pris per e-tjänst och år.',
    contact: 'Objektledare it AKN',
    contactKey: 'akn.leaderIt',
    systemsOf: ['AKN'],
    orderedBy: ['AKN', 'UKF', 'SAM'],
  },
];

/** The columns of seed 002's interfaces. */
const HUKI_ROLES: {
  key: string;
  name: string;
  binding: HukiRole['binding'];
}[] = [
  { key: 'orderer', name: 'Förvaltningens beställare', binding: { scope: 'object', role: 'ownerBusiness' } },
  { key: 'systemOwner', name: 'Systemägare', binding: { scope: 'object', role: 'ownerIt' } },
  { key: 'systemManager', name: 'Systemförvaltare', binding: { scope: 'object', role: 'leaderIt' } },
  {
    key: 'ordererFunction',
    name: 'Beställarfunktionen',
    binding: { scope: 'organisation', role: 'digitalisationChief' },
  },
  { key: 'itChief', name: 'It-chef', binding: { scope: 'organisation', role: 'itChief' } },
  { key: 'performer', name: 'Utförare it (drift och support)', binding: null },
];

const HUKI_ACTIVITIES: [string, Record<string, HukiLetter>][] = [
  [
    'Formulera behov och krav på funktion',
    { orderer: 'H', ordererFunction: 'U', systemOwner: 'K', performer: 'I' },
  ],
  [
    'Förstudie med nytta och kostnad över livscykeln',
    { orderer: 'H', ordererFunction: 'U', systemManager: 'K', itChief: 'I' },
  ],
  [
    'Bedöma beställning (storlek, kostnad, risk)',
    { ordererFunction: 'H', systemManager: 'K', performer: 'K', orderer: 'I' },
  ],
  [
    'Godkänna beställning över beloppsgränsen',
    { systemOwner: 'H', orderer: 'U', ordererFunction: 'K', itChief: 'I' },
  ],
  [
    'Prioritera beställningar mellan förvaltningar',
    { itChief: 'H', ordererFunction: 'U', orderer: 'K', performer: 'I' },
  ],
  [
    'Uppskatta och planera leverans',
    { performer: 'H', systemManager: 'U', ordererFunction: 'K', orderer: 'I' },
  ],
  ['Leverera till drift', { performer: 'H', systemManager: 'U', ordererFunction: 'I', orderer: 'I' }],
  ['Godkänna leverans', { orderer: 'H', systemManager: 'U', ordererFunction: 'K', performer: 'I' }],
  ['Föra tjänstekatalogen', { ordererFunction: 'H', performer: 'K', itChief: 'I' }],
  [
    'Följa upp servicenivåer och avtal',
    { ordererFunction: 'H', performer: 'U', systemOwner: 'I', itChief: 'I' },
  ],
];

export async function loadItorgDemo(tx: StoreCollections, refs: DemoRefs, today: string): Promise<void> {
  const id = (code: string) => {
    const v = refs.objectIds.get(code);
    if (!v) throw new Error(`Demo IT organisation refers to unknown object ${code}`);
    return v;
  };
  const systems = await tx.components.findAll({ kind: 'it' });
  const systemsOf = (code: string) => systems.filter((s) => s.ownerObjectId === id(code));
  const firstSystem = (code: string) => systemsOf(code)[0]?.id ?? null;
  // The shared IT platform's owners weigh only larger orders themselves (ADR 0029); the rest keep the default.
  const fst = await tx.objects.get(id('FST'));
  if (fst) {
    const { id: _id, etag, createdAt: _c, updatedAt: _u, ...object } = fst;
    await tx.objects.update(fst.id, { ...object, orderApprovalThreshold: 250_000 }, etag);
  }

  let sortOrder = 0;
  for (const s of SERVICES) {
    await tx.itServices.create({
      name: s.name,
      description: s.description,
      serviceLevel: s.serviceLevel,
      priceModel: s.priceModel,
      contact: s.contact,
      contactPersonId: s.contactKey ? refs.personId(s.contactKey) : null,
      componentIds: s.systemsOf.flatMap((code) =>
        systemsOf(code)
          .slice(0, 2)
          .map((c) => c.id),
      ),
      objectIds: s.orderedBy.map(id),
      sortOrder: sortOrder++,
    });
  }

  const roleIds = new Map<string, string>();
  sortOrder = 0;
  for (const r of HUKI_ROLES) {
    const role = await tx.hukiRoles.create({ name: r.name, binding: r.binding, sortOrder: sortOrder++ });
    roleIds.set(r.key, role.id);
  }
  sortOrder = 0;
  for (const [name, cells] of HUKI_ACTIVITIES) {
    await tx.hukiActivities.create({
      name,
      sortOrder: sortOrder++,
      cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [roleIds.get(k)!, v])),
    });
  }

  const at = (daysAgo: number) =>
    new Date(Date.parse(`${today}T09:00:00Z`) - daysAgo * 86_400_000).toISOString();
  const orderer = refs.personId('org.digitalisationChief');
  const base: Pick<
    Order,
    | 'changeCategory'
    | 'lineOrganisationId'
    | 'assessment'
    | 'approvalThreshold'
    | 'approvals'
    | 'performerPersonId'
    | 'estimate'
    | 'delivery'
    | 'planId'
    | 'budgetLineIds'
    | 'wantedBy'
  > = {
    changeCategory: null,
    lineOrganisationId: null,
    assessment: null,
    approvalThreshold: DEFAULT_APPROVAL_THRESHOLD,
    approvals: [],
    performerPersonId: null,
    estimate: null,
    delivery: null,
    planId: null,
    budgetLineIds: [],
    wantedBy: null,
  };
  const assessed = (cost: number, days: number) => ({
    size: cost > 200_000 ? ('large' as const) : cost > 50_000 ? ('medium' as const) : ('small' as const),
    cost,
    risk: cost > 200_000 ? ('high' as const) : ('low' as const),
    comment: '',
    byPersonId: orderer,
    at: at(days),
  });
  const requester = refs.personId('akn.leaderBusiness');
  await tx.orders.create({
    ...base,
    objectId: id('AKN'),
    kind: 'order',
    title: 'Digital signering av protokoll',
    need: 'Nämndernas protokoll ska kunna justeras och signeras digitalt.',
    requesterPersonId: requester,
    componentId: firstSystem('AKN'),
    state: 'need',
    history: [{ state: 'need', byPersonId: requester, at: at(3), comment: '' }],
  });
  await tx.orders.create({
    ...base,
    objectId: id('AKN'),
    kind: 'change',
    changeCategory: 'normal',
    title: 'Nytt ärendeflöde för synpunkter',
    need: 'Synpunkter från invånare ska gå direkt till rätt handläggare.',
    requesterPersonId: requester,
    componentId: firstSystem('AKN'),
    state: 'awaitingApproval',
    assessment: assessed(180_000, 5),
    performerPersonId: refs.personId('akn.specialistIt'),
    history: [
      { state: 'need', byPersonId: requester, at: at(12), comment: '' },
      { state: 'awaitingApproval', byPersonId: orderer, at: at(5), comment: 'Över beloppsgränsen.' },
    ],
  });
  const vsoaRequester = refs.personId('vsoa.leaderBusiness');
  const mobile = await tx.orders.create({
    ...base,
    objectId: id('VSOA'),
    kind: 'order',
    title: 'Mobil dokumentation i hemtjänsten',
    need: 'Personalen ska kunna dokumentera i mobilen direkt hos brukaren.',
    requesterPersonId: vsoaRequester,
    componentId: firstSystem('VSOA'),
    state: 'estimated',
    assessment: assessed(60_000, 30),
    performerPersonId: refs.personId('vsoa.leaderIt'),
    estimate: {
      hours: 80,
      cost: 52_400,
      readyBy: '2027-02-15',
      byPersonId: refs.personId('vsoa.leaderIt'),
      at: at(20),
    },
    history: [
      { state: 'need', byPersonId: vsoaRequester, at: at(40), comment: '' },
      { state: 'ordered', byPersonId: orderer, at: at(30), comment: '' },
      { state: 'estimated', byPersonId: refs.personId('vsoa.leaderIt'), at: at(20), comment: '' },
    ],
  });
  await tx.orders.create({
    ...base,
    objectId: id('SAM'),
    kind: 'change',
    changeCategory: 'standard',
    title: 'Nya behörigheter för bygglovshandläggare',
    need: 'Tre nyanställda handläggare behöver behörighet.',
    requesterPersonId: refs.personId('sam.leaderBusiness'),
    componentId: firstSystem('SAM'),
    state: 'awaitingAcceptance',
    assessment: assessed(4_000, 10),
    performerPersonId: refs.personId('sam.leaderIt'),
    estimate: {
      hours: 6,
      cost: 3_930,
      readyBy: '2026-11-20',
      byPersonId: refs.personId('sam.leaderIt'),
      at: at(8),
    },
    delivery: { note: 'Behörigheterna är upplagda.', byPersonId: refs.personId('sam.leaderIt'), at: at(2) },
    history: [
      { state: 'need', byPersonId: refs.personId('sam.leaderBusiness'), at: at(14), comment: '' },
      { state: 'ordered', byPersonId: orderer, at: at(10), comment: '' },
      { state: 'estimated', byPersonId: refs.personId('sam.leaderIt'), at: at(8), comment: '' },
      { state: 'awaitingAcceptance', byPersonId: refs.personId('sam.leaderIt'), at: at(2), comment: '' },
    ],
  });
  await tx.orders.create({
    ...base,
    objectId: id('UKF'),
    kind: 'order',
    title: 'Elevkonton till nya skolan',
    need: 'Konton och licenser för 400 elever inför terminsstart.',
    requesterPersonId: refs.personId('ukf.leaderBusiness'),
    componentId: firstSystem('UKF'),
    state: 'accepted',
    assessment: assessed(30_000, 90),
    performerPersonId: refs.personId('ukf.leaderIt'),
    estimate: {
      hours: 40,
      cost: 26_200,
      readyBy: '2026-08-10',
      byPersonId: refs.personId('ukf.leaderIt'),
      at: at(85),
    },
    delivery: { note: 'Levererat.', byPersonId: refs.personId('ukf.leaderIt'), at: at(70) },
    history: [
      { state: 'need', byPersonId: refs.personId('ukf.leaderBusiness'), at: at(100), comment: '' },
      { state: 'ordered', byPersonId: orderer, at: at(90), comment: '' },
      { state: 'estimated', byPersonId: refs.personId('ukf.leaderIt'), at: at(85), comment: '' },
      { state: 'awaitingAcceptance', byPersonId: refs.personId('ukf.leaderIt'), at: at(70), comment: '' },
      { state: 'accepted', byPersonId: refs.personId('ukf.leaderBusiness'), at: at(68), comment: 'Tack!' },
    ],
  });

  const reports = (colours: ('green' | 'amber' | 'red')[], comment: string) =>
    colours.map((status, i) => ({
      month: `2026-${String(11 - colours.length + 1 + i).padStart(2, '0')}`,
      status,
      comment: i === colours.length - 1 ? comment : '',
      byPersonId: orderer,
      at: at(30 * (colours.length - 1 - i) + 5),
    }));
  const projects: {
    name: string;
    code: string;
    also: string[];
    manager: string;
    phase: 'idea' | 'preStudy' | 'execution' | 'closing' | 'done';
    start: string;
    end: string;
    budget: number;
    outcome: number;
    status: ('green' | 'amber' | 'red')[];
    comment: string;
  }[] = [
    {
      name: 'Nytt ärendehanteringssystem',
      code: 'AKN',
      also: ['SAM'],
      manager: 'akn.leaderIt',
      phase: 'execution',
      start: '2026-03-01',
      end: '2027-06-30',
      budget: 2_400_000,
      outcome: 1_150_000,
      status: ['green', 'green', 'amber'],
      comment: 'Leverantörens testmiljö är försenad två veckor.',
    },
    {
      name: 'Mobil hemtjänst',
      code: 'VSOA',
      also: [],
      manager: 'vsoa.leaderIt',
      phase: 'execution',
      start: '2026-09-01',
      end: '2027-03-31',
      budget: 900_000,
      outcome: 210_000,
      status: ['green', 'green'],
      comment: 'Enligt plan.',
    },
    {
      name: 'Byte av lärplattform',
      code: 'UKF',
      also: [],
      manager: 'ukf.leaderIt',
      phase: 'preStudy',
      start: '2027-01-15',
      end: '2027-12-20',
      budget: 1_600_000,
      outcome: 0,
      status: ['green'],
      comment: 'Förstudien startar i januari.',
    },
    {
      name: 'Gemensam integrationsplattform',
      code: 'FST',
      also: ['KÖP', 'VSOA', 'SAM'],
      manager: 'fst.leaderIt',
      phase: 'execution',
      start: '2026-01-10',
      end: '2027-09-30',
      budget: 3_200_000,
      outcome: 2_050_000,
      status: ['amber', 'red', 'red'],
      comment: 'Två integrationer mot ekonomisystemet fallerar; åtgärdsplan till PSG.',
    },
    {
      name: 'E-handel för hela kommunen',
      code: 'KÖP',
      also: ['AKN'],
      manager: 'kop.leaderIt',
      phase: 'closing',
      start: '2025-09-01',
      end: '2026-12-31',
      budget: 750_000,
      outcome: 720_000,
      status: ['green', 'green', 'green'],
      comment: 'Överlämning till förvaltning i december.',
    },
  ];
  // The e-commerce project is two of the delmål of AKN's plan 2025: its outcome is that plan's follow-up.
  const [aknPlan] = await tx.plans.findAll({ objectId: id('AKN'), year: 2025 });
  const aknLines = aknPlan
    ? (await tx.budgetLines.findAll({ planId: aknPlan.id }, { field: 'sortOrder' })).slice(0, 2)
    : [];
  const [aknInitiative] = await tx.initiatives.findAll({ objectId: id('AKN') });
  for (const p of projects) {
    const linked = p.name === 'E-handel för hela kommunen' && aknPlan;
    const objectId = id(p.code);
    const componentIds = [p.code, ...p.also].flatMap((c) =>
      systemsOf(c)
        .slice(0, 1)
        .map((s) => s.id),
    );
    await tx.projects.create({
      name: p.name,
      description: '',
      objectId,
      objectIds: p.also.map(id),
      origin:
        p.code === 'AKN' && aknInitiative
          ? { kind: 'initiative', id: aknInitiative.id }
          : p.code === 'VSOA' && mobile
            ? { kind: 'order', id: mobile.id }
            : null,
      managerPersonId: refs.personId(p.manager),
      phase: p.phase,
      phases: [],
      start: p.start,
      end: p.end,
      budget: p.budget,
      outcome: p.outcome,
      planId: linked ? aknPlan.id : null,
      budgetLineIds: linked ? aknLines.map((l) => l.id) : [],
      componentIds,
      reports: reports(p.status, p.comment),
    });
  }
}
