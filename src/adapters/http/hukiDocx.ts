// The HUKI matrix as a Word document: one landscape table, activities × roles, and under each role the
// people who hold it in the object when one is chosen. Built on `docx` directly: the house style lives in
// the export adapter, which another adapter may not import (dependency rule); the look is kept close.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

export interface HukiDocModel {
  roles: { id: string; name: string; people?: string[] }[];
  activities: { id: string; name: string; cells: Record<string, string> }[];
}

const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.height - 2 * PAGE.margin;
const HEADER_FILL = 'D9E2F3';

const LEGEND = 'H = huvudansvarig (exakt en per aktivitet), U = utförare, K = konsulteras, I = informeras.';

export async function renderHukiDocx(m: HukiDocModel, objectLabel: string | null): Promise<Buffer> {
  const title = objectLabel ? `HUKI-matris – ${objectLabel}` : 'HUKI-matris';
  const first = 30;
  const per = m.roles.length ? Math.floor((100 - first) / m.roles.length) : 70;
  const width = (w: number) => Math.floor((w / 100) * TEXT_WIDTH);
  const cell = (runs: TextRun[], w: number, header: boolean, center = false) =>
    new TableCell({
      width: { size: width(w), type: WidthType.DXA },
      ...(header ? { shading: { fill: HEADER_FILL } } : {}),
      children: [
        new Paragraph({ alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT, children: runs }),
      ],
    });
  const headerRow = new TableRow({
    tableHeader: true,
    children: [
      cell([new TextRun({ text: 'Aktivitet', bold: true, size: 18 })], first, true),
      ...m.roles.map((r) =>
        cell(
          [
            new TextRun({ text: r.name, bold: true, size: 18 }),
            ...(r.people?.length ? [new TextRun({ text: r.people.join(', '), size: 16, break: 1 })] : []),
          ],
          per,
          true,
          true,
        ),
      ),
    ],
  });
  const rows = m.activities.map(
    (a) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([new TextRun({ text: a.name, size: 18 })], first, false),
          ...m.roles.map((r) =>
            cell(
              [new TextRun({ text: a.cells[r.id] ?? '', bold: a.cells[r.id] === 'H', size: 18 })],
              per,
              false,
              true,
            ),
          ),
        ],
      }),
  );
  return Packer.toBuffer(
    new Document({
      creator: 'Objektnav',
      title,
      styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'sv-SE' } } } } },
      sections: [
        {
          properties: {
            page: {
              size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
              margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
            },
          },
          children: [
            new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
            new Paragraph({ text: LEGEND }),
            new Table({
              width: { size: width(first + per * m.roles.length), type: WidthType.DXA },
              rows: [headerRow, ...rows],
            }),
          ],
        },
      ],
    }),
  );
}
