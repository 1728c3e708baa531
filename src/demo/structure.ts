// Demo seed: the current Linköping object structure (shared/spec/domain.md §Object structure, 000 §2.2):
// VSOA, UKF and SAM (core), KÖP (support) and FST (technical). The object names, categories and departments follow
// the spec; products, components, contracts, budget lines and initiatives are FICTIONAL demo content.
// No person names: escalations refer to person keys (`${object}.ownerBusiness` etc.) defined elsewhere.
import type { AssignmentType, EscalationLevel, InitiativeKind, InitiativeStatus } from '../domain/model';
import type { SeedBudgetLine, SeedComponent, SeedContract, SeedProduct, SeedRelated } from './akn2020';

export interface SeedLineOrganisation {
  key: string;
  name: string;
  shortName: string;
}

export interface SeedObject {
  code: string;
  name: string;
  category: 'core' | 'support' | 'technical';
  description: string;
  /** Keys of LINE_ORGANISATIONS; FST supports all of them. */
  lineOrganisations: string[];
  products: SeedProduct[];
  businessComponents: SeedComponent[];
  itComponents: SeedComponent[];
  contracts: SeedContract[];
  relatedObjects: SeedRelated[];
}

export const LINE_ORGANISATIONS: SeedLineOrganisation[] = [
  { key: 'iaf', name: 'Integrations- och arbetsmarknadsförvaltningen', shortName: 'IAF' },
  { key: 'sof', name: 'Socialförvaltningen', shortName: 'SOF' },
  { key: 'vof', name: 'Vård- och omsorgsförvaltningen', shortName: 'VOF' },
  { key: 'utb', name: 'Utbildningsförvaltningen', shortName: 'UTB' },
  { key: 'kof', name: 'Kultur- och fritidsförvaltningen', shortName: 'KOF' },
  { key: 'msf', name: 'Miljö- och samhällsbyggnadsförvaltningen', shortName: 'MSF' },
  { key: 'klf', name: 'Kommunledningsförvaltningen', shortName: 'KLF' },
  { key: 'vos', name: 'Verksamhetsstöd och service', shortName: 'VOS' },
];

const VSOA: SeedObject = {
  code: 'VSOA',
  name: 'Vård, stöd, omsorg och arbetsmarknad',
  category: 'core',
  description:
    'Kärnobjekt för socialtjänst, vård och omsorg samt arbetsmarknadsinsatser. Objektet förvaltar verksamhetssystem, ' +
    'e-tjänster och välfärdsteknik som stöder handläggning, journalföring och insatser för kommunens invånare.',
  lineOrganisations: ['iaf', 'sof', 'vof'],
  products: [
    {
      name: 'Stöd för handläggning och dokumentation inom socialtjänsten',
      description:
        'Samlat stöd för utredning, beslut, verkställighet och journalföring inom individ- och familjeomsorg, LSS och äldreomsorg.',
      businessComponents: [
        'Handläggningsrutiner socialtjänst',
        'Dokumentationsmallar och journalföringsanvisningar',
        'Användarmanualer och utbildningsmaterial',
        'Behörighetsrutiner och loggkontroll',
      ],
      itComponents: ['Treserva'],
    },
    {
      name: 'Stöd för ekonomiskt bistånd',
      description:
        'Digital ansökan om ekonomiskt bistånd, automatiserad kontroll mot andra myndigheter och stöd för beräkning och utbetalning.',
      businessComponents: ['Handläggningsrutiner socialtjänst', 'Användarmanualer och utbildningsmaterial'],
      itComponents: [
        'E-tjänst ekonomiskt bistånd',
        'SSBTEK-anslutning',
        'RPA ekonomiskt bistånd',
        'Treserva',
      ],
    },
    {
      name: 'Stöd för vård- och omsorgsinsatser',
      description:
        'Stöd för att planera, utföra och signera insatser i hemtjänst och på särskilda boenden, inklusive digital signering av läkemedel och insatser.',
      businessComponents: [
        'Dokumentationsmallar och journalföringsanvisningar',
        'Användarmanualer och utbildningsmaterial',
      ],
      itComponents: ['Appva MCSS', 'Digitala lås', 'Treserva'],
    },
    {
      name: 'Stöd för trygghetslarm och välfärdsteknik',
      description:
        'Digitala trygghetslarm, larmmottagning och kringutrustning som gör det möjligt för äldre och personer med funktionsnedsättning att bo tryggt hemma.',
      businessComponents: ['Användarmanualer och utbildningsmaterial', 'Behörighetsrutiner och loggkontroll'],
      itComponents: ['Trygghetslarmsplattform', 'Digitala lås'],
    },
    {
      name: 'Stöd för arbetsmarknadsinsatser',
      description:
        'Registrering och uppföljning av deltagare i kommunala arbetsmarknadsinsatser och samverkan med Arbetsförmedlingen.',
      businessComponents: ['Handläggningsrutiner socialtjänst', 'Behörighetsrutiner och loggkontroll'],
      itComponents: ['Deltagarregister arbetsmarknad'],
    },
  ],
  businessComponents: [
    {
      name: 'Handläggningsrutiner socialtjänst',
      description:
        'Rutiner och processbeskrivningar för utredning, beslut och uppföljning enligt SoL och LSS.',
    },
    {
      name: 'Dokumentationsmallar och journalföringsanvisningar',
      description:
        'Mallar för utredningar, beslut och genomförandeplaner samt anvisningar för social dokumentation.',
    },
    {
      name: 'Användarmanualer och utbildningsmaterial',
      description:
        'Manualer, instruktionsfilmer och introduktionsutbildning för nya medarbetare i verksamhetssystemen.',
    },
    {
      name: 'Behörighetsrutiner och loggkontroll',
      description:
        'Rutiner för tilldelning av behörigheter efter roll samt för systematisk kontroll av åtkomstloggar.',
    },
  ],
  itComponents: [
    {
      name: 'Treserva',
      description:
        'Verksamhetssystem för socialtjänst och omsorg med ärendehantering, journalföring och beslut.',
      supplier: 'CGI Sverige AB',
    },
    {
      name: 'E-tjänst ekonomiskt bistånd',
      description: 'E-tjänst där invånare ansöker om ekonomiskt bistånd och lämnar kompletteringar digitalt.',
      supplier: 'Nordic Peak AB',
    },
    {
      name: 'SSBTEK-anslutning',
      description:
        'Integration för att hämta uppgifter från andra myndigheter vid handläggning av ekonomiskt bistånd.',
      supplier: 'egenutvecklad',
    },
    {
      name: 'RPA ekonomiskt bistånd',
      description: 'Mjukvarurobotar som utför kontroller och förbereder beräkningar vid återansökan.',
      supplier: 'Softronic AB',
    },
    {
      name: 'Appva MCSS',
      description: 'Digital signering av läkemedel och insatser i hemtjänst och på särskilda boenden.',
      supplier: 'Appva AB',
    },
    {
      name: 'Trygghetslarmsplattform',
      description: 'Digitala trygghetslarm med larmmottagning, larmhantering och statistik.',
      supplier: 'Tunstall Nordic AB',
    },
    {
      name: 'Digitala lås',
      description: 'Digitala nyckelfria lås för hemtjänstens besök med loggning av in- och utpassering.',
      supplier: 'Phoniro AB',
    },
    {
      name: 'Deltagarregister arbetsmarknad',
      description: 'Register för deltagare, insatser och resultat inom kommunens arbetsmarknadsverksamhet.',
      supplier: 'egenutvecklad',
    },
  ],
  contracts: [
    {
      component: 'Treserva',
      supplier: 'CGI Sverige AB',
      title: 'Treserva – licens, drift och förvaltning',
      startDate: '2019-06-01',
      endDate: '2027-05-31',
      noticePeriodMonths: 9,
    },
    {
      component: 'Appva MCSS',
      supplier: 'Appva AB',
      title: 'Digital signering – abonnemang och support',
      startDate: '2023-03-01',
      endDate: '2029-02-28',
      noticePeriodMonths: 6,
    },
    {
      component: 'Trygghetslarmsplattform',
      supplier: 'Tunstall Nordic AB',
      title: 'Trygghetslarm och larmmottagning',
      startDate: '2022-06-01',
      endDate: '2030-05-31',
      noticePeriodMonths: 12,
    },
    {
      component: 'E-tjänst ekonomiskt bistånd',
      supplier: 'Nordic Peak AB',
      title: 'E-tjänsteplattform för ekonomiskt bistånd – licens och support',
      startDate: '2024-01-01',
      endDate: '2028-12-31',
      noticePeriodMonths: 6,
    },
  ],
  relatedObjects: [
    {
      name: 'Förutsättningsskapande teknik',
      description:
        'Verksamhetssystemen kräver stark autentisering, integrationsplattform och driftsäkert nätverk i boenden och hemtjänst.',
      relatedCode: 'FST',
    },
    {
      name: 'Kommunövergripande processer',
      description:
        'Utbetalningar av ekonomiskt bistånd bokförs i ekonomisystemet och avslutade personakter levereras till e-arkivet.',
      relatedCode: 'KÖP',
    },
  ],
};

