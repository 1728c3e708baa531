// Word export of an object plan, laid out after the chapters and tables of a real plan (seed 004,
// "Objektplan för objektet … för år 2020"). Renders a PlanDocumentModel; reads nothing, decides nothing.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  MAIN_ACTIVITIES,
  type AssignmentType,
  type Bucket,
  type Impact,
  type MainActivity,
  type ObjectCategory,
  type PlanStatus,
  type Side,
} from '../../../domain/model';
import { summaryCells } from '../../../domain/budget/budget';
import { DOCUMENT_STYLES, HEADER_FILL, pageFrame, SUM_FILL, TABLE_TEXT, TEXT_WIDTH } from './docxStyles';
import { planGoals } from '../../../domain/plan/goals';
import { textBlocks } from '../../../domain/plan/richText';
import { term } from '../../../i18n/messages';
import type { PlanDocumentModel } from '../../../services/plans/planDocument';

const NBSP = '\u00a0';

const ACTIVITY_NAMES: Record<MainActivity, string> = {
  forvaltningsstyrning: 'Förvaltningsstyrning',
  anvandarstod: 'Användarstöd',
  andringshantering: 'Ändringshantering',
  drift: 'Daglig IT-drift och underhåll',
};

const ACTIVITY_DEFINITIONS: Record<MainActivity, string> = {
  forvaltningsstyrning:
    'Styra, planera och följa upp förvaltningen så att objektets mål nås, t.ex. ta fram objektplanen, prioritera ärenden och fördela arbetet i förvaltningsorganisationen.',
  anvandarstod:
    'Stödja användarna och öka deras kunskap om objektets produkter, t.ex. besvara frågor, ta emot felanmälningar, uppdatera användardokumentation och utbilda.',
  andringshantering:
    'Hantera förbättringar och ändringar av objektets produkter och komponenter, från analys av nytta och kostnad till genomförande, test och införande.',
  drift:
    'Hålla teknisk infrastruktur och it-komponenter tillgängliga för användarna, t.ex. drift, övervakning, säkerhetskopiering, felsökning, licenser och support.',
};

const ASSIGNMENT_NAMES: Record<AssignmentType, string> = {
  maintain: 'Vidmakthållande',
  develop: 'Vidareutveckling',
  new: 'Nyutveckling',
  retire: 'Avveckling',
};

const IMPACT_NAMES: Record<Impact, string> = { large: 'Stor', medium: 'Medel', small: 'Liten' };

const CATEGORY_NAMES: Record<ObjectCategory, string> = {
  core: 'Kärnobjekt',
  support: 'Stödobjekt',
  technical: 'Objekt för tekniska förutsättningar',
};

const STATUS_NAMES: Record<PlanStatus, string> = {
  draft: 'Utkast',
  preliminary: 'Preliminär',
  approved: 'Godkänd',
  closed: 'Stängd',
};

// ---- numbers -------------------------------------------------------------------------------------

/** Whole numbers grouped in threes with a no-break space, as sv-SE writes them ("18 988 100"). */
export function groupDigits(n: number): string {
  const sign = n < 0 ? '-' : '';
  return (
    sign +
    Math.round(Math.abs(n))
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)
  );
}

/** Whole SEK: "860 015 SEK". */
export function formatSek(n: number): string {
  return `${groupDigits(n)}${NBSP}SEK`;
}

/** Two decimals with a decimal comma, as 004 prints hours ("1313,00") and FTE ("9,51"). */
export function formatDecimal(n: number): string {
  return (Math.round(n * 100) / 100).toFixed(2).replace('.', ',');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---- layout --------------------------------------------------------------------------------------

const BULLETS = 'objektnav-bullets';
const TABLE_BULLETS = 'objektnav-table-bullets';

/** Bullet lists: "•" and "○" one level down; narrower indents inside table cells. */
function bulletLevels(indent: number) {
  return (['•', '○'] as const).map((text, level) => ({
    level,
    format: LevelFormat.BULLET,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: indent * (level + 1), hanging: Math.round(indent / 2) } } },
  }));
}

/**
 * A bullet paragraph. Lists go through `numbering` rather than `bullet`: docx gives `bullet` paragraphs
 * an implicit ListParagraph style even when they name one, and two w:pStyle elements are invalid.
 */
