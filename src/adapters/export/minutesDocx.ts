// Minutes of a forum meeting as a Word document, for the registry (diariet): attendance, decisions
// numbered as paragraphs (§), and action items with owner and due date.
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
import type { MinutesService } from '../../services/meetings/minutesService';
import { utcToStockholm } from '../../domain/meetings/schedule';

export type MinutesModel = Awaited<ReturnType<MinutesService['minutes']>>;

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

export async function renderMinutesDocx(m: MinutesModel): Promise<Buffer> {
  const when = utcToStockholm(m.meeting.start);
  const end = utcToStockholm(m.meeting.end);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `Protokoll – ${m.forum.name}`, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: `${m.meeting.title}, ${when.date} kl. ${when.time}–${end.time}` }),
    new Paragraph({ text: 'Närvarande', heading: HeadingLevel.HEADING_1 }),
    ...(m.attendance.length
      ? m.attendance.map((a) => new Paragraph({ text: a.displayName, bullet: { level: 0 } }))
      : [new Paragraph({ text: '–' })]),
    new Paragraph({ text: 'Beslut', heading: HeadingLevel.HEADING_1 }),
  ];
  if (m.decisions.length === 0) children.push(new Paragraph({ text: 'Inga beslut.' }));
  m.decisions.forEach((d, i) => {
    children.push(new Paragraph({ text: `§ ${i + 1} ${d.title}`, heading: HeadingLevel.HEADING_2 }));
    if (d.text) children.push(new Paragraph({ text: d.text }));
  });
  children.push(new Paragraph({ text: 'Åtgärder', heading: HeadingLevel.HEADING_1 }));
  if (m.actionItems.length === 0) children.push(new Paragraph({ text: 'Inga åtgärder.' }));
  else {
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            tableHeader: true,
            children: [cell('Åtgärd', true), cell('Ansvarig', true), cell('Klart senast', true)],
          }),
          ...m.actionItems.map(
            (a) => new TableRow({ children: [cell(a.title), cell(a.ownerName), cell(a.dueDate)] }),
          ),
        ],
      }),
    );
  }
  return Packer.toBuffer(
    new Document({
      creator: 'Objektnav',
      title: `Protokoll ${m.forum.name} ${when.date}`,
      sections: [{ children }],
    }),
  );
}