const UKF: SeedObject = {
  code: 'UKF',
  name: 'Utbildning, kultur och fritid',
  category: 'core',
  description:
    'Kärnobjekt för förskola, grundskola, gymnasium och vuxenutbildning samt kultur- och fritidsverksamhet. ' +
    'Objektet förvaltar skolplattform, elevadministration, bibliotekssystem och bokning av lokaler och anläggningar.',
  lineOrganisations: ['utb', 'kof'],
  products: [
    {
      name: 'Stöd för undervisning och lärande',
      description:
        'Skolplattform och digitala läromedel för planering, bedömning och kommunikation mellan skola, elever och vårdnadshavare.',
      businessComponents: ['Utbildningsmaterial för pedagoger', 'Behörighetsrutiner skolplattform'],
      itComponents: ['Skolplattform', 'Skolon'],
    },
    {
      name: 'Stöd för elevadministration',
      description: 'Elevregister, placering, schemaläggning och frånvarohantering för kommunens skolor.',
      businessComponents: ['Rutiner för elevadministration', 'Behörighetsrutiner skolplattform'],
      itComponents: ['Extens elevregister', 'Skola24 Schema', 'Skolplattform'],
    },
    {
      name: 'Stöd för bibliotek',
      description:
        'Katalog, utlåning, reservationer och e-medier för stadsbiblioteket, filialer och skolbibliotek.',
      businessComponents: ['Utbildningsmaterial för pedagoger'],
      itComponents: ['Quria bibliotekssystem'],
    },
    {
      name: 'Stöd för bokning av lokaler och anläggningar',
      description:
        'Bokning och fakturering av idrottshallar, samlingslokaler och anläggningar för föreningar och allmänhet samt föreningsbidrag.',
      businessComponents: ['Bokningsregler och prislistor'],
      itComponents: ['Interbook Go', 'Föreningsregister'],
    },
  ],
  businessComponents: [
    {
      name: 'Rutiner för elevadministration',
      description: 'Rutiner för in- och utskrivning, skolplacering, betygsrapportering och frånvaroanmälan.',
    },
    {
      name: 'Utbildningsmaterial för pedagoger',
      description: 'Guider, filmer och workshopmaterial för pedagoger och bibliotekspersonal.',
    },
    {
      name: 'Bokningsregler och prislistor',
      description: 'Beslutade regler för prioritering av bokningar samt taxor för lokaler och anläggningar.',
    },
    {
      name: 'Behörighetsrutiner skolplattform',
      description:
        'Rutiner för behörigheter för personal, elever och vårdnadshavare, inklusive skyddade personuppgifter.',
    },
  ],
  itComponents: [
    {
      name: 'Skolplattform',
      description:
        'Webbaserad skolplattform för lärplattform, omdömen, närvaro och kommunikation med vårdnadshavare.',
      supplier: 'InfoMentor AB',
    },
    {
      name: 'Skolon',
      description: 'Portal för inloggning till digitala läromedel och licenshantering.',
      supplier: 'Skolon AB',
    },
    {
      name: 'Extens elevregister',
      description: 'Elevregister och betygsadministration för grundskola, gymnasium och vuxenutbildning.',
      supplier: 'Tietoevry Sverige AB',
    },
    {
      name: 'Skola24 Schema',
      description:
        'Schemaläggning och lokalplanering för skolorna, med publicering till elever och personal.',
      supplier: 'Nova Software AB',
    },
    {
      name: 'Quria bibliotekssystem',
      description: 'Molnbaserat bibliotekssystem med katalog, cirkulation och webbkatalog.',
      supplier: 'Axiell Sverige AB',
    },
    {
      name: 'Interbook Go',
      description:
        'Bokningssystem för lokaler och anläggningar med självservice för föreningar och allmänhet.',
      supplier: 'FRI Program AB',
    },
    {
      name: 'Föreningsregister',
      description: 'Register över föreningar och e-tjänst för ansökan om föreningsbidrag.',
      supplier: 'egenutvecklad',
    },
  ],
  contracts: [
    {
      component: 'Skolplattform',
      supplier: 'InfoMentor AB',
      title: 'Skolplattform – licens, drift och support',
      startDate: '2021-08-01',
      endDate: '2027-01-31',
      noticePeriodMonths: 6,
    },
    {
      component: 'Extens elevregister',
      supplier: 'Tietoevry Sverige AB',
      title: 'Elevregister – licens och förvaltning',
      startDate: '2020-07-01',
      endDate: '2028-06-30',
      noticePeriodMonths: 12,
    },
    {
      component: 'Quria bibliotekssystem',
      supplier: 'Axiell Sverige AB',
      title: 'Bibliotekssystem – molntjänst',
      startDate: '2024-01-01',
      endDate: '2030-12-31',
      noticePeriodMonths: 6,
    },
    {
      component: 'Interbook Go',
      supplier: 'FRI Program AB',
      title: 'Bokningssystem lokaler och anläggningar – abonnemang',
      startDate: '2022-04-01',
      endDate: '2027-09-30',
      noticePeriodMonths: 6,
    },
  ],
  relatedObjects: [
    {
      name: 'Förutsättningsskapande teknik',
      description: 'Elevkonton, inloggning till läromedel och trådlöst nätverk i skolorna levereras av FST.',
      relatedCode: 'FST',
    },
    {
      name: 'Vård, stöd, omsorg och arbetsmarknad',
      description:
        'Samverkan kring orosanmälningar och elevhälsa kräver säker informationsöverföring mellan objekten.',
      relatedCode: 'VSOA',
    },
    {
      name: 'Kommunövergripande processer',
      description:
        'Elevakter och betygskataloger levereras till e-arkivet; fakturering av lokalbokningar går via ekonomisystemet.',
      relatedCode: 'KÖP',
    },
  ],
};

