// Minutes of a forum meeting as a Word document, for the registry (diariet), in the house style of the
// object plan (same styles, header with the title, footer with the page number): meeting, place and time;
// chair, secretary and adjusters; attendance; numbered paragraphs (§) with their decisions; action items;
// the adjustment (who signed, when) or "Ojusterat" on a draft; and, on a correction, what changed and why.
import {
  AlignmentType,
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
import type { MinutesService } from '../../../services/meetings/minutesService';
import { utcToStockholm } from '../../../domain/meetings/schedule';
import { DOCUMENT_STYLES, HEADER_FILL, pageFrame, TABLE_TEXT, TEXT_WIDTH } from './docxStyles';

export type MinutesModel = Awaited<ReturnType<MinutesService['minutes']>>;

const para = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, ...options })] });

/** "Label: value" with the label in bold. */
const field = (label: string, value: string) =>
  new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ text: value })],
  });

function table(headers: string[], weights: number[], rows: string[][]): Table {
  const total = weights.reduce((s, w) => s + w, 0);
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH.portrait));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      ...(header ? { shading: { fill: HEADER_FILL } } : {}),
      children: [new Paragraph({ style: TABLE_TEXT, children: [new TextRun({ text, bold: header })] })],
    });
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

const STATUS = {
  draft: 'Ojusterat utkast',
  adjusted: 'Justerat',
  superseded: 'Ersatt av en rättelse',
} as const;

export async function renderMinutesDocx(m: MinutesModel, generatedOn: string): Promise<Buffer> {
  const when = utcToStockholm(m.meeting.start);
  const end = utcToStockholm(m.meeting.end);
  const title = `Protokoll – ${m.forum.name} ${when.date}`;
  const version = m.minutes?.version ?? 1;
  const status = m.status ? STATUS[m.status] : 'Inget protokoll';
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `Protokoll – ${m.forum.name}`, heading: HeadingLevel.TITLE }),
    field('Möte', `${m.meeting.title}, ${when.date} kl. ${when.time}–${end.time}`),
    field('Plats', m.place || '–'),
    field('Ordförande', m.chair?.displayName || '–'),
    field('Protokollförare', m.secretary?.displayName || '–'),
    field('Justerare', m.adjusters.length ? m.adjusters.map((a) => a.displayName).join(', ') : '–'),
    field('Status', version > 1 ? `${status} (version ${version})` : status),
    new Paragraph({ text: 'Närvarande', heading: HeadingLevel.HEADING_1 }),
    ...(m.attendance.length
      ? m.attendance.map((a) => new Paragraph({ text: a.displayName, bullet: { level: 0 } }))
      : [para('–')]),
    new Paragraph({ text: 'Paragrafer', heading: HeadingLevel.HEADING_1 }),
  ];
  if (m.paragraphs.length === 0) children.push(para('Inga paragrafer.', { italics: true }));
  for (const p of m.paragraphs) {
    children.push(
      new Paragraph({ text: `§ ${p.number} ${p.title}`, heading: HeadingLevel.HEADING_2, keepNext: true }),
    );
    for (const line of p.text.split('\n').filter((x) => x.trim() !== '')) children.push(para(line));
    if (p.decision)
      children.push(
        new Paragraph({
          children: [
            new TextRun({ text: 'Beslut: ', bold: true }),
            new TextRun({ text: p.title }),
            ...(m.status === 'draft' ? [new TextRun({ text: ' (ojusterat)', italics: true })] : []),
          ],
        }),
      );
  }
  children.push(new Paragraph({ text: 'Åtgärder', heading: HeadingLevel.HEADING_1 }));
  if (m.actionItems.length === 0) children.push(para('Inga åtgärder.', { italics: true }));
  else
    children.push(
      table(
        ['Åtgärd', 'Ansvarig', 'Klart senast'],
        [60, 25, 15],
        m.actionItems.map((a) => [a.title, a.ownerName, a.dueDate]),
      ),
    );

  const correction = m.minutes?.correction;
  if (correction) {
    children.push(new Paragraph({ text: `Rättelse (version ${version})`, heading: HeadingLevel.HEADING_1 }));
    children.push(field('Skäl', correction.reason));
    children.push(field('Rättat', utcToStockholm(correction.at).date));
    for (const c of correction.changes) children.push(new Paragraph({ text: c, bullet: { level: 0 } }));
  }

  children.push(new Paragraph({ text: 'Justering', heading: HeadingLevel.HEADING_1 }));
  if (m.adjusters.length === 0) children.push(para('Justerare är inte utsedda.', { italics: true }));
  for (const a of m.adjusters)
    children.push(
      new Paragraph({
        alignment: AlignmentType.LEFT,
        children: [
          new TextRun({ text: a.displayName, bold: true }),
          new TextRun({
            text: a.adjustedAt
              ? ` – justerat digitalt i Objektnav ${utcToStockholm(a.adjustedAt).date}`
              : ' – ej justerat',
          }),
        ],
      }),
    );
  if (m.secretary) children.push(para(`Vid protokollet: ${m.secretary.displayName}`, { italics: true }));

  return Packer.toBuffer(
    new Document({
      creator: 'Objektnav',
      title,
      description: `${title}. ${status}.`,
      styles: DOCUMENT_STYLES,
      sections: [{ ...pageFrame('portrait', title, generatedOn), children }],
    }),
  );
}
