// The minutes as a Word document, read back: the demo's adjusted PSG minutes from September, and a draft
// that says it is not adjusted — each line as a reader of the registry's copy sees it.
import { join } from 'node:path';
import JSZip from 'jszip';
import { renderMinutesDocx } from '../../../../src/adapters/http/documents/minutesDocx';
import { openSqliteStore } from '../../../../src/adapters/sqlite/sqliteStore';
import { loadDemoData } from '../../../../src/demo/seed';
import { MinutesService } from '../../../../src/services/meetings/minutesService';
import type { Store } from '../../../../src/services/ports/store';
import { tempDir } from '../../../support/tempDir';

/** The visible text of word/document.xml, one line per paragraph. */
async function lines(docx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join(''))
    .filter((line) => line !== '');
}

describe('Word minutes', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: Store;
  let service: MinutesService;
  let septemberId: string;

  beforeAll(async () => {
    dir = tempDir();
    store = openSqliteStore({ path: join(dir.path, 'minutes.db') });
    await loadDemoData(store);
    service = new MinutesService({ store, clock: { now: () => new Date('2026-11-23T10:00:00Z') } });
    const psg = (await store.forums.findAll({ kind: 'psg' }))[0]!;
    septemberId = (await store.meetings.findAll({ forumId: psg.id })).find((m) =>
      m.start.startsWith('2026-09'),
    )!.id;
  });
  afterAll(async () => {
    await store.close();
    dir.cleanup();
  });

  it("the demo's PSG minutes of September: the registrar's heading, § paragraphs, the adjusters' signatures", async () => {
    const text = await lines(await renderMinutesDocx(await service.minutes(septemberId), '2026-11-23'));
    expect(text.slice(0, 7)).toEqual([
      'Protokoll – Portföljstyrgrupp (PSG)',
      'Möte: Portföljstyrgrupp (PSG), 2026-09-08 kl. 09:00–11:00',
      'Plats: Kommunhuset, sammanträdesrummet Styrelsen',
      'Ordförande: Anders Ekström',
      'Protokollförare: Camilla Strand',
      'Justerare: Johan Falk, Annika Forsberg',
      'Status: Justerat',
    ]);
    expect(text).toEqual(
      expect.arrayContaining([
        '§ 1 Mötets öppnande och val av justerare',
        '§ 3 Budgetförutsättningar för objektplanerna 2027',
        'Beslut: Budgetförutsättningar för objektplanerna 2027',
        'Johan Falk – justerat digitalt i Objektnav 2026-09-11',
        'Vid protokollet: Camilla Strand',
      ]),
    );
  });

  it('a draft says it is not adjusted, on the status line and on each decision', async () => {
    const model = await service.minutes(septemberId);
    const draft = {
      ...model,
      status: 'draft' as const,
      adjusters: model.adjusters.map((a) => ({ ...a, adjustedAt: null })),
    };
    const text = await lines(await renderMinutesDocx(draft, '2026-11-23'));
    expect(text).toContain('Status: Ojusterat utkast');
    expect(text).toContain('Beslut: Budgetförutsättningar för objektplanerna 2027 (ojusterat)');
    expect(text).toContain('Johan Falk – ej justerat');
  });
});