const SAM: SeedObject = {
  code: 'SAM',
  name: 'Samhällsbyggnad',
  category: 'core',
  description:
    'Kärnobjekt för bygglov, planering, kartor och geografisk information samt miljö- och hälsoskyddstillsyn. ' +
    'Objektet förvaltar handläggningssystem, GIS-plattform och kopplingar till fastighetsregistret.',
  lineOrganisations: ['msf'],
  products: [
    {
      name: 'Stöd för bygglovshandläggning',
      description: 'Digital ansökan, handläggning och beslut i bygglovs-, rivnings- och anmälningsärenden.',
      businessComponents: ['Handläggningsrutiner bygglov', 'Kartmanual och datamodell'],
      itComponents: ['ByggR', 'E-tjänst bygglov', 'Fastighetsregistret (direktåtkomst)'],
    },
    {
      name: 'Stöd för kartor och geografisk information',
      description:
        'Produktion och förvaltning av baskarta och geodata samt publicering av kartor internt och för invånare.',
      businessComponents: ['Kartmanual och datamodell', 'Utbildningsmaterial GIS'],
      itComponents: ['ArcGIS-plattform', 'Webbkarta', 'Mätningssystem'],
    },
    {
      name: 'Stöd för miljö- och hälsoskyddstillsyn',
      description: 'Planering, genomförande och debitering av tillsyn och livsmedelskontroll, även i fält.',
      businessComponents: ['Tillsynsmallar och checklistor'],
      itComponents: ['EDP Vision', 'EDP Mobile'],
    },
    {
      name: 'Stöd för fastighetsinformation och mätning',
      description: 'Tillgång till fastighets- och ägaruppgifter samt stöd för utstakning och inmätning.',
      businessComponents: ['Kartmanual och datamodell'],
      itComponents: ['Fastighetsregistret (direktåtkomst)', 'Mätningssystem', 'ArcGIS-plattform'],
    },
  ],
  businessComponents: [
    {
      name: 'Handläggningsrutiner bygglov',
      description: 'Rutiner och beslutsmallar för bygglovsprocessen från ansökan till slutbesked.',
    },
    {
      name: 'Tillsynsmallar och checklistor',
      description: 'Checklistor och protokollsmallar för miljö-, hälsoskydds- och livsmedelstillsyn.',
    },
    {
      name: 'Kartmanual och datamodell',
      description: 'Beskrivning av kommunens baskarta, datamodell och kvalitetskrav för geodata.',
    },
    {
      name: 'Utbildningsmaterial GIS',
      description: 'Grund- och fortsättningsutbildning i GIS och webbkarta för handläggare.',
    },
  ],
  itComponents: [
    {
      name: 'ByggR',
      description: 'Handläggningssystem för bygglov, planärenden och bostadsanpassning.',
      supplier: 'Sokigo AB',
    },
    {
      name: 'E-tjänst bygglov',
      description:
        'E-tjänst för ansökan om bygglov och anmälan med direkt överföring till handläggningssystemet.',
      supplier: 'Sokigo AB',
    },
    {
      name: 'ArcGIS-plattform',
      description: 'GIS-plattform för analys, kartproduktion och förvaltning av geodata.',
      supplier: 'Esri Sverige AB',
    },
    {
      name: 'Webbkarta',
      description: 'Intern och extern webbkarta med planer, fastigheter och samhällsinformation.',
      supplier: 'egenutvecklad',
    },
    {
      name: 'EDP Vision',
      description: 'Verksamhetssystem för miljö- och hälsoskydd samt livsmedelskontroll.',
      supplier: 'EDP Consult AB',
    },
    {
      name: 'EDP Mobile',
      description: 'Mobilapp för inspektioner i fält med synkronisering mot verksamhetssystemet.',
      supplier: 'EDP Consult AB',
    },
    {
      name: 'Fastighetsregistret (direktåtkomst)',
      description: 'Direktåtkomst till fastighetsregistrets uppgifter om fastigheter, ägare och rättigheter.',
      supplier: 'Lantmäteriet',
    },
    {
      name: 'Mätningssystem',
      description: 'Program för beräkning och hantering av mätdata vid utstakning och inmätning.',
      supplier: 'Adtollo AB',
    },
  ],
  contracts: [
    {
      component: 'ByggR',
      supplier: 'Sokigo AB',
      title: 'Bygglovssystem – licens, drift och support',
      startDate: '2020-01-01',
      endDate: '2026-12-31',
      noticePeriodMonths: 6,
    },
    {
      component: 'ArcGIS-plattform',
      supplier: 'Esri Sverige AB',
      title: 'GIS-plattform – företagsavtal',
      startDate: '2023-01-01',
      endDate: '2029-12-31',
      noticePeriodMonths: 6,
    },
    {
      component: 'EDP Vision',
      supplier: 'EDP Consult AB',
      title: 'Miljö- och tillsynssystem – licens och support',
      startDate: '2021-05-01',
      endDate: '2028-04-30',
      noticePeriodMonths: 9,
    },
    {
      component: 'Fastighetsregistret (direktåtkomst)',
      supplier: 'Lantmäteriet',
      title: 'Avtal om direktåtkomst till fastighetsinformation',
      startDate: '2018-01-01',
      endDate: '2027-12-31',
      noticePeriodMonths: 3,
    },
  ],
  relatedObjects: [
    {
      name: 'Kommunövergripande processer',
      description:
        'Bygglovsärenden diarieförs i kommunens ärendehantering och avslutade ärenden levereras till e-arkivet.',
      relatedCode: 'KÖP',
    },
    {
      name: 'Förutsättningsskapande teknik',
      description:
        'GIS-plattformen och webbkartan driftas på kommunens serverplattform och använder gemensam inloggning.',
      relatedCode: 'FST',
    },
  ],
};

