// The house style of Objektnav's Word documents (object plan, minutes): A4 with 2 cm margins, Calibri in
// Swedish, dark-blue headings, a small table text, the document's title in the header and the page
// number in the footer. One definition, so the plan and the minutes look like they come from one place.
import {
  AlignmentType,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type IStylesOptions,
  type ISectionOptions,
} from 'docx';

/** A4 with 2 cm margins; text width in twips for portrait and landscape. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 };
export const TEXT_WIDTH = {
  portrait: PAGE.width - 2 * PAGE.margin,
  landscape: PAGE.height - 2 * PAGE.margin,
};

export const TABLE_TEXT = 'TableText';
export const HEADER_FILL = 'D9E2F3';
export const SUM_FILL = 'F2F2F2';

export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    // Space after body paragraphs; table text (below) keeps tight.
    document: {
      run: { font: 'Calibri', size: 22, language: { value: 'sv-SE' } },
      paragraph: { spacing: { after: 120 } },
    },
    title: { run: { size: 40, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 480 } } },
    heading1: {
      run: { size: 32, bold: true, color: '1F3864' },
      paragraph: { spacing: { before: 240, after: 120 } },
    },
    heading2: {
      run: { size: 26, bold: true, color: '1F3864' },
      paragraph: { spacing: { before: 240, after: 120 } },
    },
    heading3: {
      run: { size: 24, bold: true, color: '1F3864' },
      paragraph: { spacing: { before: 200, after: 80 } },
    },
    heading4: {
      run: { size: 22, bold: true, italics: true },
      paragraph: { spacing: { before: 200, after: 80 } },
    },
  },
  paragraphStyles: [
    {
      id: TABLE_TEXT,
      name: 'Tabelltext',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: 18 },
      paragraph: { spacing: { before: 20, after: 20 } },
    },
  ],
};

/** Page size and margins, the title in the header, "Objektnav {date} · Sida n av m" in the footer. */
export function pageFrame(
  orientation: 'portrait' | 'landscape',
  title: string,
  generatedOn: string,
): Omit<ISectionOptions, 'children'> {
  return {
    properties: {
      page: {
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
      },
    },
    headers: {
      default: new Header({
        children: [new Paragraph({ style: TABLE_TEXT, alignment: AlignmentType.RIGHT, text: title })],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            style: TABLE_TEXT,
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                children: [
                  `Objektnav ${generatedOn} · Sida `,
                  PageNumber.CURRENT,
                  ' av ',
                  PageNumber.TOTAL_PAGES,
                ],
              }),
            ],
          }),
        ],
      }),
    },
  };
}
