// The strategic object plan as a Word document in the house style of the object plan (same styles,
// header with the title, footer with the page number): planning assumptions, steering documents by level,
// goals and direction per year with the strategic goals each serves, planned lifecycle changes,
// investment needs per year with the sum, and the owners' approval.
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { StrategicPlanDocumentModel } from '../../../services/strategy/strategyService';
import { DOCUMENT_STYLES, HEADER_FILL, pageFrame, SUM_FILL, TABLE_TEXT, TEXT_WIDTH } from './docxStyles';
import { formatSek } from './planDocx';

const para = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, ...options })] });

const field = (label: string, value: string) =>
  new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ text: value })],
  });

const lines = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => para(l));

function table(headers: string[], weights: number[], rows: string[][], sumRow?: string[]): Table {
  const total = weights.reduce((s, w) => s + w, 0);
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH.portrait));
  const cell = (text: string, i: number, fill?: string, bold = false) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      ...(fill ? { shading: { fill } } : {}),
      children: [new Paragraph({ style: TABLE_TEXT, children: [new TextRun({ text, bold })] })],
    });
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, i, HEADER_FILL, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i)) })),
      ...(sumRow ? [new TableRow({ children: sumRow.map((c, i) => cell(c, i, SUM_FILL, true)) })] : []),
    ],
  });
}

const LEVEL = { national: 'Nationella', regional: 'Regionala', local: 'Lokala' } as const;
const CHANGE = { introduce: 'Införa', replace: 'Ersätta', retire: 'Avveckla' } as const;
const STATUS = { draft: 'Utkast', submitted: 'Inskickad för godkännande', approved: 'Godkänd' } as const;
const VERSION = { preliminary: 'Preliminär version', final: 'Slutlig version' } as const;
const ROLE: Record<string, string> = { ownerBusiness: 'Objektägare verksamhet', ownerIt: 'Objektägare it' };

export async function renderStrategicPlanDocx(m: StrategicPlanDocumentModel): Promise<Buffer> {
  const p = m.plan;
  const title = `Strategisk objektplan ${m.object.code} ${p.fromYear}–${p.toYear}`;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `Strategisk objektplan ${p.fromYear}–${p.toYear}`, heading: HeadingLevel.TITLE }),
    field('Objekt', `${m.object.name} (${m.object.code})`),
    field('Version', VERSION[p.version]),
    field('Status', STATUS[p.status]),
    new Paragraph({ text: '1 Planeringsförutsättningar och inriktning', heading: HeadingLevel.HEADING_1 }),
    ...(p.assumptions.trim() ? lines(p.assumptions) : [para('Inte beskrivna.', { italics: true })]),
    new Paragraph({ text: '2 Styrande dokument', heading: HeadingLevel.HEADING_1 }),
  ];
  for (const level of ['national', 'regional', 'local'] as const) {
    const refs = p.steeringRefs.filter((r) => r.level === level);
    children.push(new Paragraph({ text: LEVEL[level], heading: HeadingLevel.HEADING_2, keepNext: true }));
    if (!refs.length) children.push(para('Inga angivna.', { italics: true }));
    for (const r of refs) children.push(new Paragraph({ text: r.title, bullet: { level: 0 } }));
  }
  children.push(new Paragraph({ text: '3 Mål och inriktning per år', heading: HeadingLevel.HEADING_1 }));
  for (const y of p.years) {
    children.push(new Paragraph({ text: String(y.year), heading: HeadingLevel.HEADING_2, keepNext: true }));
    children.push(...lines(y.direction));
    if (y.goals.length)
      children.push(
        table(
          ['Strategiskt mål för objektet', 'Bidrar till kommunens mål'],
          [55, 45],
          y.goals.map((g) => [g.text, g.refs.map(m.goalTitle).join('; ') || '–']),
        ),
      );
  }
  children.push(
    new Paragraph({ text: '4 Planerade livscykelförändringar', heading: HeadingLevel.HEADING_1 }),
  );
  if (!p.lifecycleChanges.length) children.push(para('Inga planerade.', { italics: true }));
  else
    children.push(
      table(
        ['År', 'Förändring', 'Komponent', 'Ersätter', 'Kommentar'],
        [10, 15, 25, 20, 30],
        [...p.lifecycleChanges]
          .sort((a, b) => a.year - b.year)
          .map((c) => [String(c.year), CHANGE[c.change], c.component, c.replaces || '–', c.note || '–']),
      ),
    );
  children.push(new Paragraph({ text: '5 Investeringsbehov', heading: HeadingLevel.HEADING_1 }));
  const total = p.investments.reduce((s, i) => s + i.amount, 0);
  children.push(
    table(
      ['År', 'Investering', 'Belopp'],
      [15, 60, 25],
      [...p.investments]
        .sort((a, b) => a.year - b.year)
        .map((i) => [String(i.year), i.description, formatSek(i.amount)]),
      ['Summa', `${p.fromYear}–${p.toYear}`, formatSek(total)],
    ),
  );
  children.push(
    table(
      ['År', 'Summa per år'],
      [40, 60],
      p.investmentsPerYear.map((y) => [String(y.year), formatSek(y.amount)]),
    ),
  );
  children.push(new Paragraph({ text: '6 Godkännande', heading: HeadingLevel.HEADING_1 }));
  for (const a of m.approvers)
    children.push(
      field(
        ROLE[a.role] ?? a.role,
        a.outcome === 'approved'
          ? `Godkänd av ${a.displayName ?? '–'} ${a.at?.slice(0, 10) ?? ''}`.trim()
          : a.outcome === 'rejected'
            ? `Avslagen av ${a.displayName ?? '–'}${a.comment ? `: ${a.comment}` : ''}`
            : 'Inte godkänd ännu',
      ),
    );
  return Packer.toBuffer(
    new Document({
      creator: 'Objektnav',
      title,
      description: `${title}. ${VERSION[p.version]}, ${STATUS[p.status].toLowerCase()}.`,
      styles: DOCUMENT_STYLES,
      sections: [{ ...pageFrame('portrait', title, m.generatedOn), children }],
    }),
  );
}