const KOP: SeedObject = {
  code: 'KÖP',
  name: 'Kommunövergripande processer',
  category: 'support',
  description:
    'Stödobjekt för processer som alla förvaltningar använder: ekonomi, HR och lön, dokument- och ärendehantering, ' +
    'e-arkiv och intern kommunikation.',
  lineOrganisations: ['klf', 'vos'],
  products: [
    {
      name: 'Stöd för ekonomistyrning och redovisning',
      description: 'Redovisning, budget och uppföljning, e-handel och hantering av leverantörsfakturor.',
      businessComponents: ['Ekonomihandbok och attestrutiner', 'Utbildningsmaterial och mallar'],
      itComponents: ['Raindance', 'Proceedo', 'Hypergene'],
    },
    {
      name: 'Stöd för HR och lön',
      description: 'Anställning, lön, schema och självservice för medarbetare och chefer samt rekrytering.',
      businessComponents: ['HR-rutiner och chefsstöd', 'Utbildningsmaterial och mallar'],
      itComponents: ['Personec P', 'ReachMee'],
    },
    {
      name: 'Stöd för dokument- och ärendehantering',
      description:
        'Diarieföring, ärendehantering och nämndadministration enligt offentlighets- och sekretesslagen.',
      businessComponents: [
        'Dokumenthanteringsplaner och diarieföringsrutiner',
        'Utbildningsmaterial och mallar',
      ],
      itComponents: ['Public 360°'],
    },
    {
      name: 'Stöd för digital arkivering',
      description: 'Ta emot, bevara och tillgängliggöra information som levereras från verksamhetssystemen.',
      businessComponents: ['Dokumenthanteringsplaner och diarieföringsrutiner'],
      itComponents: ['E-arkiv'],
    },
    {
      name: 'Stöd för intern kommunikation',
      description:
        'Intranät med nyheter, styrdokument och genvägar till interna tjänster för alla medarbetare.',
      businessComponents: ['Utbildningsmaterial och mallar'],
      itComponents: ['Intranät'],
    },
  ],
  businessComponents: [
    {
      name: 'Ekonomihandbok och attestrutiner',
      description: 'Kommungemensam ekonomihandbok, kontoplan och rutiner för attest och beslutsattest.',
    },
    {
      name: 'HR-rutiner och chefsstöd',
      description: 'Rutiner för anställning, lönerevision och frånvaro samt stödmaterial för chefer.',
    },
    {
      name: 'Dokumenthanteringsplaner och diarieföringsrutiner',
      description:
        'Informationshanteringsplaner, gallringsbeslut och rutiner för registrering av allmänna handlingar.',
    },
    {
      name: 'Utbildningsmaterial och mallar',
      description: 'Kommungemensamma mallar, lathundar och e-utbildningar för systemen i objektet.',
    },
  ],
  itComponents: [
    {
      name: 'Raindance',
      description: 'Ekonomisystem för redovisning, reskontror och anläggningsregister.',
      supplier: 'CGI Sverige AB',
    },
    {
      name: 'Proceedo',
      description: 'E-handel och elektronisk hantering av leverantörsfakturor.',
      supplier: 'Visma Proceedo AB',
    },
    {
      name: 'Hypergene',
      description: 'Beslutsstöd för budget, prognos och verksamhetsuppföljning.',
      supplier: 'Hypergene AB',
    },
    {
      name: 'Personec P',
      description: 'HR- och lönesystem med självservice för medarbetare och chefer.',
      supplier: 'Visma Enterprise AB',
    },
    {
      name: 'ReachMee',
      description: 'Rekryteringssystem för annonsering, urval och introduktion.',
      supplier: 'Talentech Sweden AB',
    },
    {
      name: 'Public 360°',
      description: 'Diarium och ärendehanteringssystem med stöd för nämndadministration.',
      supplier: 'Tietoevry Sverige AB',
    },
    {
      name: 'E-arkiv',
      description: 'Kommungemensamt e-arkiv för långtidsbevarande av digital information.',
      supplier: 'Formpipe Software AB',
    },
    {
      name: 'Intranät',
      description: 'Kommunens intranät byggt på en standardplattform för webbpublicering.',
      supplier: 'Knowit AB',
    },
  ],
  contracts: [
    {
      component: 'Personec P',
      supplier: 'Visma Enterprise AB',
      title: 'HR- och lönesystem – licens, drift och förvaltning',
      startDate: '2018-04-01',
      endDate: '2027-03-31',
      noticePeriodMonths: 6,
    },
    {
      component: 'Raindance',
      supplier: 'CGI Sverige AB',
      title: 'Ekonomisystem – licens och drift',
      startDate: '2020-01-01',
      endDate: '2029-12-31',
      noticePeriodMonths: 12,
    },
    {
      component: 'Public 360°',
      supplier: 'Tietoevry Sverige AB',
      title: 'Diarium och ärendehantering – molntjänst',
      startDate: '2022-09-01',
      endDate: '2028-08-31',
      noticePeriodMonths: 6,
    },
    {
      component: 'Proceedo',
      supplier: 'Visma Proceedo AB',
      title: 'E-handel och fakturahantering – abonnemang',
      startDate: '2023-01-01',
      endDate: '2027-12-31',
      noticePeriodMonths: 6,
    },
  ],
  relatedObjects: [
    {
      name: 'Förutsättningsskapande teknik',
      description:
        'HR-systemet är källa för identiteter och behörigheter; integrationer mot verksamhetssystemen går via integrationsplattformen.',
      relatedCode: 'FST',
    },
    {
      name: 'Administration, kommunikation och näringsliv',
      description:
        'Dokument- och ärendehantering samt digital arkivering har flyttats från AKN i den tidigare strukturen; avvecklingen av W3D3 samordnas mellan objekten.',
      relatedCode: 'AKN',
    },
  ],
};

