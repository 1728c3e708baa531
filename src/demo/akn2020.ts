// Demo seed: the object plan for Administration, kommunikation och näringsliv (AKN) for 2020,
// transcribed from shared/seeds/004_683dfb730ecca2f2.txt. Person names in the source are left out on purpose;
// the organisation lists levels and role titles only. The contracts are FICTIONAL (the source has no contract data).
import type { AssignmentType, Impact, MainActivity, PlanSections, SideEstimate } from '../domain/model';

export interface SeedBudgetLine {
  mainActivity: MainActivity;
  name: string;
  assignmentType: AssignmentType;
  priority: number | null;
  business: SideEstimate;
  it: SideEstimate;
}
export interface SeedProduct {
  name: string;
  description: string;
  businessComponents: string[];
  itComponents: string[];
}
export interface SeedComponent {
  name: string;
  description: string;
  supplier?: string;
}
export interface SeedContract {
  component: string;
  supplier: string;
  title: string;
  startDate: string;
  endDate: string;
  noticePeriodMonths: number;
}
export interface SeedRelated {
  name: string;
  description: string;
  relatedCode?: string;
}

const STANDARD_BUSINESS = [
  'Användarstödsmaterial och utbildningsmaterial',
  'Objektspecifika styrande dokument',
  'Mallar',
  'Metoder',
];

const lines = (...rows: string[]): string => rows.join('\n');