function bullet(text: string, level: 0 | 1, style?: string): Paragraph {
  return new Paragraph({
    text,
    numbering: { reference: style === TABLE_TEXT ? TABLE_BULLETS : BULLETS, level },
    ...(style ? { style } : {}),
  });
}

/**
 * Multi-line plain text as paragraphs and bullets, read by the same rules as the tab's chapter editor
 * (domain/plan/richText): "• ", "- " or "* " starts a bullet, an indented one (or "○ ") is one level down.
 */
function textBlock(text: string, style?: string): Paragraph[] {
  return textBlocks(text).map((b) =>
    b.kind === 'bullet'
      ? bullet(b.text, b.level, style)
      : new Paragraph({ text: b.text, ...(style ? { style } : {}) }),
  );
}

function bodyText(text: string): Paragraph[] {
  const paragraphs = textBlock(text);
  return paragraphs.length > 0 ? paragraphs : [emptyNote()];
}

function emptyNote(): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: 'Ej ifyllt.', italics: true })] });
}

function para(text: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, ...options })] });
}

function heading(level: 1 | 2 | 3 | 4, text: string, pageBreakBefore = false): Paragraph {
  const levels = {
    1: HeadingLevel.HEADING_1,
    2: HeadingLevel.HEADING_2,
    3: HeadingLevel.HEADING_3,
    4: HeadingLevel.HEADING_4,
  } as const;
  return new Paragraph({ text, heading: levels[level], pageBreakBefore, keepNext: true });
}

type CellContent = string | Paragraph[];

interface Column {
  header: string;
  /** Relative width. */
  weight: number;
  numeric?: boolean;
}

interface Row {
  cells: CellContent[];
  /** Sum rows are bold on a grey background. */
  sum?: boolean;
}

function cellParagraphs(content: CellContent, column: Column, bold: boolean): Paragraph[] {
  if (typeof content !== 'string')
    return content.length > 0 ? content : [new Paragraph({ style: TABLE_TEXT })];
  if (column.numeric || bold)
    return [
      new Paragraph({
        style: TABLE_TEXT,
        alignment: column.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: content, bold })],
      }),
    ];
  const paragraphs = textBlock(content, TABLE_TEXT);
  return paragraphs.length > 0 ? paragraphs : [new Paragraph({ style: TABLE_TEXT })];
}