const FST: SeedObject = {
  code: 'FST',
  name: 'Förutsättningsskapande teknik',
  category: 'technical',
  description:
    'Objekt för tekniska förutsättningar som alla objekt och förvaltningar bygger på: identitet och behörighet, ' +
    'nätverk, klient och Microsoft 365, integrationsplattform samt drift av servrar och lagring.',
  lineOrganisations: ['iaf', 'sof', 'vof', 'utb', 'kof', 'msf', 'klf', 'vos'],
  products: [
    {
      name: 'Identitet och behörighet',
      description:
        'Konton, inloggning, multifaktorautentisering och behörighetsstyrning för medarbetare, elever och förtroendevalda.',
      businessComponents: ['Behörighetsrutiner och åtkomstpolicy', 'IT-säkerhetsinstruktioner'],
      itComponents: [
        'Microsoft Entra ID',
        'Identitetshanteringssystem (IdM)',
        'Inloggningstjänst e-legitimation',
      ],
    },
    {
      name: 'Nätverk och kommunikation',
      description:
        'Kommunnät, trådlöst nätverk och brandväggar i kommunens verksamhetslokaler, skolor och boenden.',
      businessComponents: ['IT-säkerhetsinstruktioner', 'Driftdokumentation och incidentrutiner'],
      itComponents: ['Kommunnät och WiFi'],
    },
    {
      name: 'Klient och digital arbetsplats',
      description: 'Datorer, mobila enheter och Microsoft 365 med e-post, Teams och samarbetsytor.',
      businessComponents: ['Utbildningsmaterial Microsoft 365', 'IT-säkerhetsinstruktioner'],
      itComponents: ['Microsoft 365', 'Klienthantering', 'Microsoft Entra ID'],
    },
    {
      name: 'Integration',
      description:
        'Gemensam plattform för integrationer mellan verksamhetssystem och mot externa myndigheter.',
      businessComponents: ['Driftdokumentation och incidentrutiner'],
      itComponents: ['Integrationsplattform'],
    },
    {
      name: 'Drift och servrar',
      description:
        'Serverplattform, lagring och säkerhetskopiering för system som driftas i kommunens datacenter.',
      businessComponents: ['Driftdokumentation och incidentrutiner'],
      itComponents: ['Serverplattform och lagring'],
    },
  ],
  businessComponents: [
    {
      name: 'Behörighetsrutiner och åtkomstpolicy',
      description:
        'Rutiner för beställning, granskning och borttagning av behörigheter samt policy för villkorad åtkomst.',
    },
    {
      name: 'IT-säkerhetsinstruktioner',
      description: 'Instruktioner för säker användning av konton, enheter och nätverk.',
    },
    {
      name: 'Driftdokumentation och incidentrutiner',
      description: 'Driftdokumentation, ändringsrutiner och rutiner för incident- och kontinuitetshantering.',
    },
    {
      name: 'Utbildningsmaterial Microsoft 365',
      description: 'Lathundar, e-utbildningar och ambassadörsmaterial för Teams, Outlook och samarbetsytor.',
    },
  ],
  itComponents: [
    {
      name: 'Microsoft Entra ID',
      description: 'Katalogtjänst för identiteter, enkel inloggning och villkorad åtkomst.',
      supplier: 'Crayon AB',
    },
    {
      name: 'Identitetshanteringssystem (IdM)',
      description:
        'Automatiserad livscykelhantering av konton och behörigheter utifrån HR- och elevregister.',
      supplier: 'Omada A/S',
    },
    {
      name: 'Inloggningstjänst e-legitimation',
      description: 'Inloggning och underskrift med e-legitimation för e-tjänster och interna system.',
      supplier: 'Svensk e-identitet AB',
    },
    {
      name: 'Kommunnät och WiFi',
      description: 'Kommunnätet, trådlöst nätverk och brandväggar för alla verksamhetslokaler.',
      supplier: 'Telia Sverige AB',
    },
    {
      name: 'Microsoft 365',
      description: 'E-post, Teams, SharePoint och Office-appar för medarbetare och elever.',
      supplier: 'Crayon AB',
    },
    {
      name: 'Klienthantering',
      description: 'Utrustning, uppsättning och fjärrhantering av datorer och mobila enheter.',
      supplier: 'Atea Sverige AB',
    },
    {
      name: 'Integrationsplattform',
      description: 'Plattform för meddelandeförmedling och API-hantering mellan system.',
      supplier: 'Enfo Sweden AB',
    },
    {
      name: 'Serverplattform och lagring',
      description: 'Virtualiserad serverplattform, lagring och säkerhetskopiering i kommunens datacenter.',
      supplier: 'Advania Sverige AB',
    },
  ],
  contracts: [
    {
      component: 'Microsoft 365',
      supplier: 'Crayon AB',
      title: 'Microsoft 365 – licenser via licensåterförsäljare',
      startDate: '2023-02-01',
      endDate: '2027-01-31',
      noticePeriodMonths: 3,
    },
    {
      component: 'Serverplattform och lagring',
      supplier: 'Advania Sverige AB',
      title: 'Drift av serverplattform och lagring',
      startDate: '2021-01-01',
      endDate: '2030-12-31',
      noticePeriodMonths: 12,
    },
    {
      component: 'Kommunnät och WiFi',
      supplier: 'Telia Sverige AB',
      title: 'Kommunnät och trådlöst nätverk – kommunikationstjänster',
      startDate: '2022-03-01',
      endDate: '2031-02-28',
      noticePeriodMonths: 12,
    },
    {
      component: 'Integrationsplattform',
      supplier: 'Enfo Sweden AB',
      title: 'Integrationsplattform – licens och förvaltning',
      startDate: '2024-05-01',
      endDate: '2028-04-30',
      noticePeriodMonths: 6,
    },
  ],
  relatedObjects: [
    {
      name: 'Kommunövergripande processer',
      description:
        'Identitetshanteringen hämtar anställningar och organisationstillhörighet från HR- och lönesystemet.',
      relatedCode: 'KÖP',
    },
    {
      name: 'Vård, stöd, omsorg och arbetsmarknad',
      description: 'Trygghetslarm och digitala lås ställer krav på tillgänglighet i nätverket dygnet runt.',
      relatedCode: 'VSOA',
    },
  ],
};

export const OBJECTS: SeedObject[] = [VSOA, UKF, SAM, KOP, FST];

/** A budget line: [hours, other cost] on the business side (verksamhetsnära), then the IT side (IT-nära). */
const line = (
  mainActivity: SeedBudgetLine['mainActivity'],
  name: string,
  assignmentType: AssignmentType,
  priority: number | null,
  business: [number, number],
  it: [number, number],
): SeedBudgetLine => ({
  mainActivity,
  name,
  assignmentType,
  priority,
  business: { hours: business[0], otherCost: business[1] },
  it: { hours: it[0], otherCost: it[1] },
});

