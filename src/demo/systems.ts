// Demo data of the system register and the system map (issue 17): the demo objects' it-components as
// systems — hosting, classification, personal data, user departments — a few more (two being retired),
// and the integrations between them. Fictional: names of products, no people; records of processing are
// invented references.
import type { LifecycleState } from '../domain/model';
import type {
  ClassificationLevel,
  Hosting,
  IntegrationFrequency,
  IntegrationMethod,
  SystemProfile,
} from '../domain/systems/profile';
import type { StoreCollections } from '../services/ports/store';

type Cia = `${ClassificationLevel}${ClassificationLevel}${ClassificationLevel}`;

interface DemoSystem {
  hosting: Hosting;
  /** Confidentiality, integrity, availability as three digits 1–4. */
  cia: Cia;
  personalData: boolean;
  departments: string[];
  docs?: string;
}

/** Register fields of the it-components the demo objects already have (by name). */
const PROFILES: Record<string, DemoSystem> = {
  Treserva: {
    hosting: 'onPremises',
    cia: '443',
    personalData: true,
    departments: ['sof', 'vof', 'iaf'],
    docs: 'treserva',
  },
  'E-tjänst ekonomiskt bistånd': { hosting: 'saas', cia: '333', personalData: true, departments: ['sof'] },
  'SSBTEK-anslutning': { hosting: 'sharedPlatform', cia: '432', personalData: true, departments: ['sof'] },
  'RPA ekonomiskt bistånd': { hosting: 'onPremises', cia: '332', personalData: true, departments: ['sof'] },
  'Appva MCSS': { hosting: 'saas', cia: '344', personalData: true, departments: ['vof'] },
  Trygghetslarmsplattform: { hosting: 'saas', cia: '344', personalData: true, departments: ['vof'] },
  'Digitala lås': { hosting: 'saas', cia: '234', personalData: true, departments: ['vof'] },
  'Deltagarregister arbetsmarknad': { hosting: 'saas', cia: '322', personalData: true, departments: ['iaf'] },
  Skolplattform: {
    hosting: 'saas',
    cia: '333',
    personalData: true,
    departments: ['utb'],
    docs: 'skolplattform',
  },
  Skolon: { hosting: 'saas', cia: '222', personalData: true, departments: ['utb'] },
  'Extens elevregister': { hosting: 'saas', cia: '343', personalData: true, departments: ['utb'] },
  'Skola24 Schema': { hosting: 'saas', cia: '223', personalData: true, departments: ['utb'] },
  'Quria bibliotekssystem': { hosting: 'saas', cia: '222', personalData: true, departments: ['kof'] },
  'Interbook Go': { hosting: 'saas', cia: '222', personalData: true, departments: ['kof'] },
  Föreningsregister: { hosting: 'onPremises', cia: '122', personalData: true, departments: ['kof'] },
  ByggR: { hosting: 'onPremises', cia: '233', personalData: true, departments: ['msf'] },
  'E-tjänst bygglov': { hosting: 'saas', cia: '232', personalData: true, departments: ['msf'] },
  'ArcGIS-plattform': { hosting: 'onPremises', cia: '133', personalData: false, departments: ['msf', 'klf'] },
  Webbkarta: { hosting: 'saas', cia: '122', personalData: false, departments: ['msf'] },
  'EDP Vision': { hosting: 'onPremises', cia: '233', personalData: true, departments: ['msf'] },
  'EDP Mobile': { hosting: 'saas', cia: '222', personalData: true, departments: ['msf'] },
  'Fastighetsregistret (direktåtkomst)': {
    hosting: 'sharedPlatform',
    cia: '232',
    personalData: true,
    departments: ['msf'],
  },
  Mätningssystem: { hosting: 'onPremises', cia: '132', personalData: false, departments: ['msf'] },
  Raindance: {
    hosting: 'onPremises',
    cia: '343',
    personalData: true,
    departments: ['klf', 'vos'],
    docs: 'raindance',
  },
  Proceedo: { hosting: 'saas', cia: '232', personalData: false, departments: ['klf', 'vos'] },
  Hypergene: { hosting: 'saas', cia: '232', personalData: false, departments: ['klf'] },
  'Personec P': { hosting: 'onPremises', cia: '443', personalData: true, departments: ['klf', 'vos'] },
  ReachMee: { hosting: 'saas', cia: '322', personalData: true, departments: ['klf'] },
  'Public 360°': {
    hosting: 'onPremises',
    cia: '343',
    personalData: true,
    departments: ['klf', 'msf', 'sof'],
  },
  'E-arkiv': { hosting: 'sharedPlatform', cia: '342', personalData: true, departments: ['klf'] },
  Intranät: { hosting: 'saas', cia: '122', personalData: false, departments: ['klf', 'vos'] },
  'Microsoft Entra ID': { hosting: 'saas', cia: '344', personalData: true, departments: ['klf', 'vos'] },
  'Identitetshanteringssystem (IdM)': {
    hosting: 'onPremises',
    cia: '343',
    personalData: true,
    departments: ['vos'],
  },
  'Inloggningstjänst e-legitimation': {
    hosting: 'sharedPlatform',
    cia: '344',
    personalData: true,
    departments: ['vos'],
  },
  'Kommunnät och WiFi': { hosting: 'onPremises', cia: '234', personalData: false, departments: ['vos'] },
  'Microsoft 365': {
    hosting: 'saas',
    cia: '333',
    personalData: true,
    departments: ['klf', 'vos', 'utb', 'sof'],
  },
  Klienthantering: { hosting: 'onPremises', cia: '233', personalData: false, departments: ['vos'] },
  Integrationsplattform: { hosting: 'onPremises', cia: '334', personalData: true, departments: ['vos'] },
  'Serverplattform och lagring': {
    hosting: 'onPremises',
    cia: '334',
    personalData: false,
    departments: ['vos'],
  },
};

