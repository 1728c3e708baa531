import { join } from 'node:path';
import JSZip from 'jszip';
import { renderPlanDocx } from '../../../../src/adapters/http/documents/planDocx';
import { openSqliteStore } from '../../../../src/adapters/sqlite/sqliteStore';
import { loadDemoData } from '../../../../src/demo/seed';
import { AppError } from '../../../../src/services/errors';
import type { Store } from '../../../../src/services/ports/store';
import { planDocumentModel, type PlanDocumentModel } from '../../../../src/services/plans/planDocument';
import { tempDir } from '../../../support/tempDir';

const TODAY = '2026-11-23';

/** The visible text of word/document.xml: w:t runs joined, one line per paragraph, no-break spaces as spaces. */
async function documentText(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1]!)
        .join('')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .filter((line) => line !== '')
    .join('\n')
    .replace(/\u00a0/g, ' ');
}

describe('Word export of an object plan (AKN 2020, seed 004)', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: Store;
  let model: PlanDocumentModel;
  let docx: Buffer;
  let text: string;

  beforeAll(async () => {
    dir = tempDir();
    store = openSqliteStore({ path: join(dir.path, 'export.db') });
    await loadDemoData(store);
    const [akn] = await store.objects.findAll({ code: 'AKN' });
    const [plan] = await store.plans.findAll({ objectId: akn!.id, year: 2020 });
    model = await planDocumentModel(store, plan!.id, TODAY);
    docx = await renderPlanDocx(model);
    text = await documentText(docx);
  });

  afterAll(async () => {
    await store.close();
    dir.cleanup();
  });

  it('reads the plan, its object and budget into the model', () => {
    expect(model.generatedOn).toBe(TODAY);
    expect(model.object.code).toBe('AKN');
    expect(model.plan.year).toBe(2020);
    expect(model.products).toHaveLength(13);
    expect(model.products[2]!.itComponents).toContain('W3D3');
    expect(model.products[0]!.businessComponents).toContain('Process');
    expect(model.itComponents.find((c) => c.name === 'W3D3')?.supplier).toBe('Formpipe');
    expect(model.relatedObjects.map((r) => r.name)).toContain('Samhällsbyggnad');
    expect(model.lineOrganisations.length).toBeGreaterThan(0);
    expect(model.roles.map((r) => r.role)).toEqual(expect.arrayContaining(['ownerBusiness', 'ownerIt']));
    const orders = model.budgetLines.map((l) => l.sortOrder);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(model.budgetLines[0]!.cost.business).toBe(860015);
    expect(model.budget.totals.total).toBe(18988100);
    expect(model.budget.fte.total).toBeCloseTo(16172 / 1700, 10);
  });

  it('is a .docx (a zip with word/document.xml)', () => {
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('has the title and the chapters of 004', () => {
    expect(text).toContain(
      'Objektplan för objektet Administration, kommunikation och näringsliv (AKN) för år 2020',
    );
    for (const h of [
      '1 Inledning',
      '1.1 Syfte och målgrupp',
      '1.2 Bakgrund och föregående förvaltningsperiod',
      '1.3 Förvaltningsperiod',
      '2 Objektet',
      '2.1 Objektverksamhet',
      '2.2 Objektprodukter',
      '2.3 Verksamhetskomponenter',
      '2.4 IT-komponenter',
      '2.5 Närliggande objekt',
      '3 Objektverksamhetens aktiviteter',
      '4 Mål och budget',
      '4.1 Förutsättningar',
      '4.1.1 Övergripande mål och inriktning',
      '4.1.2 Problem och behov',
      '4.1.3 Påverkansfaktorer',
      '4.2 Mål',
      '4.2.1 Långsiktiga mål',
      '4.2.2 Mål för förvaltningsperioden',
      '4.2.3 Planerad',
      '4.3 Budget',
      '5 Förvaltningsorganisation',
      '5.2 Bemannad förvaltningsorganisation',
      '5.3 Beslutsforum',
    ]) {
      expect(text.split('\n')).toContain(h);
    }
    expect(text).toContain('Objektplanen gäller för perioden 2020-01-01 – 2020-12-31.');
    for (const activity of [
      'Förvaltningsstyrning',
      'Användarstöd',
      'Ändringshantering',
      'Daglig IT-drift och underhåll',
    ]) {
      expect(text.split('\n')).toContain(activity);
    }
  });

  it('lists the 13 products, the components and the related objects', () => {
    for (const [i, p] of model.products.entries()) expect(text).toContain(`${i + 1}. ${p.name}`);
    expect(text).toContain('13. Stöd för projektstyrning');
    expect(text).toContain('W3D3');
    expect(text).toContain('Leverantör: Formpipe');
    expect(text).toContain('Metodstöd i 2C8 för verksamhetsanalys');
    expect(text).toContain('Vård, stöd och omsorg');
  });

  it('shows goals, impacts and assignment types in Swedish', () => {
    expect(text).toContain('Digital agenda');
    expect(text).toContain('Stor');
    expect(text).toContain('Budget för objekt');
    expect(text).toContain(
      'Öka tillgängligheten av digital information och attraktiva e-tjänster för medborgarna',
    );
    expect(text).toContain('Vidmakthållande');
    expect(text).toContain('Vidareutveckling');
  });

  it('prints the budget figures of 004', () => {
    for (const figure of [
      '1313,00',
      '860 015 SEK',
      '414 725 SEK',
      '2 761 590 SEK',
      '1 232 930 SEK',
      '3 175 440 SEK',
      '4 059 760 SEK',
      '6 132 640 SEK',
      '1 433 140 SEK',
      '7 235 200 SEK',
      '18 988 100 SEK',
    ]) {
      expect(text).toContain(figure);
    }
    expect(text).toContain('Summa (VM)');
    expect(text).toContain('Summa (VU)');
    expect(text).toContain('Summa timmar');
    expect(text).toContain('4218,00');
    expect(text).toContain('Total heltid');
    // FTE from the exact hours (16 172 h / 1700), not 004's 9,49 from rounded cells.
    expect(text).toContain('9,51');
    expect(text).not.toContain('9,49');
    expect(text).toContain('Timpris 655 kr, 1700 timmar per heltid.');
  });

  it('names the organisation from role assignments, and no real person from the seed', () => {
    expect(text).toContain('Objektägare verksamhet');
    expect(text).toContain('Objektledare it');
    for (const r of model.roles) expect(text).toContain(r.displayName);
    for (const real of ['Ottosson', 'Siggesjö', 'Radetinac', 'Urban Nilsson', 'Adelman', 'Edström']) {
      expect(text).not.toContain(real);
    }
  });

  it('refuses a plan that does not exist with a not-found AppError', async () => {
    const error = await planDocumentModel(store, 'no-such-plan', TODAY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('notFound');
    expect((error as AppError).params).toEqual({ what: 'objektplan', id: 'no-such-plan' });
  });
});

describe('components that another object manages', () => {
  it('are fetched by id, listed with their owner and shown in the document', async () => {
    const dir = tempDir();
    const store = openSqliteStore({ path: join(dir.path, 'shared.db') });
    try {
      await loadDemoData(store);
      const [akn] = await store.objects.findAll({ code: 'AKN' });
      const [fst] = await store.objects.findAll({ code: 'FST' });
      const [shared] = await store.components.findAll({ ownerObjectId: fst!.id, kind: 'it' });
      const [product] = (await store.products.findAll({ objectId: akn!.id })).sort(
        (a, b) => a.sortOrder - b.sortOrder,
      );
      await store.productComponents.create({
        objectId: akn!.id,
        productId: product!.id,
        componentId: shared!.id,
      });
      const [plan] = await store.plans.findAll({ objectId: akn!.id, year: 2020 });

      const model = await planDocumentModel(store, plan!.id, TODAY);
      const listed = model.itComponents.find((c) => c.id === shared!.id);
      expect(listed?.ownerObject).toEqual({ code: 'FST', name: fst!.name });
      expect(model.itComponents.filter((c) => !c.ownerObject).length).toBeGreaterThan(40);
      expect(model.products[0]!.itComponents).toContain(shared!.name);

      const text = await documentText(await renderPlanDocx(model));
      expect(text).toContain(`Förvaltas av objektet ${fst!.name} (FST).`);
    } finally {
      await store.close();
      dir.cleanup();
    }
  });
});

describe('chapters written in the tab', () => {
  it('prints "- " lines as bullets (indented: one level down) and names the delmål that serve each goal', async () => {
    const dir = tempDir();
    const store = openSqliteStore({ path: join(dir.path, 'tab.db') });
    try {
      await loadDemoData(store);
      const [akn] = await store.objects.findAll({ code: 'AKN' });
      const [plan] = await store.plans.findAll({ objectId: akn!.id, year: 2026 });
      const [line] = await store.budgetLines.findAll({ planId: plan!.id }, { field: 'sortOrder' });
      const { id, etag, createdAt: _c, updatedAt: _u, ...record } = plan!;
      await store.plans.update(
        id,
        {
          ...record,
          sections: {
            ...plan!.sections,
            purpose: 'Inledning.\n- första punkten\n  - en underpunkt\n-5 grader är ingen punkt',
            periodGoals: ['Säker information'],
            goals: [{ id: 'g1', text: 'Säker information', lineIds: [line!.id] }],
          },
        },
        etag,
      );
      const docx = await renderPlanDocx(await planDocumentModel(store, plan!.id, TODAY));
      const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
      const paragraph = (text: string) => xml.split('</w:p>').find((p) => p.includes(`>${text}<`)) ?? '';
      expect(paragraph('första punkten')).toContain('<w:ilvl w:val="0"/>');
      expect(paragraph('en underpunkt')).toContain('<w:ilvl w:val="1"/>');
      expect(paragraph('-5 grader är ingen punkt')).not.toContain('w:numPr');
      expect(paragraph(`Delmål: ${line!.name}`)).toContain('<w:ilvl w:val="1"/>');
    } finally {
      await store.close();
      dir.cleanup();
    }
  });
});