/** Budget lines of each object's 2027 plan (also used, scaled, for other years). Keyed by object code. */
export const PLAN_LINES: Record<string, SeedBudgetLine[]> = {
  VSOA: [
    line('forvaltningsstyrning', 'OL - löpande förvaltningsstyrning', 'maintain', null, [1600, 0], [900, 0]),
    line('anvandarstod', 'Treserva - användarstöd och utbildning', 'maintain', null, [1900, 40000], [600, 0]),
    line(
      'anvandarstod',
      'E-tjänst ekonomiskt bistånd - vidmakthållande',
      'maintain',
      null,
      [320, 0],
      [160, 0],
    ),
    line('anvandarstod', 'Appva MCSS - användarstöd', 'maintain', null, [450, 0], [120, 0]),
    line('anvandarstod', 'Trygghetslarm - vidmakthållande', 'maintain', null, [380, 0], [140, 0]),
    line('andringshantering', 'Treserva - vidareutveckling', 'develop', 1, [900, 0], [700, 250000]),
    line(
      'andringshantering',
      'NY - Upphandling verksamhetssystem socialtjänst',
      'new',
      1,
      [1200, 0],
      [600, 400000],
    ),
    line(
      'andringshantering',
      'RPA ekonomiskt bistånd - vidareutveckling',
      'develop',
      2,
      [300, 0],
      [400, 150000],
    ),
    line('andringshantering', 'Digital signering LSS och socialpsykiatri', 'develop', 3, [200, 0], [120, 0]),
    line('drift', 'Treserva - licens, drift och supportkostnader', 'maintain', null, [40, 0], [200, 2900000]),
    line('drift', 'Appva MCSS - licens och support', 'maintain', null, [20, 0], [40, 620000]),
    line(
      'drift',
      'Trygghetslarm - larmplattform och larmmottagning',
      'maintain',
      null,
      [60, 0],
      [80, 1450000],
    ),
    line('drift', 'Digitala lås - licens och service', 'maintain', null, [20, 0], [60, 380000]),
    line('drift', 'E-tjänster och RPA - licenser', 'maintain', null, [20, 0], [40, 180000]),
  ],
  UKF: [
    line('forvaltningsstyrning', 'OL - löpande förvaltningsstyrning', 'maintain', null, [1400, 0], [800, 0]),
    line('anvandarstod', 'Skolplattform - användarstöd', 'maintain', null, [1500, 0], [400, 0]),
    line('anvandarstod', 'Extens - användarstöd elevadministration', 'maintain', null, [600, 0], [200, 0]),
    line('anvandarstod', 'Bibliotekssystem - användarstöd', 'maintain', null, [250, 0], [80, 0]),
    line('anvandarstod', 'Bokningssystem - användarstöd', 'maintain', null, [200, 0], [60, 0]),
    line(
      'andringshantering',
      'NY - Upphandling och införande av skolplattform',
      'new',
      1,
      [800, 0],
      [400, 300000],
    ),
    line(
      'andringshantering',
      'Skola24 - integration mot elevregistret',
      'develop',
      2,
      [120, 0],
      [300, 80000],
    ),
    line(
      'andringshantering',
      'Bokningssystem - självservice idrottshallar',
      'develop',
      2,
      [200, 0],
      [250, 120000],
    ),
    line('andringshantering', 'Meröppet bibliotek - förstudie', 'develop', 3, [150, 0], [60, 0]),
    line(
      'drift',
      'Skolplattform - licens, drift och supportkostnader',
      'maintain',
      null,
      [20, 0],
      [120, 2400000],
    ),
    line('drift', 'Extens - licens och drift', 'maintain', null, [20, 0], [80, 950000]),
    line('drift', 'Skolon - licenser', 'maintain', null, [20, 0], [40, 1200000]),
    line('drift', 'Quria - licens och drift', 'maintain', null, [20, 0], [40, 560000]),
    line('drift', 'Interbook Go - licens', 'maintain', null, [20, 0], [40, 210000]),
  ],
  SAM: [
    line('forvaltningsstyrning', 'OL - löpande förvaltningsstyrning', 'maintain', null, [1000, 0], [600, 0]),
    line('anvandarstod', 'ByggR - användarstöd', 'maintain', null, [700, 0], [250, 0]),
    line('anvandarstod', 'GIS - användarstöd och kartproduktion', 'maintain', null, [900, 0], [400, 0]),
    line('anvandarstod', 'EDP Vision - användarstöd', 'maintain', null, [400, 0], [120, 0]),
    line('andringshantering', 'Digitala detaljplaner', 'develop', 1, [600, 0], [400, 200000]),
    line('andringshantering', 'ByggR - vidareutveckling', 'develop', 2, [300, 0], [200, 100000]),
    line('andringshantering', 'E-arkivleverans bygglov', 'develop', 2, [150, 0], [300, 150000]),
    line('andringshantering', 'Mobil tillsyn - vidareutveckling', 'develop', 3, [120, 0], [80, 60000]),
    line('drift', 'ByggR - licens, drift och supportkostnader', 'maintain', null, [20, 0], [80, 1100000]),
    line('drift', 'ArcGIS - licenser', 'maintain', null, [20, 0], [100, 850000]),
    line('drift', 'EDP Vision och EDP Mobile - licens', 'maintain', null, [20, 0], [40, 420000]),
    line('drift', 'Fastighetsregistret - direktåtkomst', 'maintain', null, [20, 0], [20, 260000]),
  ],
  KÖP: [
    line('forvaltningsstyrning', 'OL - löpande förvaltningsstyrning', 'maintain', null, [1500, 0], [900, 0]),
    line(
      'anvandarstod',
      'Raindance - användarstöd och utbildning',
      'maintain',
      null,
      [1200, 30000],
      [300, 0],
    ),
    line('anvandarstod', 'Personec P - användarstöd', 'maintain', null, [1400, 0], [400, 0]),
    line('anvandarstod', 'Public 360° - användarstöd', 'maintain', null, [800, 0], [200, 0]),
    line('anvandarstod', 'Intranät - redaktörsstöd', 'maintain', null, [500, 0], [150, 0]),
    line('andringshantering', 'NY - Upphandling HR- och lönesystem', 'new', 1, [1000, 0], [500, 500000]),
    line('andringshantering', 'W3D3 - avveckling och migrering', 'retire', 1, [400, 0], [350, 250000]),
    line(
      'andringshantering',
      'Proceedo - tolkning av leverantörsfakturor',
      'develop',
      2,
      [200, 0],
      [200, 180000],
    ),
    line('andringshantering', 'Hypergene - nya uppföljningsrapporter', 'develop', 3, [150, 0], [100, 60000]),
    line(
      'drift',
      'Raindance - licens, drift och supportkostnader',
      'maintain',
      null,
      [20, 0],
      [160, 2200000],
    ),
    line('drift', 'Personec P - licens och drift', 'maintain', null, [20, 0], [160, 2600000]),
    line('drift', 'Public 360° - licens och drift', 'maintain', null, [20, 0], [80, 900000]),
    line('drift', 'E-arkiv - licens och drift', 'maintain', null, [20, 0], [60, 450000]),
    line('drift', 'Proceedo och Hypergene - licenser', 'maintain', null, [20, 0], [60, 700000]),
  ],
  FST: [
    line('forvaltningsstyrning', 'OL - löpande förvaltningsstyrning', 'maintain', null, [600, 0], [1400, 0]),
    line(
      'anvandarstod',
      'Microsoft 365 - användarstöd och utbildning',
      'maintain',
      null,
      [800, 60000],
      [1200, 0],
    ),
    line('anvandarstod', 'Behörighetsadministration', 'maintain', null, [400, 0], [900, 0]),
    line('anvandarstod', 'Servicedesk - klientstöd', 'maintain', null, [300, 0], [2000, 0]),
    line(
      'andringshantering',
      'Multifaktorautentisering för alla användare',
      'develop',
      1,
      [300, 0],
      [800, 350000],
    ),
    line(
      'andringshantering',
      'Trådlöst nätverk i skolor och boenden',
      'develop',
      1,
      [100, 0],
      [600, 1800000],
    ),
    line(
      'andringshantering',
      'Migrering till ny integrationsplattform',
      'develop',
      2,
      [80, 0],
      [900, 300000],
    ),
    line('andringshantering', 'Avveckling av lokala filservrar', 'retire', 2, [120, 0], [500, 0]),
    line('drift', 'Microsoft 365 - licenser', 'maintain', null, [20, 0], [200, 3000000]),
    line('drift', 'Entra ID och IdM - licens och drift', 'maintain', null, [20, 0], [300, 700000]),
    line('drift', 'Kommunnät och WiFi - drift', 'maintain', null, [20, 0], [1000, 2500000]),
    line('drift', 'Serverplattform och lagring - drift', 'maintain', null, [20, 0], [1600, 2800000]),
    line('drift', 'Integrationsplattform - licens och drift', 'maintain', null, [20, 0], [400, 650000]),
    line('drift', 'Inloggningstjänst e-legitimation - abonnemang', 'maintain', null, [20, 0], [60, 320000]),
  ],
};