/** Systems the demo objects do not list yet: two on their way out, with integrations still leaning on them. */
const EXTRA: (DemoSystem & {
  object: string;
  name: string;
  description: string;
  supplier: string;
  lifecycle: LifecycleState;
})[] = [
  {
    object: 'VSOA',
    name: 'Äldre verksamhetssystem omsorg',
    description:
      'Det tidigare verksamhetssystemet för omsorgen; läses bara för historiska akter tills de är arkiverade.',
    supplier: 'Exempelleverantören AB',
    lifecycle: 'retired',
    hosting: 'onPremises',
    cia: '432',
    personalData: true,
    departments: ['vof'],
  },
  {
    object: 'KÖP',
    name: 'Gammal lönefilsöverföring',
    description: 'Filöverföring av lönefiler till banken; ersätts av integrationsplattformen under året.',
    supplier: 'egenutvecklad',
    lifecycle: 'retiring',
    hosting: 'onPremises',
    cia: '343',
    personalData: true,
    departments: ['vos'],
  },
  {
    object: 'UKF',
    name: 'Frånvarohantering skola',
    description: 'Frånvaroregistrering och meddelanden till vårdnadshavare.',
    supplier: 'Skolsystem Exempel AB',
    lifecycle: 'introducing',
    hosting: 'saas',
    cia: '323',
    personalData: true,
    departments: ['utb'],
  },
];

/** [from, to, information, method, frequency] by system name. */
const INTEGRATIONS: [string, string, string, IntegrationMethod, IntegrationFrequency][] = [
  ['Extens elevregister', 'Skolplattform', 'Elever, klasser och vårdnadshavare', 'api', 'daily'],
  ['Extens elevregister', 'Skola24 Schema', 'Elever och grupper', 'file', 'daily'],
  ['Skola24 Schema', 'Skolplattform', 'Scheman', 'api', 'hourly'],
  ['Extens elevregister', 'Skolon', 'Elever och licenser', 'api', 'daily'],
  ['Extens elevregister', 'Frånvarohantering skola', 'Elever och vårdnadshavare', 'api', 'daily'],
  ['Identitetshanteringssystem (IdM)', 'Microsoft Entra ID', 'Konton och grupper', 'api', 'realtime'],
  ['Personec P', 'Identitetshanteringssystem (IdM)', 'Anställningar och organisation', 'file', 'daily'],
  ['Extens elevregister', 'Identitetshanteringssystem (IdM)', 'Elevkonton', 'file', 'daily'],
  ['Personec P', 'Raindance', 'Lönekostnader per konto', 'file', 'monthly'],
  ['Proceedo', 'Raindance', 'Leverantörsfakturor och beställningar', 'api', 'daily'],
  ['Raindance', 'Hypergene', 'Utfall per konto', 'file', 'daily'],
  ['Personec P', 'Hypergene', 'Personalstatistik', 'file', 'monthly'],
  ['ReachMee', 'Personec P', 'Nyanställningar', 'manual', 'onDemand'],
  ['Personec P', 'Gammal lönefilsöverföring', 'Utbetalningsfiler', 'file', 'monthly'],
  ['Public 360°', 'E-arkiv', 'Avslutade ärenden för arkivering', 'file', 'weekly'],
  ['Treserva', 'E-arkiv', 'Gallrade akter för arkivering', 'file', 'monthly'],
  ['Äldre verksamhetssystem omsorg', 'Treserva', 'Historiska akter (läsning)', 'manual', 'onDemand'],
  ['Äldre verksamhetssystem omsorg', 'E-arkiv', 'Akter att arkivera', 'file', 'onDemand'],
  ['E-tjänst ekonomiskt bistånd', 'Treserva', 'Ansökningar om ekonomiskt bistånd', 'api', 'realtime'],
  ['SSBTEK-anslutning', 'Treserva', 'Uppgifter från andra myndigheter', 'message', 'realtime'],
  ['Treserva', 'RPA ekonomiskt bistånd', 'Ärenden att beräkna', 'api', 'daily'],
  ['Treserva', 'Raindance', 'Utbetalningar ekonomiskt bistånd', 'file', 'daily'],
  ['Treserva', 'Appva MCSS', 'Insatser och brukare', 'api', 'realtime'],
  ['Trygghetslarmsplattform', 'Treserva', 'Larmhändelser', 'api', 'realtime'],
  ['Digitala lås', 'Trygghetslarmsplattform', 'Låshändelser', 'api', 'realtime'],
  ['Deltagarregister arbetsmarknad', 'Treserva', 'Deltagare i insatser', 'manual', 'weekly'],
  ['E-tjänst bygglov', 'ByggR', 'Bygglovsansökningar', 'api', 'realtime'],
  ['Fastighetsregistret (direktåtkomst)', 'ByggR', 'Fastigheter och ägare', 'api', 'daily'],
  ['Fastighetsregistret (direktåtkomst)', 'ArcGIS-plattform', 'Fastighetsgränser', 'file', 'weekly'],
  ['Mätningssystem', 'ArcGIS-plattform', 'Inmätta objekt', 'file', 'weekly'],
  ['ArcGIS-plattform', 'Webbkarta', 'Kartlager', 'api', 'daily'],
  ['ByggR', 'Public 360°', 'Beslut för diarieföring', 'api', 'daily'],
  ['EDP Vision', 'EDP Mobile', 'Tillsynsobjekt och besök', 'api', 'realtime'],
  ['EDP Vision', 'Raindance', 'Kundfakturor tillsyn', 'file', 'monthly'],
  ['Quria bibliotekssystem', 'Identitetshanteringssystem (IdM)', 'Låntagare (elever)', 'file', 'daily'],
  ['Interbook Go', 'Raindance', 'Kundfakturor lokalbokning', 'file', 'monthly'],
  ['Föreningsregister', 'Interbook Go', 'Föreningar', 'manual', 'monthly'],
  [
    'Inloggningstjänst e-legitimation',
    'E-tjänst ekonomiskt bistånd',
    'Inloggning med e-legitimation',
    'api',
    'realtime',
  ],
  [
    'Inloggningstjänst e-legitimation',
    'E-tjänst bygglov',
    'Inloggning med e-legitimation',
    'api',
    'realtime',
  ],
  ['Microsoft Entra ID', 'Microsoft 365', 'Konton och licenser', 'api', 'realtime'],
  ['Public 360°', 'Intranät', 'Styrdokument att publicera', 'api', 'daily'],
  // AKN (seed 004's object): its web and archive systems.
  ['Klara', 'E-arkiv', 'Arkivredovisning', 'file', 'monthly'],
  ['ImageVault', 'Episerver', 'Bilder till webbplatsen', 'api', 'realtime'],
  ['Esmaker', 'Episerver', 'Enkätformulär', 'api', 'onDemand'],
];

