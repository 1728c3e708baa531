// The objektberättelse as a Word document, in the house style of the object plan (same styles, header
// and footer): goals and their final status, budget against outcome per main activity with the big
// deviations, initiatives, the year's decisions, meetings, contracts ended, lessons and "inför kommande år".
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
import type { ReportService } from '../../../services/followup/reportService';
import { DOCUMENT_STYLES, HEADER_FILL, pageFrame, SUM_FILL, TABLE_TEXT, TEXT_WIDTH } from './docxStyles';
import { groupDigits } from './planDocx';

export type ReportModel = Awaited<ReturnType<ReportService['get']>>;

const ACTIVITY: Record<string, string> = {
  forvaltningsstyrning: 'Förvaltningsstyrning',
  anvandarstod: 'Användarstöd',
  andringshantering: 'Ändringshantering',
  drift: 'Drift',
};
const GOAL_STATUS = { onTrack: 'Enligt plan', atRisk: 'Risk', deviating: 'Avviker' } as const;
const STATUS = { draft: 'Utkast', preliminary: 'Väntar på godkännande', approved: 'Godkänd' } as const;

/** Kronor with öre when there are any: "12 345" or "12 345,50". */
export function formatKr(n: number): string {
  const ore = Math.round(Math.abs(n) * 100) % 100;
  const whole = groupDigits(Math.trunc(n));
  const sign = n < 0 && Math.trunc(n) === 0 ? '-' : '';
  return `${sign}${whole}${ore ? `,${String(ore).padStart(2, '0')}` : ''}`;
}

const para = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, ...options })] });

function table(headers: string[], weights: number[], rows: string[][], sumLast = false): Table {
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
      ...rows.map(
        (r, ri) =>
          new TableRow({
            cantSplit: true,
            children: r.map((c, i) =>
              sumLast && ri === rows.length - 1 ? cell(c, i, SUM_FILL, true) : cell(c, i),
            ),
          }),
      ),
    ],
  });
}

const lines = (text: string) =>
  text.trim()
    ? text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => para(l))
    : [para('–', { italics: true })];

export async function renderReportDocx(m: ReportModel, generatedOn: string): Promise<Buffer> {
  const title = `Objektberättelse ${m.object.code} ${m.plan.year}`;
  const r = m.report;
  const o = m.outcome;
  const pct = (p: number | null) => (p === null ? '–' : `${String(p).replace('.', ',')} %`);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    para(`${m.object.name} (${m.object.code}) · ${r ? STATUS[r.status] : 'Inget utkast'}`),
    new Paragraph({ text: 'Sammanfattning', heading: HeadingLevel.HEADING_1 }),
    ...lines(r?.summary ?? ''),
    new Paragraph({ text: 'Mål och delmål', heading: HeadingLevel.HEADING_1 }),
    (r?.goals.length ?? 0) === 0
      ? para('Inga mål.', { italics: true })
      : table(
          ['Mål', 'Status', 'Kommentar'],
          [45, 15, 40],
          r!.goals.map((g) => [g.text, GOAL_STATUS[g.status], g.comment]),
        ),
    new Paragraph({ text: 'Budget och utfall', heading: HeadingLevel.HEADING_1 }),
    para(`Belopp i kronor. Utfall till och med ${o.through ?? '–'}.`),
    table(
      ['Huvudaktivitet', 'Budget', 'Utfall', 'Avvikelse kr', 'Avvikelse %'],
      [32, 17, 17, 17, 17],
      [
        ...o.rows.map((row) => [
          ACTIVITY[row.mainActivity] ?? row.mainActivity,
          formatKr(row.planned),
          formatKr(row.actual),
          formatKr(row.actual - row.planned),
          pct(row.planned ? Math.round(((row.actual - row.planned) / row.planned) * 1000) / 10 : null),
        ]),
        [
          'Summa',
          formatKr(o.totals.planned),
          formatKr(o.totals.actual),
          formatKr(o.totals.actual - o.totals.planned),
          pct(
            o.totals.planned
              ? Math.round(((o.totals.actual - o.totals.planned) / o.totals.planned) * 1000) / 10
              : null,
          ),
        ],
      ],
      true,
    ),
    new Paragraph({ text: 'Stora avvikelser', heading: HeadingLevel.HEADING_2 }),
    ...(m.bigDeviations.length
      ? m.bigDeviations.map(
          (d) =>
            new Paragraph({
              text: `${ACTIVITY[d.mainActivity]}: ${formatKr(d.deviation.sek)} kr (${pct(d.deviation.percent)})`,
              bullet: { level: 0 },
            }),
        )
      : [para('Inga avvikelser över 10 %.', { italics: true })]),
    ...lines(r?.budgetComment ?? ''),
    new Paragraph({ text: 'Initiativ', heading: HeadingLevel.HEADING_1 }),
    para(
      `Levererade: ${m.initiatives.delivered.length}. Stoppade: ${m.initiatives.stopped.length}. Pågående: ${m.initiatives.open}.`,
    ),
    ...m.initiatives.delivered.map(
      (i) => new Paragraph({ text: `Levererat: ${i.title}`, bullet: { level: 0 } }),
    ),
    ...m.initiatives.stopped.map((i) => new Paragraph({ text: `Stoppat: ${i.title}`, bullet: { level: 0 } })),
    new Paragraph({ text: 'Årets beslut', heading: HeadingLevel.HEADING_1 }),
    ...(m.decisions.length
      ? [
          table(
            ['Datum', 'Beslut'],
            [20, 80],
            m.decisions.map((d) => [d.decidedAt, d.title]),
          ),
        ]
      : [para('Inga beslut.', { italics: true })]),
    new Paragraph({ text: 'Möten', heading: HeadingLevel.HEADING_1 }),
    para(
      `${m.meetings.forum ?? 'Objektstyrgruppen'}: ${m.meetings.held} hållna möten av minst ${m.meetings.required}.`,
    ),
    new Paragraph({ text: 'Avtal som löpt ut', heading: HeadingLevel.HEADING_1 }),
    ...(m.contractsEnded.length
      ? m.contractsEnded.map(
          (c) => new Paragraph({ text: `${c.title} (${c.supplier}), ${c.endDate}`, bullet: { level: 0 } }),
        )
      : [para('Inga avtal löpte ut under året.', { italics: true })]),
    new Paragraph({ text: 'Lärdomar', heading: HeadingLevel.HEADING_1 }),
    ...lines(r?.lessons ?? ''),
    new Paragraph({ text: 'Inför kommande år', heading: HeadingLevel.HEADING_1 }),
    ...((r?.nextYear.length ?? 0)
      ? r!.nextYear.map((p) => new Paragraph({ text: p, bullet: { level: 0 } }))
      : [para('–', { italics: true })]),
  ];
  return Packer.toBuffer(
    new Document({
      creator: 'Objektnav',
      title,
      description: title,
      styles: DOCUMENT_STYLES,
      sections: [{ ...pageFrame('portrait', title, generatedOn), children }],
    }),
  );
}