export interface SeedInitiative {
  object: string;
  title: string;
  description: string;
  kind: InitiativeKind;
  assignmentType: AssignmentType;
  benefit: number;
  goalContribution: number;
  effort: number;
  status: InitiativeStatus;
  escalationLevel: EscalationLevel;
  /** Other object codes. */
  affected: string[];
  /** by = a person key such as 'kop.leaderIt'; at = ISO datetime. */
  escalations: { level: EscalationLevel; reason: string; by: string; at: string }[];
}

export const INITIATIVES: SeedInitiative[] = [
  // VSOA
  {
    object: 'VSOA',
    title: 'Upphandling av nytt verksamhetssystem för socialtjänst och omsorg',
    description:
      'Avtalet för verksamhetssystemet löper ut i maj 2027 och förlängning är inte möjlig. Upphandling och införande kräver migrering av journaler, nya integrationer och leverans av gamla akter till e-arkivet.',
    kind: 'initiative',
    assignmentType: 'new',
    benefit: 5,
    goalContribution: 5,
    effort: 5,
    status: 'prioritised',
    escalationLevel: 'psg',
    affected: ['FST', 'KÖP'],
    escalations: [
      {
        level: 'owners',
        reason:
          'Migreringen kräver integrationsresurser från FST och e-arkivleveranser från KÖP under 2027; objektledarna har inte kunnat planera om inom befintliga planer.',
        by: 'vsoa.leaderBusiness',
        at: '2026-05-12T08:30:00.000Z',
      },
      {
        level: 'psg',
        reason:
          'Ägarna kan inte omprioritera inom sina objekt utan att skjuta FST:s införande av multifaktorautentisering; frågan behöver avgöras i portföljstyrgruppen.',
        by: 'vsoa.ownerBusiness',
        at: '2026-06-03T12:00:00.000Z',
      },
    ],
  },
  {
    object: 'VSOA',
    title: 'Automatiserad handläggning av ekonomiskt bistånd vid återansökan',
    description:
      'Utöka mjukvarurobotarnas kontroller så att fler återansökningar kan beredas automatiskt. Frigör handläggartid till klientarbete.',
    kind: 'initiative',
    assignmentType: 'develop',
    benefit: 4,
    goalContribution: 4,
    effort: 3,
    status: 'inProgress',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },
  {
    object: 'VSOA',
    title: 'Digital signering av insatser inom LSS och socialpsykiatri',
    description:
      'Behov av att använda digital signering även i LSS-boenden och socialpsykiatrin för att ersätta pappersblanketter.',
    kind: 'need',
    assignmentType: 'develop',
    benefit: 3,
    goalContribution: 3,
    effort: 2,
    status: 'proposed',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },
  {
    object: 'VSOA',
    title: 'Avveckling av analoga trygghetslarm',
    description:
      'De sista analoga trygghetslarmen har ersatts med digitala larm och den gamla larmmottagningen är avvecklad.',
    kind: 'initiative',
    assignmentType: 'retire',
    benefit: 4,
    goalContribution: 3,
    effort: 2,
    status: 'done',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },

  // UKF
  {
    object: 'UKF',
    title: 'Ny skolplattform efter avtalsslut',
    description:
      'Avtalet för skolplattformen löper ut i januari 2027. Ny plattform ska införas till läsårsstart med gemensam inloggning för elever, vårdnadshavare och personal.',
    kind: 'initiative',
    assignmentType: 'new',
    benefit: 5,
    goalContribution: 4,
    effort: 4,
    status: 'proposed',
    escalationLevel: 'owners',
    affected: ['FST'],
    escalations: [
      {
        level: 'owners',
        reason:
          'Införandet kräver ny inloggningslösning för vårdnadshavare från FST som inte ryms i FST:s plan för 2027; objektledarna har inte kunnat planera om.',
        by: 'ukf.leaderIt',
        at: '2026-10-06T09:15:00.000Z',
      },
    ],
  },
  {
    object: 'UKF',
    title: 'Självservice för bokning av idrottshallar',
    description:
      'Föreningar och allmänhet ska kunna boka och betala lediga tider direkt i bokningssystemet utan handläggning.',
    kind: 'initiative',
    assignmentType: 'develop',
    benefit: 3,
    goalContribution: 3,
    effort: 2,
    status: 'inProgress',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },
  {
    object: 'UKF',
    title: 'Meröppet bibliotek på filialerna',
    description:
      'Behov av att låta låntagare använda filialbiblioteken utanför bemannade tider med inpassering via lånekort och e-legitimation.',
    kind: 'need',
    assignmentType: 'develop',
    benefit: 3,
    goalContribution: 4,
    effort: 3,
    status: 'proposed',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },
  {
    object: 'UKF',
    title: 'Avveckling av lokal schemaserver',
    description:
      'Schemaläggningen har flyttats till leverantörens molntjänst och den lokala servern är avvecklad.',
    kind: 'initiative',
    assignmentType: 'retire',
    benefit: 2,
    goalContribution: 2,
    effort: 1,
    status: 'done',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },

  // SAM
  {
    object: 'SAM',
    title: 'Digitala detaljplaner enligt Boverkets föreskrifter',
    description:
      'Nya detaljplaner ska tas fram som digitala, standardiserade planer som kan levereras till den nationella plattformen.',
    kind: 'initiative',
    assignmentType: 'develop',
    benefit: 4,
    goalContribution: 5,
    effort: 3,
    status: 'inProgress',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },
  {
    object: 'SAM',
    title: 'Automatisk leverans av bygglovsärenden till e-arkivet',
    description:
      'Avslutade bygglovsärenden ska levereras automatiskt till e-arkivet så att pappersarkivet kan avslutas.',
    kind: 'initiative',
    assignmentType: 'develop',
    benefit: 4,
    goalContribution: 3,
    effort: 3,
    status: 'proposed',
    escalationLevel: 'owners',
    affected: ['KÖP'],
    escalations: [
      {
        level: 'owners',
        reason:
          'E-arkivets leveransplan för 2027 är fylld av avvecklingen av W3D3; objektledarna i SAM och KÖP har inte hittat utrymme.',
        by: 'sam.leaderBusiness',
        at: '2026-09-22T13:45:00.000Z',
      },
    ],
  },
  {
    object: 'SAM',
    title: 'Mobil tillsyn i fält för miljö- och livsmedelskontroll',
    description: 'Inspektörerna dokumenterar tillsynsbesök i mobilappen direkt på plats.',
    kind: 'initiative',
    assignmentType: 'develop',
    benefit: 3,
    goalContribution: 3,
    effort: 2,
    status: 'done',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },
  {
    object: 'SAM',
    title: '3D-stadsmodell för planering och medborgardialog',
    description:
      'Behov av en tredimensionell stadsmodell för att visa planförslag. Bedömdes ge för liten nytta i förhållande till insatsen i nuläget.',
    kind: 'need',
    assignmentType: 'new',
    benefit: 3,
    goalContribution: 4,
    effort: 5,
    status: 'rejected',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },

  // KÖP
  {
    object: 'KÖP',
    title: 'Upphandling av HR- och lönesystem',
    description:
      'Avtalet för HR- och lönesystemet löper ut i mars 2027. Förlängning med optionsår förhandlas parallellt med att upphandlingen förbereds.',
    kind: 'initiative',
    assignmentType: 'new',
    benefit: 5,
    goalContribution: 4,
    effort: 5,
    status: 'inProgress',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },
  {
    object: 'KÖP',
    title: 'Avveckling av W3D3 och migrering till Public 360°',
    description:
      'Öppna ärenden migreras till det nya ärendehanteringssystemet och avslutade ärenden levereras till e-arkivet innan W3D3 stängs.',
    kind: 'initiative',
    assignmentType: 'retire',
    benefit: 4,
    goalContribution: 3,
    effort: 4,
    status: 'prioritised',
    escalationLevel: 'owners',
    affected: ['AKN'],
    escalations: [
      {
        level: 'owners',
        reason:
          'AKN:s specialister var bundna till valet i september 2026 och kunde inte delta i migreringen; objektledarna har inte kunnat planera om.',
        by: 'kop.leaderIt',
        at: '2026-04-15T10:00:00.000Z',
      },
    ],
  },
  {
    object: 'KÖP',
    title: 'Automatisk tolkning och kontering av leverantörsfakturor',
    description:
      'Fakturor som saknar beställning ska tolkas och konteras automatiskt för att minska manuell hantering.',
    kind: 'need',
    assignmentType: 'develop',
    benefit: 4,
    goalContribution: 3,
    effort: 2,
    status: 'proposed',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },
  {
    object: 'KÖP',
    title: 'Chattbot på intranätet',
    description:
      'Pilot med chattbot för HR-frågor på intranätet. Stoppades eftersom användningen var låg och svaren inte höll tillräcklig kvalitet.',
    kind: 'initiative',
    assignmentType: 'develop',
    benefit: 2,
    goalContribution: 2,
    effort: 3,
    status: 'stopped',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },

  // FST
  {
    object: 'FST',
    title: 'Multifaktorautentisering för alla medarbetare och förtroendevalda',
    description:
      'Alla konton ska skyddas med multifaktorautentisering och villkorad åtkomst. Verksamhetssystem utan modern inloggning behöver anpassas i respektive objekt.',
    kind: 'initiative',
    assignmentType: 'develop',
    benefit: 5,
    goalContribution: 4,
    effort: 4,
    status: 'prioritised',
    escalationLevel: 'psg',
    affected: ['VSOA', 'UKF', 'SAM', 'KÖP'],
    escalations: [
      {
        level: 'owners',
        reason:
          'Anpassningen av verksamhetssystemen kräver insatser i alla kärn- och stödobjekt samtidigt; objektledarna kunde inte enas om tidplan.',
        by: 'fst.leaderIt',
        at: '2026-03-10T08:00:00.000Z',
      },
      {
        level: 'psg',
        reason:
          'Objektägarna kunde inte omprioritera utan att skjuta upphandlingar med avtal som löper ut; prioriteringen mellan objekten behöver beslutas av portföljstyrgruppen.',
        by: 'fst.ownerIt',
        at: '2026-04-02T14:30:00.000Z',
      },
    ],
  },
  {
    object: 'FST',
    title: 'Uppgradering av trådlöst nätverk i skolor och äldreboenden',
    description: 'Äldre accesspunkter byts ut för att klara fler enheter, digitala prov och larm i boenden.',
    kind: 'initiative',
    assignmentType: 'develop',
    benefit: 4,
    goalContribution: 3,
    effort: 4,
    status: 'inProgress',
    escalationLevel: 'leaders',
    affected: ['UKF', 'VSOA'],
    escalations: [],
  },
  {
    object: 'FST',
    title: 'Avveckling av lokala filservrar',
    description:
      'Gemensamma filytor flyttas till samarbetsytor i Microsoft 365 och filservrarna stängs efter gallring.',
    kind: 'initiative',
    assignmentType: 'retire',
    benefit: 3,
    goalContribution: 2,
    effort: 3,
    status: 'done',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },
  {
    object: 'FST',
    title: 'Migrering av punkt-till-punkt-integrationer till integrationsplattformen',
    description:
      'Kvarvarande direktintegrationer mellan verksamhetssystem flyttas till integrationsplattformen för bättre övervakning.',
    kind: 'need',
    assignmentType: 'develop',
    benefit: 4,
    goalContribution: 3,
    effort: 4,
    status: 'proposed',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },

  // AKN (earlier structure, still in the register)
  {
    object: 'AKN',
    title: 'Tillgänglighetsanpassning av linkoping.se',
    description:
      'Webbplatsen har granskats och åtgärdats enligt lagen om tillgänglighet till digital offentlig service.',
    kind: 'initiative',
    assignmentType: 'develop',
    benefit: 4,
    goalContribution: 4,
    effort: 3,
    status: 'done',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },
  {
    object: 'AKN',
    title: 'Utvärdering av valsystemet efter valet 2026',
    description:
      'Erfarenheter från valet 2026 sammanställs som underlag för beslut om fortsatt användning av Kaskelot.',
    kind: 'need',
    assignmentType: 'maintain',
    benefit: 2,
    goalContribution: 2,
    effort: 1,
    status: 'proposed',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },
  {
    object: 'AKN',
    title: 'Dialogbaserad chattbot för Kontakt Linköping',
    description:
      'En chattbot på linkoping.se ska besvara vanliga frågor och lotsa vidare till rätt e-tjänst.',
    kind: 'initiative',
    assignmentType: 'develop',
    benefit: 3,
    goalContribution: 3,
    effort: 3,
    status: 'inProgress',
    escalationLevel: 'leaders',
    affected: [],
    escalations: [],
  },
];