function profile(d: DemoSystem, lineOrgIds: ReadonlyMap<string, string>): SystemProfile {
  const [c, i, a] = [...d.cia].map(Number) as ClassificationLevel[];
  return {
    ownerPersonId: null,
    managerPersonId: null,
    hosting: d.hosting,
    classification: { confidentiality: c!, integrity: i!, availability: a! },
    personalData: d.personalData,
    processingRecordRef: d.personalData ? `RF-${String(d.departments[0]).toUpperCase()}-${d.cia}` : '',
    departmentIds: d.departments.map((k) => lineOrgIds.get(k)!).filter(Boolean),
    documentationLinks: d.docs
      ? [{ title: 'Förvaltningshandbok', url: `https://intranat.exempelkommun.se/system/${d.docs}` }]
      : [],
  };
}

export async function loadSystems(
  tx: StoreCollections,
  objectIds: ReadonlyMap<string, string>,
  lineOrgIds: ReadonlyMap<string, string>,
): Promise<{ systems: number; integrations: number }> {
  const ids = new Map<string, string>();
  for (const c of await tx.components.findAll({ kind: 'it' })) {
    const d = PROFILES[c.name];
    ids.set(c.name, c.id);
    if (!d) continue;
    const { id, etag, createdAt: _c, updatedAt: _u, ...rest } = c;
    await tx.components.update(id, { ...rest, system: profile(d, lineOrgIds) }, etag);
  }
  for (const e of EXTRA) {
    const objectId = objectIds.get(e.object);
    if (!objectId) continue;
    const created = await tx.components.create({
      kind: 'it',
      ownerObjectId: objectId,
      name: e.name,
      description: e.description,
      supplier: e.supplier,
      lifecycle: e.lifecycle,
      system: profile(e, lineOrgIds),
    });
    ids.set(e.name, created.id);
  }
  let integrations = 0;
  for (const [from, to, information, method, frequency] of INTEGRATIONS) {
    const fromSystemId = ids.get(from);
    const toSystemId = ids.get(to);
    if (!fromSystemId || !toSystemId) throw new Error(`Demo integration ${from} → ${to}: unknown system`);
    await tx.integrations.create({
      fromSystemId,
      toSystemId,
      information,
      method,
      frequency,
      ownerPersonId: null,
      description: '',
    });
    integrations++;
  }
  return { systems: ids.size, integrations };
}