/** A table with a repeated header row, fixed column widths and right-aligned numbers. */
function table(columns: Column[], rows: Row[], textWidth: number): Table {
  const totalWeight = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => Math.floor((c.weight / totalWeight) * textWidth));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          shading: { fill: HEADER_FILL },
          children: [
            new Paragraph({
              style: TABLE_TEXT,
              alignment: c.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children: [new TextRun({ text: c.header, bold: true })],
            }),
          ],
        }),
    ),
  });
  const body =
    rows.length > 0
      ? rows.map(
          (row) =>
            new TableRow({
              cantSplit: row.sum === true,
              children: columns.map(
                (c, i) =>
                  new TableCell({
                    width: { size: widths[i]!, type: WidthType.DXA },
                    ...(row.sum ? { shading: { fill: SUM_FILL } } : {}),
                    children: cellParagraphs(row.cells[i] ?? '', c, row.sum === true),
                  }),
              ),
            }),
        )
      : [
          new TableRow({
            children: [
              new TableCell({
                columnSpan: columns.length,
                width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
                children: [
                  new Paragraph({
                    style: TABLE_TEXT,
                    children: [new TextRun({ text: 'Inga uppgifter.', italics: true })],
                  }),
                ],
              }),
            ],
          }),
        ];
  return new Table({
    rows: [header, ...body],
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

/** Space after a table, so the next paragraph does not stick to it. */
const gap = () => new Paragraph({ text: '' });

function bulletList(items: string[]): Paragraph[] {
  return items.map((text) => bullet(text, 0, TABLE_TEXT));
}

// ---- chapters ------------------------------------------------------------------------------------

type Block = Paragraph | Table;

function titlePage(m: PlanDocumentModel, title: string): Block[] {
  const { object, plan } = m;
  return [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    para(`${CATEGORY_NAMES[object.category]} ${object.code}`),
    para(`Linjeorganisation: ${m.lineOrganisations.length > 0 ? m.lineOrganisations.join(', ') : '–'}`),
    para(`Status: ${STATUS_NAMES[plan.status]}`),
    ...approvalParagraphs(m),
    para(`Förvaltningsperiod: ${plan.year}-01-01 – ${plan.year}-12-31`),
    para(`Utskriven ur Objektnav ${m.generatedOn}`, { italics: true }),
  ];
}

/** The approved version: which, when, its total, and every approver with time and comment. */
function approvalParagraphs(m: PlanDocumentModel): Paragraph[] {
  const a = m.approved;
  if (!a) return [];
  return [
    para(
      `Godkänd version ${a.version}, ${a.approvedAt.slice(0, 10)}. Budget i den godkända versionen: ${formatSek(a.total)}.`,
      { bold: true },
    ),
    ...a.approvers.map((x) =>
      para(
        `Godkänd av ${x.displayName} (${term('sv', x.role)}) ${x.at.slice(0, 10)}${x.comment ? `: "${x.comment}"` : ''}`,
      ),
    ),
  ];
}

function chapterIntroduction(m: PlanDocumentModel): Block[] {
  const { sections, year } = m.plan;
  return [
    heading(1, '1 Inledning', true),
    heading(2, '1.1 Syfte och målgrupp'),
    ...bodyText(sections.purpose),
    heading(2, '1.2 Bakgrund och föregående förvaltningsperiod'),
    ...bodyText(sections.background),
    heading(2, '1.3 Förvaltningsperiod'),
    para(`Objektplanen gäller för perioden ${year}-01-01 – ${year}-12-31.`),
  ];
}

function chapterObject(m: PlanDocumentModel, width: number): Block[] {
  const { object, plan } = m;
  const intro = [
    para(
      'Objektet är det som ska förvaltas och avgränsar därmed linjeorganisationens ansvarsområde. Först beskrivs den linjeverksamhet som objektet ska stödja, därefter objektet i form av objektprodukter med ingående verksamhetskomponenter och it-komponenter.',
    ),
    ...textBlock(object.description),
    para(
      `${object.name} (${object.code}) är ett ${CATEGORY_NAMES[object.category].toLowerCase()}` +
        (m.lineOrganisations.length > 0 ? ` och stödjer ${m.lineOrganisations.join(', ')}.` : '.'),
    ),
  ];
  const products = table(
    [
      { header: 'Objektprodukt', weight: 46 },
      { header: 'Verksamhetskomponent', weight: 27 },
      { header: 'IT-komponent', weight: 27 },
    ],
    m.products.map((p, i) => ({
      cells: [
        [
          new Paragraph({
            style: TABLE_TEXT,
            children: [new TextRun({ text: `${i + 1}. ${p.name}`, bold: true })],
          }),
          ...textBlock(p.description, TABLE_TEXT),
        ],
        bulletList(p.businessComponents),
        bulletList(p.itComponents),
      ],
    })),
    width,
  );
  const ownerNote = (c: PlanDocumentModel['itComponents'][number]) =>
    c.ownerObject ? [`Förvaltas av objektet ${c.ownerObject.name} (${c.ownerObject.code}).`] : [];
  const business = table(
    [
      { header: 'Verksamhetskomponent', weight: 30 },
      { header: 'Beskrivning', weight: 70 },
    ],
    m.businessComponents.map((c) => ({ cells: [c.name, [c.description, ...ownerNote(c)].join('\n')] })),
    width,
  );
  const it = table(
    [
      { header: 'IT-komponent', weight: 30 },
      { header: 'Beskrivning', weight: 70 },
    ],
    m.itComponents.map((c) => ({
      cells: [
        c.name,
        [c.description, ...(c.supplier ? [`Leverantör: ${c.supplier}`] : []), ...ownerNote(c)].join('\n'),
      ],
    })),
    width,
  );
  const related = table(
    [
      { header: 'Närliggande objekt', weight: 35 },
      { header: 'Beskrivning av beroende', weight: 65 },
    ],
    m.relatedObjects.map((r) => ({ cells: [r.name, r.description] })),
    width,
  );
  return [
    heading(1, '2 Objektet', true),
    ...intro,
    heading(2, '2.1 Objektverksamhet'),
    ...bodyText(plan.sections.scope),
    heading(2, '2.2 Objektprodukter'),
    para(
      'För att möjliggöra leverans av objektverksamhetens resultat krävs ett antal objektprodukter. Förvaltningsverksamheten tillhandahåller följande objektprodukter:',
    ),
    products,
    gap(),
    heading(2, '2.3 Verksamhetskomponenter'),
    para(
      'För att kunna tillhandahålla ovanstående objektprodukter till objektverksamheten krävs följande verksamhetskomponenter:',
    ),
    business,
    gap(),
    heading(2, '2.4 IT-komponenter'),
    para(
      'För att kunna tillhandahålla ovanstående objektprodukter till objektverksamheten krävs följande IT-komponenter:',
    ),
    it,
    gap(),
    heading(2, '2.5 Närliggande objekt'),
    para(
      `Med närliggande objekt avses sådana som objektet ${object.name} (${object.code}) är beroende av eller som har beroende till objektet. Objektet förvaltar inte de närliggande objekten, men kontaktytorna ska vara tydliga och överenskomna.`,
    ),
    related,
    gap(),
  ];
}

function chapterActivities(width: number): Block[] {
  return [
    heading(1, '3 Objektverksamhetens aktiviteter', true),
    para('I tabellen nedan preciseras förvaltningsverksamhetens huvudaktiviteter.'),
    table(
      [
        { header: 'Aktivitet', weight: 28 },
        { header: 'Definition', weight: 72 },
      ],
      MAIN_ACTIVITIES.map((a) => ({ cells: [ACTIVITY_NAMES[a], ACTIVITY_DEFINITIONS[a]] })),
      width,
    ),
    gap(),
  ];
}

function chapterGoals(m: PlanDocumentModel, width: number): Block[] {
  const { object, plan } = m;
  const s = plan.sections;
  const goals = planGoals(s);
  const lineNames = new Map(m.budgetLines.map((l) => [l.id, l.name]));
  return [
    heading(1, '4 Mål och budget', true),
    heading(2, '4.1 Förutsättningar'),
    heading(3, '4.1.1 Övergripande mål och inriktning'),
    table(
      [
        { header: 'Styrande dokument', weight: 40 },
        { header: 'Mål/inriktning', weight: 45 },
        { header: 'Påverkan', weight: 15 },
      ],
      s.governingDocuments.map((d) => ({ cells: [d.document, d.goal, IMPACT_NAMES[d.impact]] })),
      width,
    ),
    gap(),
    ...textBlock(s.regulations),
    heading(3, '4.1.2 Problem och behov'),
    para(
      `Med utgångspunkt i övergripande mål och inriktning har följande problem- och behovsbild identifierats för ${object.name} (${object.code}).`,
    ),
    table(
      [
        { header: 'Nuläge', weight: 34 },
        { header: 'Konsekvenser', weight: 33 },
        { header: 'Börläge', weight: 33 },
      ],
      s.problems.map((p) => ({ cells: [p.current, p.consequence, p.target] })),
      width,
    ),
    gap(),
    heading(3, '4.1.3 Påverkansfaktorer'),
    para('Följande kända ändringar kommer att påverka förvaltningen.'),
    table(
      [
        { header: 'Projekt/känd ändring', weight: 80 },
        { header: 'Påverkan', weight: 20 },
      ],
      s.influencingFactors.map((f) => ({ cells: [f.change, IMPACT_NAMES[f.impact]] })),
      width,
    ),
    gap(),
    heading(2, '4.2 Mål'),
    heading(3, '4.2.1 Långsiktiga mål'),
    ...bodyText(s.longTermGoals),
    heading(3, '4.2.2 Mål för förvaltningsperioden'),
    ...(goals.length > 0
      ? [
          para(`Övergripande mål för ${object.name} under verksamhetsåret ${plan.year} är att:`),
          ...goals.flatMap((g) => {
            const served = g.lineIds.map((id) => lineNames.get(id)).filter((n): n is string => !!n);
            const serves = (g.strategicRefs ?? []).map(
              (r) => m.strategicGoals[`${r.strategicPlanId}/${r.goalId}`] ?? r.goalId,
            );
            return [
              bullet(g.text, 0),
              ...(served.length ? [bullet(`Delmål: ${served.join(', ')}`, 1)] : []),
              // Issue 16 point 4: the goals of the strategic object plan this goal serves.
              ...(serves.length ? [bullet(`Tjänar strategiska mål: ${serves.join('; ')}`, 1)] : []),
            ];
          }),
        ]
      : [emptyNote()]),
  ];
}

/** 004 §4.2.3 and §4.3: delmål per main activity, then the budget and FTE tables. Set in landscape. */
function chapterBudget(m: PlanDocumentModel, width: number): Block[] {
  const { plan, budget } = m;
  const out: Block[] = [
    heading(3, '4.2.3 Planerad'),
    para(
      `Nedan presenteras delmål och resursberäkningar för perioden nedbrutet på respektive huvudaktivitet. Timpris ${plan.hourlyRate} kr.`,
    ),
  ];
  const columns: Column[] = [
    { header: 'Delmål', weight: 22 },
    { header: 'Uppdragstyp', weight: 11 },
    { header: 'Prio', weight: 5 },
    { header: 'Verksamhetsnära timmar', weight: 9, numeric: true },
    { header: 'Verksamhetsnära övriga', weight: 11, numeric: true },
    { header: 'Verksamhetsnära summa', weight: 12, numeric: true },
    { header: 'IT-nära timmar', weight: 9, numeric: true },
    { header: 'IT-nära övriga', weight: 11, numeric: true },
    { header: 'IT-nära summa', weight: 12, numeric: true },
  ];
  for (const activity of MAIN_ACTIVITIES) {
    const row = budget.rows.find((r) => r.mainActivity === activity)!;
    const hours = m.activityHours[activity];
    const lines = m.budgetLines.filter((l) => l.mainActivity === activity);
    const sumRow = (label: string, pick: (side: Side) => number): Row => ({
      sum: true,
      cells: [label, '', '', '', '', formatSek(pick('business')), '', '', formatSek(pick('it'))],
    });
    const bucket = (b: Bucket) => (side: Side) => row[side][b];
    out.push(
      heading(4, ACTIVITY_NAMES[activity]),
      table(
        columns,
        [
          ...lines.map((l) => ({
            cells: [
              l.name,
              ASSIGNMENT_NAMES[l.assignmentType],
              l.priority === null ? '' : String(l.priority),
              formatDecimal(l.business.hours),
              formatSek(l.business.otherCost),
              formatSek(l.cost.business),
              formatDecimal(l.it.hours),
              formatSek(l.it.otherCost),
              formatSek(l.cost.it),
            ],
          })),
          sumRow('Summa (VM)', bucket('maintain')),
          sumRow('Summa (VU)', bucket('develop')),
          sumRow('Total', (side) => row[side].maintain + row[side].develop),
          {
            sum: true,
            cells: [
              'Summa timmar',
              '',
              '',
              formatDecimal(hours.business),
              '',
              '',
              formatDecimal(hours.it),
              '',
              '',
            ],
          },
        ],
        width,
      ),
      gap(),
    );
  }

  const summaryColumns = (last: string): Column[] => [
    { header: 'Huvudaktivitet', weight: 25 },
    { header: 'Verksamhetsnära VM', weight: 15, numeric: true },
    { header: 'Verksamhetsnära VU', weight: 15, numeric: true },
    { header: 'IT-nära VM', weight: 15, numeric: true },
    { header: 'IT-nära VU', weight: 15, numeric: true },
    { header: last, weight: 15, numeric: true },
  ];
  out.push(
    heading(2, '4.3 Budget'),
    para(
      `Detta avsnitt beskriver budget för objektet baserad på resursberäkningarna i föregående avsnitt. Objektets totala budget under ${plan.year}-01-01 – ${plan.year}-12-31 är följande:`,
    ),
    para('Budget', { bold: true }),
    table(
      summaryColumns('Summa SEK'),
      [
        ...budget.rows.map((r) => ({
          cells: [
            ACTIVITY_NAMES[r.mainActivity],
            ...summaryCells(r).map((n) => formatSek(n)),
            formatSek(r.total),
          ],
        })),
        {
          sum: true,
          cells: [
            'Summa',
            ...summaryCells(budget.totals).map((n) => formatSek(n)),
            formatSek(budget.totals.total),
          ],
        },
      ],
      width,
    ),
    gap(),
    para('Total heltid', { bold: true }),
    table(
      summaryColumns('Summa tid'),
      [
        ...budget.rows.map((r) => ({
          cells: [
            ACTIVITY_NAMES[r.mainActivity],
            ...summaryCells(r.fte).map((n) => formatDecimal(n)),
            formatDecimal(r.fte.total),
          ],
        })),
        {
          sum: true,
          cells: [
            'Summa FTE',
            ...summaryCells(budget.fte).map((n) => formatDecimal(n)),
            formatDecimal(budget.fte.total),
          ],
        },
      ],
      width,
    ),
    gap(),
    para(`Timpris ${budget.hourlyRate} kr, ${budget.hoursPerFte} timmar per heltid.`),
    para('Heltider är beräknade från de exakta timmarna och avrundade först vid utskrift.', {
      italics: true,
    }),
  );
  return out;
}

function chapterOrganisation(m: PlanDocumentModel, width: number): Block[] {
  const { object, plan } = m;
  const s = plan.sections;
  const suppliers = [...new Set(m.itComponents.map((c) => c.supplier).filter((x): x is string => !!x))].sort(
    (a, b) => a.localeCompare(b, 'sv'),
  );
  return [
    heading(1, '5 Förvaltningsorganisation', true),
    heading(2, '5.1 Affärsparter'),
    para(
      `Verksamhetsnära förvaltning: ${m.lineOrganisations.length > 0 ? m.lineOrganisations.join(', ') : '–'}.`,
    ),
    para(`IT-nära förvaltning, leverantörer: ${suppliers.length > 0 ? suppliers.join(', ') : '–'}.`),
    heading(2, '5.2 Bemannad förvaltningsorganisation'),
    para(
      `Förvaltningsorganisationen för ${object.name} (${object.code}) bemannas för perioden ${plan.year}-01-01 – ${plan.year}-12-31 enligt följande.`,
    ),
    ...textBlock(s.organisation),
    table(
      [
        { header: 'Roll', weight: 40 },
        { header: 'Namn', weight: 60 },
      ],
      m.roles.map((r) => ({ cells: [capitalise(term('sv', r.role)), r.displayName] })),
      width,
    ),
    gap(),
    ...(s.roleDeviations.trim() !== ''
      ? [para('Avvikelser från rollbeskrivningarna', { bold: true }), ...textBlock(s.roleDeviations)]
      : []),
    heading(2, '5.3 Beslutsforum'),
    para(
      `För att arbetet med ${object.name} (${object.code}) ska kunna styras så effektivt som möjligt krävs följande beslutsforum.`,
    ),
    ...bodyText(s.forums),
  ];
}

// ---- document ------------------------------------------------------------------------------------

function pageSetup(orientation: 'portrait' | 'landscape', title: string, m: PlanDocumentModel) {
  return pageFrame(orientation, title, m.generatedOn);
}

/** The object plan as a Word document (.docx). */
export async function renderPlanDocx(model: PlanDocumentModel): Promise<Buffer> {
  const { object, plan } = model;
  const title = `Objektplan för objektet ${object.name} (${object.code}) för år ${plan.year}`;
  const portrait = TEXT_WIDTH.portrait;
  const landscape = TEXT_WIDTH.landscape;

  const doc = new Document({
    title,
    subject: `Objektplan ${object.code} ${plan.year}`,
    creator: 'Objektnav',
    description: `Objektplan för ${object.name} (${object.code}), ${plan.year}. Status: ${STATUS_NAMES[plan.status]}.`,
    numbering: {
      config: [
        { reference: BULLETS, levels: bulletLevels(720) },
        { reference: TABLE_BULLETS, levels: bulletLevels(284) },
      ],
    },
    styles: DOCUMENT_STYLES,
    sections: [
      {
        ...pageSetup('portrait', title, model),
        children: [
          ...titlePage(model, title),
          ...chapterIntroduction(model),
          ...chapterObject(model, portrait),
          ...chapterActivities(portrait),
          ...chapterGoals(model, portrait),
        ],
      },
      { ...pageSetup('landscape', title, model), children: chapterBudget(model, landscape) },
      { ...pageSetup('portrait', title, model), children: chapterOrganisation(model, portrait) },
    ],
  });
  return Packer.toBuffer(doc);
}