/** A budget line from §4.2.3: [hours, other cost] on the business side, then the IT side. */
const line = (
  mainActivity: MainActivity,
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

const large: Impact = 'large';

export const AKN_2020: {
  code: 'AKN';
  name: string;
  category: 'support';
  description: string;
  lineOrganisations: string[];
  products: SeedProduct[];
  businessComponents: SeedComponent[];
  itComponents: SeedComponent[];
  contracts: SeedContract[];
  relatedObjects: SeedRelated[];
  plan: {
    year: 2020;
    hourlyRate: 655;
    hoursPerFte: 1700;
    sections: PlanSections;
    budgetLines: SeedBudgetLine[];
  };
} = {
  code: 'AKN',
  name: 'Administration, kommunikation och näringsliv',
  category: 'support',
  description:
    'Stödobjekt för kommunens administration, kommunikation och näringsliv: publicering i digitala kommunikationskanaler, ' +
    'kundtjänstärenden, dokument- och ärendehantering, digital arkivering, överförmyndarverksamhet, nyhetsbrev och enkäter, ' +
    'statistik, processbeskrivning, allmänna val, öppna data, säkerhets- och arbetsmiljöarbete, juridik och projektstyrning.',
  // The seed names no departments; these are fictional.
  lineOrganisations: ['Kommunledningsförvaltningen', 'Verksamhetsstöd och service'],

  // §2.2 Objektprodukter
  products: [
    {
      name: 'Stöd för publicering i digitala kommunikationskanaler',
      description: lines(
        'Objektprodukten utgör ett samlat stöd till producenter av information i deras arbete att publicera innehåll (text, bild, ljud, film). Målgrupp är konsumenter och producenter av innehåll (text, bild, ljud, film). Objektprodukten utgörs av digitala kommunikationskanaler:',
        '• Linköping.se',
        '• Linweb',
        '• Sommarföretagaren.se',
        '• Aerospacealmedalen.se',
        '• Flygstaden.se',
        '• Linköping play',
        '• Klimatsmartlinköping.se',
        '• Chefsportalen',
        '• Näringslivswebben',
        '• Sammanträdesportalen',
      ),
      businessComponents: [...STANDARD_BUSINESS, 'Process'],
      itComponents: [
        '23Video',
        'CloudBox Presenter',
        'EPIFind',
        'Episerver',
        'Förtroendemannaregister/Troman',
        'Google Analytics',
        'ImageVault',
        'Kontext',
        'MostPhotos',
        'Recaptcha',
        'Retriever',
        'Scandinav bildbyrå',
        'SharePoint',
        'SiteSearch',
        'Siteseeker',
        'Sociala medier',
        'Sök i diariet',
        'TinyMCE',
        'Validera text',
        'Via TT',
        'Wordpress',
      ],
    },
    {
      name: 'Stöd för hantering av kundtjänstärenden',
      description: lines(
        'Registrering och hantering av ärenden.',
        '• Processer',
        '• Kontakt Linköping',
        '• HR-direkt',
        '• Linköpingsförslaget',
        '• Ärendeprocess',
        '  ○ MOS',
        '  ○ Omsorg',
        '  ○ Företagsservice',
        '  ○ Linköpingsförslaget',
      ),
      businessComponents: [...STANDARD_BUSINESS],
      itComponents: ['Flexite'],
    },
    {
      name: 'Stöd för dokument- och ärendehantering',
      description: lines(
        'Objektprodukten utgör ett samlat stöd för dokument- och ärendehantering. Hantera arbetsflöden digitalt. Exempel på aktiviteter som ska stödjas är:',
        '• Framställa, granska, kvalitetssäkra, diarieföra, rensa, gallra, arkivera och tillgängliggöra handlingar',
      ),
      businessComponents: [...STANDARD_BUSINESS],
      itComponents: ['Meetings Plus', 'Portal by Formpipe', 'Sök i diariet', 'Troman', 'Uniform', 'W3D3'],
    },
    {
      name: 'Stöd för digital arkivering',
      description:
        'Objektprodukten utgörs av ett samlat stöd för att förbereda, ta emot, ordna, vårda och tillgängliggöra arkivinformation.',
      businessComponents: [...STANDARD_BUSINESS, 'Handbok'],
      itComponents: ['Arkivportal (Portal)', 'Klara', 'LTA'],
    },
    {
      name: 'Stöd för att hantera individärenden samt redovisning inom överförmyndarverksamheten',
      description: lines(
        'Objektprodukten utgör ett samlat stöd för att hantera ärenden samt redovisning inom överförmyndarverksamheten. Exempel på aktiviteter som ska stödjas är:',
        '• Diarieföring',
        '• Ärendehandläggning',
        '• Arvodesberäkning',
        '• Uttag av statistik',
        '• Ekonomisk redovisning av gode män och förvaltare',
      ),
      businessComponents: [...STANDARD_BUSINESS],
      itComponents: ['Godman.se', 'Wärna'],
    },
    {
      name: 'Stöd för att hantera nyhetsbrev, inbjudningar, enkätundersökningar, beställningar och omvärldsbevakning',
      description: lines(
        'Objektprodukten utgör ett samlat stöd för att producera och följa upp nyhetsbrev, inbjudningar, enkätundersökningar och beställningar samt för att genomföra omvärldsbevakning. Exempel på aktiviteter som ska stödjas är:',
        '• E-postutskick',
        '• Föda informationsflöde på Linweb',
        '• Kunskapsinhämtning från automatiska flöden',
      ),
      businessComponents: [...STANDARD_BUSINESS],
      itComponents: ['Esmaker', 'SuperOffice', 'Uniform'],
    },
    {
      name: 'Stöd för att samla in, sammanställa, analysera och förädla data till statistisk information',
      description:
        'Objektprodukten utgör ett samlat stöd för att bearbeta officiell statistik samt samla in, sammanställa och analysera verksamhetsspecifik data.',
      businessComponents: [...STANDARD_BUSINESS],
      itComponents: ['Business analytics', 'Statistikverktyg', 'Webropol'],
    },
    {
      name: 'Stöd för att beskriva verksamhetsprocesser',
      description: lines(
        'Objektprodukten utgörs av ett samlat stöd för beskriva verksamhetsprocesser. Exempel på aktiviteter som ska stödjas är:',
        '• Dokumentera processer',
        '• Publicera processer via intranätet Linweb, pdf eller worddokument.',
        '• Genomföra verksamhetsanalys',
      ),
      businessComponents: [...STANDARD_BUSINESS],
      itComponents: ['2C8'],
    },
    {
      name: 'Stöd för att organisera och genomföra allmänna val',
      description: lines(
        'Objektprodukten utgörs av ett samlat stöd för att organisera och genomföra allmänna val. Exempel på aktiviteter som ska stödjas är:',
        '• Administrera vallokaler',
        '• Administrera röstmottagare',
        '• Räkna ut mandat efter valresultat',
      ),
      businessComponents: [...STANDARD_BUSINESS],
      itComponents: ['Kaskelot'],
    },
    {
      name: 'Stöd för att tillgängliggöra öppna data',
      description: 'Objektprodukten utgörs av ett samlat stöd för att tillgängliggöra öppna data.',
      businessComponents: [...STANDARD_BUSINESS],
      itComponents: ['API-nyckelgenerator', 'Entryscape', 'Episerver', 'Webbserviceplattform'],
    },
    {
      name: 'Stöd för att bedriva systematiskt säkerhets- och arbetsmiljöarbete',
      description: lines(
        'Objektprodukten utgörs av ett samlat stöd för att genomföra ett systematiskt säkerhets- och arbetsmiljöarbete. Exempel på aktiviteter som ska stödjas är:',
        '• Rapportera ansvarsskada, egendomsskada, skada/tillbud elev och personal',
        '• Riskhantering (följa upp, planera och vidta förebyggande åtgärder)',
      ),
      businessComponents: [...STANDARD_BUSINESS],
      itComponents: ['Crisis Commander', 'Easit Go', 'Skada'],
    },
    {
      name: 'Juridik',
      description:
        'Objektprodukten utgörs av ett samlat stöd i juridiska frågor, även juridisk rådgivning och information till kommunens nämnder och tjänstemannaorganisation.',
      businessComponents: [...STANDARD_BUSINESS],
      itComponents: ['Drafit', 'Infotorg', 'Karnov'],
    },
    {
      name: 'Stöd för projektstyrning',
      description: 'Objektprodukten utgör ett samlat för planering och genomförande av projekt.',
      businessComponents: [...STANDARD_BUSINESS],
      itComponents: [],
    },
  ],

  // §2.3 Verksamhetskomponenter; "Handbok" and "Process" are named by products 4 and 1 but not described in §2.3.
  businessComponents: [
    {
      name: 'Användarstödsmaterial och utbildningsmaterial',
      description: lines(
        'Användarmanualer finns bl. a för:',
        '• Linkoping.se',
        '• Linweb',
        '• Linsam',
        '• E-arkiv (LTA)',
        'Instruktioner, t ex:',
        '• Instruktionsfilmer',
        '• Användarinstruktion Skada',
        '• Handböcker, t ex:',
        '  ○ Handbok för digital arkivering (leveransprocessen) med checklistor',
        '  ○ Säkerhetshandbok',
        'Checklistor, t ex:',
        '• Checklista för tillgängliggörande av data',
      ),
    },
    {
      name: 'Objektspecifika styrande dokument',
      description: lines(
        '• Riktlinjer för digitala kommunikationskanaler',
        '• Anvisningar för sociala medier',
        '• Dokumentstyrning',
        '• Riktlinjer för digital arkivering',
        '• Tillämpningsanvisningar för digital arkivering',
        'Objektprodukt: Stöd för att hantera ärenden samt redovisning inom överförmyndarverksamheten;',
        '• Riktlinjer för arvodering',
        '• Interna handläggningsrutiner',
        '• Interna rutiner för statistikinsamling',
      ),
    },
    {
      name: 'Mallar',
      description: lines(
        '• Webbpublicering',
        '  ○ Sidtyper och block i Episerver',
        '• Kommungemensamma mallar i Office (Uniform)',
        '• Mallar i:',
        '  ○ W3D3',
        '  ○ Wärna',
      ),
    },
    {
      name: 'Metoder',
      description: 'Metodstöd i 2C8 för verksamhetsanalys exempelvis vid återkommande förbättringsarbete.',
    },
    {
      name: 'Handbok',
      description: 'Handbok för digital arkivering (leveransprocessen) med checklistor.',
    },
    {
      name: 'Process',
      description: 'Processbeskrivningar för publicering i de digitala kommunikationskanalerna.',
    },
  ],

  // §2.4 IT-komponenter (source order; "SlteSearch" → SiteSearch, "Sitseeker" → Siteseeker)
  itComponents: [
    {
      name: '2C8',
      description:
        'Process- och modelleringsverktyg (standardapplikation) för att genomföra verksamhetsanalyser/processer. Verktöget stödjer också publicering av processer via intranätet Linweb, pdf eller worddokument.',
      supplier: '2conciate Business Solutions AB',
    },
    {
      name: '23Video',
      description:
        'Verktyg för lagring av videos som visas på play.linkoping.se "Linköping play". Även spelaren då en film bäddas in på webben ligger här.',
      supplier: 'TwentyThree',
    },
    {
      name: 'API-nyckelgenerator',
      description: 'Verktyg som ger tillgång till kommunens öppna data.',
      supplier: 'egenutvecklad',
    },
    {
      name: 'Arkivportal (Portal)',
      description: 'Portal som läggs bäddas in på linkoping.se för publicering av arkivmaterial',
    },
    {
      name: 'Business analytics',
      description: 'System för statistik kring näringslivet.',
      supplier: 'Business analytics',
    },
    {
      name: 'CloudBox Presenter',
      description: 'Verktyg för att skapa kapitelindelade webbsändningar.',
      supplier: 'Ungap',
    },
    { name: 'Crisis Commander', description: 'Krisledningssystem (Säkerhetsenheten)' },
    {
      name: 'Drafit',
      description: 'Registerförteckning över alla register som innehåller personuppgifter.',
      supplier: 'Drafit',
    },
    { name: 'Easit Go', description: 'Ärendehanteringssystem (Juridik- och säkerhetsenheten)' },
    { name: 'Entryscape', description: 'Plattform för informationshantering. (Öppna data)' },
    { name: 'EPIFind', description: 'Sökmotor för Chefsportalen' },
    { name: 'Episerver', description: 'CMS för Linkoping.se och Linweb.', supplier: 'Sogeti' },
    { name: 'Esmaker', description: 'Enkät- och anmälningssystem.', supplier: 'Entergate' },
    { name: 'Flexite', description: 'System för hantering av ärenden.', supplier: 'Flexeurope AB' },
    {
      name: 'Förtroendemannaregister/Troman',
      description: 'Publicering på linkoping.se av förtroendevalda och deras politiska uppdrag',
    },
    {
      // The source names a sole trader (a person's name) as supplier; left out on purpose.
      name: 'Godman.se',
      description: 'Verktyg för ekonomisk redovisning av gode män och förvaltare',
    },
    {
      name: 'Google Analytics',
      description: 'Används för besökarstatistik på webbplatserna.',
      supplier: 'Google',
    },
    {
      name: 'ImageVault',
      description:
        'Bild databas integrerad med Episerver som används för intranätet och den externa webben samt fristående bildarkiv.',
      supplier: 'Meridium',
    },
    {
      name: 'Infotorg',
      description:
        'Informationsportal som hämtar uppgifter från andra datakällor gällande personer, företag, fastigheter, fordon och juridik',
      supplier: 'Bisnode Sverige AB',
    },
    { name: 'Karnov', description: 'Rättsdatabas' },
    {
      name: 'Kaskelot',
      description:
        'System som används för att stödja administrationen kring val som genomförs i kommunen. I stort sett används systemet aktivt endast var fjärde år, dvs. inför och under val.',
      supplier: 'Precio Fishbone',
    },
    { name: 'Klara', description: 'Arkivredovisningssystem.', supplier: 'Knowit' },
    {
      name: 'Kontext',
      description: 'Verktyg för att för att förbättra kvalitet på texter.',
      supplier: 'Step 2 Kontext',
    },
    {
      name: 'LTA',
      description:
        'eArkiv. System för att ta emot, vårda och tillgängliggöra bevarandematerial. Innehåller även Extern sökportal.',
      supplier: 'Formpipe',
    },
    { name: 'Meetings Plus', description: 'Webbapplikation för publicering av mötesdokument' },
    {
      name: 'MostPhotos',
      description: 'Bildarkiv. Kan användas fritt inom kommunens förvaltningar.',
      supplier: 'MostPhotos',
    },
    // The source gives no "Leverantör:" label here; the trailing "Formpipe" is kept in the description.
    { name: 'Portal by Formpipe', description: 'CMS verktyg för interna e-tjänster Formpipe' },
    { name: 'Recaptcha', description: 'Används för att förhindra spam.', supplier: 'Google' },
    {
      // "Leverantör:" is empty in the source.
      name: 'Retriever',
      description:
        'Omvärldsbevakningssystem som i första hand används internt i kommunen för att hålla sig uppdaterad krig valda ämnen.',
    },
    { name: 'Scandinav bildbyrå', description: 'Extern bilddatabas.', supplier: 'Scandinav bildbyrå' },
    {
      name: 'SharePoint',
      description:
        'Verktyg för att bygga interna och externa samarbetsytor. Linsam (samarbetsrum), är byggd i SharePoint.',
      supplier: 'Sogeti',
    },
    { name: 'SiteSearch', description: 'Sökmotor för Linweb', supplier: 'Microsoft' },
    { name: 'Siteseeker', description: 'Sökmotor för linkoping.se', supplier: 'Euroling' },
    {
      name: 'Skada',
      description:
        'Applikation med koppling till W3D3 för att rapportera ansvarsskada, egendomsskada, skada/tillbud elev/personal.',
      supplier: 'Zavanto AB',
    },
    {
      name: 'Sociala medier',
      description: lines(
        'Kommunen använder följande sociala medier för att informera samt interagera med externa målgrupper:',
        '• Facebook',
        '• Instagram',
        '• LinkedIn',
        '• Twitter',
        'Förvaltning av sociala medier innebär att:',
        '• Skapa anvisningar för sociala medier',
        '• Administrera behörigheter',
        '• Utbilda i användningen av sociala medier',
        '• Säkerställa integration till den externa webbplatsen',
      ),
    },
    {
      name: 'Statistikverktyg',
      description: lines(
        '• SPSS',
        '• Demografen',
        '• Demos',
        '• PC-Axis/PX-Win',
        '• PX-Web',
        '• PX-Make/PX-Edit',
        '• Remark',
        '• Supercross/MONA',
        '• StatisticsStudio',
      ),
    },
    {
      name: 'SuperOffice',
      description:
        'CRM system som används av Näringsliv och tillväxt för utskick samt för att registrera kontakter med företag.',
      supplier: 'Generate Business Sverige AB',
    },
    { name: 'Sök i diariet', description: 'Egenutvecklad applikation för linkoping.se' },
    { name: 'TinyMCE', description: 'Avancerad texteditor', supplier: 'Ephox' },
    { name: 'Troman', description: 'Register för förtroendevalda' },
    { name: 'Uniform', description: 'Mallverktyg för Word, Excel och Powerpoint.', supplier: 'Consensis' },
    {
      name: 'W3D3',
      description: lines(
        'Ärende och dokumenthanteringssystem, kommunens diarium. I W3D3 ingår följande moduler:',
        '• ADSync',
        '• xmlArchive,',
        '• SharePoint Integration (används inte)',
        '• SearchPort (intern)',
        '• Office Addin',
        '• Meetings',
        '• Meetings Plus webb för allmänheten',
        '• Ledamotpubliceringsmodulen (används inte)',
        '• File-Converter (används inte)',
        '• LaserNet (används inte)',
        '• W3D3 Workspace Client',
        '• Portal by Formpipe',
        '• Document Converter',
        '• Terminator',
      ),
      supplier: 'Formpipe',
    },
    {
      name: 'Validera text',
      description: 'Verktyg som indexerar och bedömer sidans läsbarhet.',
      supplier: 'ContentFlight AB',
    },
    { name: 'Webbserviceplattform', description: 'Server och databas' },
    {
      name: 'Webropol',
      description: 'Enkätverktyg som används av Statistik och utredningar.',
      supplier: 'Webropol',
    },
    { name: 'Via TT', description: 'Pressmeddelandesystem', supplier: 'TT Nyhetsbyrån AB' },
    {
      name: 'Wordpress',
      description: lines(
        'CMS för följande digitala kanaler:',
        '• Sommarföretagaren.se: Webbplats som riktar sig till gymnasielever i Linköping som under sommarlovet vill driva företag.',
        '• Flyghuvudstaden.se: Webbplats för att marknadsföra Linköping som flyghuvudstad',
        '• Aerospacealmedalen.se: Webbplats för att informera om program i Almedalen',
      ),
      supplier: 'UCS',
    },
    {
      name: 'Wärna',
      description:
        'Administrativt system för överförmyndare för diarieföring, journal/dagboksanteckningar, samtycke, beslut, arvodesberäkningar och korrespondens m.m.',
      supplier: 'Explizit',
    },
  ],

  // FICTIONAL contracts (the source has none). Relative to 2026-11-23: W3D3, Flexite, Esmaker and Infotorg are
  // inside their notice period; LTA's notice deadline is 2026-12-31; Skada ended in 2025; Episerver, 2C8,
  // SuperOffice, Klara, Wärna and Kaskelot run into 2028–2030.
  contracts: [
    {
      component: 'W3D3',
      supplier: 'Formpipe',
      title: 'W3D3 – licens, support och underhåll',
      startDate: '2021-03-01',
      endDate: '2027-02-28',
      noticePeriodMonths: 6,
    },
    {
      component: 'LTA',
      supplier: 'Formpipe',
      title: 'eArkiv LTA – licens, drift och support',
      startDate: '2020-01-01',
      endDate: '2027-12-31',
      noticePeriodMonths: 12,
    },
    {
      component: 'Flexite',
      supplier: 'Flexeurope AB',
      title: 'Flexite ärendehantering – licens och support',
      startDate: '2019-09-01',
      endDate: '2027-01-31',
      noticePeriodMonths: 3,
    },
    {
      component: 'Esmaker',
      supplier: 'Entergate',
      title: 'Esmaker enkät- och anmälningssystem – abonnemang',
      startDate: '2023-01-01',
      endDate: '2027-03-31',
      noticePeriodMonths: 6,
    },
    {
      component: 'Infotorg',
      supplier: 'Bisnode Sverige AB',
      title: 'Infotorg – abonnemang informationstjänster',
      startDate: '2023-04-01',
      endDate: '2026-12-31',
      noticePeriodMonths: 3,
    },
    {
      component: 'Skada',
      supplier: 'Zavanto AB',
      title: 'Skada – licens och support',
      startDate: '2020-06-01',
      endDate: '2025-05-31',
      noticePeriodMonths: 3,
    },
    {
      component: 'Episerver',
      supplier: 'Sogeti',
      title: 'Episerver CMS – förvaltning och hosting',
      startDate: '2022-05-01',
      endDate: '2028-04-30',
      noticePeriodMonths: 9,
    },
    {
      component: '2C8',
      supplier: '2conciate Business Solutions AB',
      title: '2C8 process- och modelleringsverktyg – licens och support',
      startDate: '2020-02-01',
      endDate: '2028-01-31',
      noticePeriodMonths: 6,
    },
    {
      component: 'SuperOffice',
      supplier: 'Generate Business Sverige AB',
      title: 'SuperOffice CRM – licenser och support',
      startDate: '2022-09-01',
      endDate: '2028-08-31',
      noticePeriodMonths: 6,
    },
    {
      component: 'Klara',
      supplier: 'Knowit',
      title: 'Klara arkivredovisningssystem – licens och förvaltning',
      startDate: '2022-01-01',
      endDate: '2029-06-30',
      noticePeriodMonths: 9,
    },
    {
      component: 'Wärna',
      supplier: 'Explizit',
      title: 'Wärna överförmyndarsystem – licens, drift och support',
      startDate: '2021-01-01',
      endDate: '2029-12-31',
      noticePeriodMonths: 12,
    },
    {
      component: 'Kaskelot',
      supplier: 'Precio Fishbone',
      title: 'Kaskelot valadministration – licens och support',
      startDate: '2021-06-01',
      endDate: '2030-05-31',
      noticePeriodMonths: 12,
    },
  ],

  // §2.5 Närliggande objekt
  relatedObjects: [
    { name: 'Ekonomi och HR', description: 'Stödobjekt' },
    { name: 'Samhällsbyggnad', description: 'Kärnobjekt', relatedCode: 'SAM' },
    { name: 'Utbildning, kultur och fritid', description: 'Kärnobjekt', relatedCode: 'UKF' },
    { name: 'Vård, stöd och omsorg', description: 'Kärnobjekt', relatedCode: 'VSOA' },
  ],

  plan: {
    year: 2020,
    hourlyRate: 655,
    hoursPerFte: 1700,
    sections: {
      // §1.1
      purpose: lines(
        'Syftet med objektplanen för Administration, kommunikation och näringsliv är att klargöra vad som ska göras i förvaltningsarbetet samt hur förvaltningen ska utföras och styras.',
        '',
        'Objektplanen är det operativa styrdokumentet för Administration, kommunikation och näringsliv (AKN). Till denna plan finns kompletterande information på kommunens intranät i dokumentet Riktlinje för styrning av IT Linköpings kommun som innehåller beskrivning av principer för styrning och ansvarsfördelning, rollbeskrivningar samt styrande och operativa processer.',
        '',
        'Målgrupp för dokumentet är de som ansvarar för och de som bedriver förvaltningen av Administration, kommunikation och näringsliv. Dokumentet ägs av objektägare verksamhet och förvaltas av objektledare verksamhet.',
      ),
      // §1.2 and §1.3
      background: lines(
        'Förvaltningsperioden 2020 är den tredje perioden som objektplan funnits för Administration, kommunikation och näringsliv (AKN). Det övergripande målet för Administration, kommunikation och näringsliv för 2019 var att etablera en välfungerande objektorganisation samt etablera arbetssätt för att dra nytta av samordningsvinster och utvecklingsmöjligheter mellan objektets produkter. Arbetet fortlöper även under 2020.',
        '',
        'Under 2019 arbetade vi även med att etablera en god och effektiv samverkan med:',
        '• Förvaltningsorganisationer för närliggande objekt',
        '• Projekt som påverkar objektet',
        '• Relevanta aktörer utanför kommunen',
        '',
        'För att nå de målen så är ett antal delmål formulerade och beslutade, både för vidmakthållande, vidareutveckling och nyutveckling.',
        '',
        'Förvaltningsperiod: Objektplanen gäller för perioden 2020-01-01 – 2020-12-31. Inför påföljande period ska objektplanen förnyas enligt processen för årlig objektstyrning som återfinns i dokumentet Riktlinje för styrning av IT Linköpings kommun.',
      ),
      // §2.1
      scope: lines(
        'Följande aktiviteter inom linjeverksamheten är identifierade:',
        '• Ajourhålla förtroendemannaregister',
        '• Bedriva säkerhets-/riskhanteringsarbete, genom att rapportera och följa upp inträffade skador och tillbud',
        '• Beskriva processer',
        '• Framställa, redigera, kvalitetssäkra samt publicera innehåll (text, bild, ljud, film)',
        '• Genomföra fullmäktigemöte och möten för övriga politiska organ',
        '• Hantera ärenden och arbetsflöden digitalt',
        '• Hantera ärenden samt redovisning inom överförmyndarverksamheten',
        '• Hämta öppna data',
        '• Information och lotsning för företagare (Företagsservice)',
        '• Informationshantering (framställa, granska, kvalitetssäkra, diarieföra, rensa, gallra, arkivera och tillgängliggöra handlingar)',
        '• Juridik',
        '• Omvärldsbevaka (t.ex. avseende näringsliv och tillväxt)',
        '• Ordna, vårda och tillgängliggöra arkiverad information',
        '• Organisera och genomföra allmänna val',
        '• Producera nyhetsbrev, enkätundersökningar samt inbjudningar',
        '• Samarbeta i projekt och uppdrag',
        '• Skapa samt exponera e-tjänster via de digitala kanalerna',
        '• Ta del av webbinnehåll och nyttja funktioner (t ex. sökfunktion, fylla i formulär, använda tjänsten ”Hitta och jämför”)',
        '• Ta fram statistik och följa upp (t ex. avseende näringsliv)',
        '',
        'Resultatet av aktiviteterna inom objektverksamheten är:',
        '• Effektivt samarbete kring gemensamma områden genom smidig kommunikation samt lättillgänglig dokumentation (samarbetsrum)',
        '• God service till blivande och etablerade företagare',
        '• Kvalitetssäkrad hantering av ärenden och handlingar',
        '• Ordning och reda samt uppfylld lagstiftning gällande hantering av handlingar och arkivering, gallring och rensning',
        '• Rättssäker, transparent, effektiv demokratisk beslutsprocess',
        '• Ändamålsenliga digitala kanaler genom;',
        '  ○ Korrekt, aktuellt, enhetligt och relevant innehåll som är lättillgängligt för målgrupperna',
        '  ○ Tillgängliga och användarvänliga e-tjänster',
        '',
        'Linjeverksamheten ingår inte i objektet utan utgör den verksamhet som objektet ska stödja.',
      ),
      // §4.1.1
      governingDocuments: [
        { document: 'Digital agenda', goal: 'Digitalisering', impact: large },
        { document: 'Säkerhetshandbok', goal: 'Ny informationsklassning', impact: large },
      ],
      regulations: lines(
        'Förvaltningsobjektet styrs av följande lagar, regelverk, policys, riktlinjer samt standarder:',
        '• Relevant lagstiftning, t ex:',
        '  ○ Arbetsmiljölagen',
        '  ○ Kommunallagen',
        '  ○ Dataskyddsförordningen',
        '  ○ Arkivlagen',
        '• Offentlighet och sekretess',
        '• Kommunikationspolicy',
        '• Säkerhetspolicy inkl. Säkerhetshandbok',
        '• Arbetsmiljöpolicy',
        '• Informationssäkerhetspolicy inkl. Informationssäkerhetshandbok',
        '• Riktlinjer för kommunikation',
        '• Riktlinjer för offentliga möten',
        '',
        'Andra dokument att ta hänsyn till:',
        '• Varumärkesmanual (sidor på webben)',
        '• Språkhandbok',
        '• Linköpings kommuns ärendehandbok',
      ),
      // §4.1.2 (the table's single row; the paragraph after the table does not fit the row format)
      problems: [
        {
          current: 'Ekonomistyrning i PM3 (Gemensamt för flera Objektprodukter)',
          consequence: 'Svårt att styra och följa upp',
          target: 'Budget för objekt',
        },
      ],
      // §4.1.3
      influencingFactors: [
        { change: 'Informationssäkerhetshandboken', impact: large },
        { change: 'Ny samarbetsplattform', impact: large },
      ],
      // §4.2.1
      longTermGoals: lines(
        'På lång sikt (3 år) är den övergripande målsättningen för förvaltningsobjektet Administration, kommunikation och näringsliv att bidra till Linköpings kommuns övergripande mål om att erbjuda goda välfärdstjänster med hög tillgänglighet, hög servicenivå, effektiva och hållbara arbetsmetoder och att vara en attraktiv arbetsgivare. Målsättningen är också att objektet bidrar till kommunens utveckling i linje med Digital agenda. Objektet är stödande för verksamhetens mål och effekthemtagning.',
        '',
        'Utvecklingen ska ske smart, effektivt och genom enkel förvaltning.',
        '',
        'Ledord är',
        '• Uppkopplat',
        '• Innovativt',
        '• Hållbart',
        '',
        'Därför behöver förvaltningsobjektet arbeta med:',
        '• Ökad effektivitet genom en säker digital informationshantering och automatisering',
        '• Stöd för användarvänlig digital handläggning och ärendehantering samt digitala arbetsflöden',
        '• Transparenta system, lättillgängliga och användarvänliga gränssnitt mot verksamhet och allmänhet.',
        '• Effektiv och rättssäker ärendeberedning med insyn och transparens som skapar förutsättningar för att demokratiska beslut ska kunna fattas, genomföras och granskas i kommunen.',
        '• Digitala förutsättningar för att ge kommunens medarbetare bättre och effektivare verktyg/arbetsätt samt medborgaren en högre tillgänglighet.',
        '• Att utveckla styrdokument, rutiner, arbetsmoment, ansvarsfördelning som stöder digitala flöden.',
      ),
      // §4.2.2
      periodGoals: [
        'Ta fram förutsättningar och beslutsunderlag för en väl fungerande internkommunikation och tillgång till interna tjänster och service',
        'Öka tillgängligheten av digital information och attraktiva e-tjänster för medborgarna',
      ],
      // §5.2, role titles only (no person names)
      organisation: lines(
        'Budgetnivå: objektägare verksamhet (verksamhetsnära förvaltning), objektägare IT (IT-nära förvaltning)',
        'Beslutsnivå: förvaltningsledare verksamhet (verksamhetsnära förvaltning), förvaltningsledare IT (IT-nära förvaltning)',
        'Operativ nivå: objektspecialister, 14 personer (verksamhetsnära förvaltning); IT-specialister, 5 personer (IT-nära förvaltning)',
      ),
      // §5.3 Beslutsforum and §5.4 Arbetsforum: forum – arbetsuppgifter – deltagare
      forums: lines(
        'Portföljstyrgrupp – fastställa budgetförutsättningar för förvaltningsportföljen; besluta om samt prioritera förvaltningsportföljen som helhet; besluta om förändringar i FOA – ordförande: digitaliseringsdirektör; objektägare verksamhet och objektägare IT för samtliga förvaltningsobjekt',
        'Objektstyrgrupp – godkänna objektplan; besluta om utökning/indragning av resurser – objektägare verksamhet (ordf.), objektägare IT, beslutsfattare som är delaktiga i styrning i förvaltningsobjektet; föredragande: OL-V, OL-IT',
        'Objektledning – utarbeta förslag till objektplan; bereda beslutsunderlag inför styrgruppen för objektet; prioritera och besluta inom ramen för objektplanen; följa upp utfall mot objektplanen – objektledare verksamhet, objektledare IT, roller på operativ nivå vid behov',
        'Produktförvaltning (arbetsforum) – ekonomi; risker; status vidareutveckling (projektstatus, nya behov, utvecklingsinsatser); status vidmakthållande (drift av nuvarande miljö, utbildningar, användarstöd) – objektledare V, objektledare IT, objektspecialister, IT-specialister; kallar: objektspecialister',
        'Objekttråd (arbetsforum) – forum för objektledare från alla objekt – alla objektledare',
        'Referensgruppsmöte (arbetsforum) – lyfta frågor mot verksamhet – verksamhetsrepresentanter; kallar: objektspecialist',
      ),
      roleDeviations: '',
    },

    // §4.2.3 Planerad, in source order. [hours, other cost] per side: verksamhetsnära, IT-nära.
    budgetLines: [
      // Förvaltningsstyrning
      line(
        'forvaltningsstyrning',
        'OL - löpande förvaltningsstyrning',
        'maintain',
        null,
        [1313, 0],
        [875, 0],
      ),

      // Användarstöd
      line('anvandarstod', 'eArkiv - vidmakthållande', 'maintain', null, [595, 25000], [340, 0]),
      line('anvandarstod', 'Esmaker & Superoffice - vidmakthålla', 'maintain', null, [80, 0], [80, 0]),
      line('anvandarstod', 'Flexite - vidmakthållande', 'maintain', null, [170, 0], [85, 0]),
      line('anvandarstod', 'Kaskelot - vidmakthållande', 'maintain', null, [40, 0], [40, 50000]),
      line('anvandarstod', 'Livesändning - Vidmakthållande', 'maintain', null, [100, 0], [100, 0]),
      line(
        'anvandarstod',
        'NY - Informationssäkerhetshandbok - Aktivitetsinventering',
        'maintain',
        null,
        [200, 0],
        [100, 0],
      ),
      line(
        'anvandarstod',
        'NY - Samarbetsplattform - Aktivitetsinventering',
        'maintain',
        null,
        [100, 0],
        [100, 0],
      ),
      line('anvandarstod', 'Skada - vidmakthållande', 'maintain', null, [175, 0], [40, 0]),
      line('anvandarstod', 'W3D3 - vidmakthållande', 'maintain', null, [1275, 0], [170, 0]),
      line('anvandarstod', 'Webb - Vidmakthållande', 'maintain', null, [1218, 0], [708, 0]),
      line('anvandarstod', 'Wärna - vidmakthållande', 'maintain', null, [225, 0], [43, 0]),
      // Typed Vidareutveckling in the source despite its name.
      line('anvandarstod', '2C8 - vidmakthållande', 'develop', 1, [40, 0], [40, 0]),

      // Ändringshantering
      line('andringshantering', '2C8 - vidareutveckling', 'develop', 1, [40, 0], [40, 0]),
      line('andringshantering', 'eArkiv - vidareutveckling', 'develop', 1, [595, 0], [340, 100000]),
      line('andringshantering', 'Flexite - vidareutveckling', 'develop', 1, [170, 0], [85, 0]),
      line('andringshantering', 'NY - AI dialogbaserad chattbot', 'develop', 1, [100, 0], [50, 200000]),
      line('andringshantering', 'NY - Intranät', 'develop', 1, [200, 0], [100, 300000]),
      line('andringshantering', 'NY - Mobilt arbetssätt', 'develop', 1, [0, 0], [0, 0]),
      line('andringshantering', 'NY - Upphandling DAM-system', 'develop', 1, [160, 0], [50, 50000]),
      line('andringshantering', 'NYTT - Tjänstekatalog', 'develop', 1, [300, 0], [300, 0]),
      line('andringshantering', 'NYTT Blankettfritt 2020', 'develop', 1, [200, 0], [200, 0]),
      line('andringshantering', 'Skada - vidareutveckling', 'develop', 1, [175, 0], [100, 0]),
      line('andringshantering', 'W3D3 - vidareutveckling', 'develop', 1, [1275, 0], [475, 0]),
      line('andringshantering', 'Webb - vidareutveckling', 'develop', 1, [1318, 0], [808, 1200000]),
      line('andringshantering', 'Wärna - vidareutveckla', 'develop', 1, [230, 0], [44, 250000]),
      line('andringshantering', 'Öppna data - vidareutveckling', 'develop', 1, [85, 0], [400, 0]),

      // Daglig IT-drift och underhåll
      line('drift', '2C8 - Licens, drift och supportkostnader', 'maintain', null, [0, 0], [0, 138000]),
      line('drift', 'DraftIT', 'maintain', null, [40, 0], [40, 60000]),
      line('drift', 'eArkiv - Licens, drift och supportkostnader', 'maintain', null, [0, 0], [0, 223000]),
      line(
        'drift',
        'Esmaker & SuperOffice - Licens, drift och supportkostnader',
        'maintain',
        null,
        [0, 0],
        [0, 190000],
      ),
      line('drift', 'Flexite - Licens, drift och supportkostnader', 'maintain', null, [0, 0], [0, 518000]),
      line(
        'drift',
        'Livesändning - Licens- drift och supportkostnader',
        'maintain',
        null,
        [0, 0],
        [0, 642000],
      ),
      line('drift', 'Skada - Licens, drift och supportkostnader', 'maintain', null, [0, 0], [0, 154000]),
      line('drift', 'Uniform - vidmakthållande', 'maintain', null, [0, 114000], [0, 100000]),
      line('drift', 'W3D3 - Licens, drift och supportkostnader', 'maintain', null, [0, 0], [0, 2388000]),
      line('drift', 'Webb - Licens, drift och supportkostnader', 'maintain', null, [0, 0], [0, 1357440]),
      line('drift', 'Wärna - Licens, drift och supportkostnader', 'maintain', null, [0, 0], [0, 136000]),
      line('drift', 'Öppna data - Licens, drift och supportkostnader', 'maintain', null, [0, 0], [0, 200000]),
    ],
  },
};
