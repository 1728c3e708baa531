// The system register and the system map (issue 17) through the real HTTP server — on the embedded store,
// and on the SharePoint fake in the api-sharepoint project.
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

interface SystemRow {
  id: string;
  etag: string;
  name: string;
  objectId: string;
  objectCode: string;
  supplier: string;
  lifecycle: string;
  hosting: string | null;
  classification: Record<string, number | null>;
  personalData: boolean;
  processingRecordRef: string;
  departments: { id: string; name: string }[];
  owner: { source: string; people: { displayName: string }[] };
  manager: { source: string; people: { displayName: string }[] };
}

const systems = async (query = '') => (await t.call('GET', `/api/systems${query}`)).body as SystemRow[];
const named = async (name: string) => (await systems()).find((s) => s.name === name)!;

describe('system register', () => {
  it('lists every it-component of every object with its register fields (the API contract)', async () => {
    const res = await t.call('GET', '/api/systems');
    expect(res.status).toBe(200);
    const all = res.body as SystemRow[];
    expect(all.length).toBeGreaterThanOrEqual(25);
    expect(new Set(all.map((s) => s.objectCode))).toEqual(
      new Set(['AKN', 'VSOA', 'UKF', 'SAM', 'KÖP', 'FST']),
    );
    const treserva = all.find((s) => s.name === 'Treserva')!;
    expect(treserva).toMatchObject({
      objectCode: 'VSOA',
      lifecycle: 'inUse',
      hosting: 'onPremises',
      classification: { confidentiality: 4, integrity: 4, availability: 3 },
      personalData: true,
    });
    expect(treserva.departments.map((d) => d.name)).toContain('Socialförvaltningen');
    // Systemägare and systemförvaltare come from the object's roles where the system names nobody.
    expect(treserva.owner).toEqual({
      source: 'object',
      people: [expect.objectContaining({ displayName: 'Annika Forsberg' })],
    });
    expect(treserva.manager.people.map((p) => p.displayName)).toEqual(['Viktor Dahlén']);
  });

  it('searches and filters', async () => {
    expect((await systems('?q=treserva')).map((s) => s.name)).toEqual(['Treserva']);
    const saas = await systems('?hosting=saas');
    expect(saas.length).toBeGreaterThan(0);
    expect(saas.every((s) => s.hosting === 'saas')).toBe(true);
    const retired = await systems('?lifecycle=retired');
    expect(retired.map((s) => s.name)).toEqual(['Äldre verksamhetssystem omsorg']);
    const noPersonalData = await systems('?personalData=false');
    expect(noPersonalData.every((s) => !s.personalData)).toBe(true);
    expect((await t.call('GET', '/api/systems?hosting=cloud')).status).toBe(400);
  });

  it('the system owner, object owners and model owner edit; others are refused with the rule', async () => {
    const skolon = await named('Skolon');
    const body = {
      hosting: 'sharedPlatform',
      classification: { confidentiality: 3, integrity: 2, availability: 2 },
    };
    const leader = await t.call('PATCH', `/api/systems/${skolon.id}`, {
      as: t.person('Ali Hassan'),
      body,
      ifMatch: skolon.etag,
    });
    expect(leader.status).toBe(403);
    expect(leader.body.error.message).toMatch(/systemägare.*objektägare.*modellansvarig/);
    const nobody = await t.call('PATCH', `/api/systems/${skolon.id}`, { body, ifMatch: skolon.etag });
    expect(nobody.status).toBe(401);
    const otherOwner = await t.call('PATCH', `/api/systems/${skolon.id}`, {
      as: t.person('Lars Wikström'),
      body: { hosting: 'nowhere' },
      ifMatch: skolon.etag,
    });
    // Authorised before the body is read: another object's owner is refused, not told the body is bad.
    expect(otherOwner.status).toBe(403);

    const owner = await t.call('PATCH', `/api/systems/${skolon.id}`, {
      as: t.person('Elin Bergqvist'),
      body: { ...body, ownerPersonId: t.person('Frida Blomqvist') },
      ifMatch: skolon.etag,
    });
    expect(owner.status).toBe(200);
    expect(owner.body).toMatchObject({ hosting: 'sharedPlatform', owner: { source: 'system' } });
    const stale = await t.call('PATCH', `/api/systems/${skolon.id}`, {
      as: t.person('Erik Sjöberg'),
      body: { hosting: 'saas' },
      ifMatch: skolon.etag,
    });
    expect(stale.status).toBe(409);
    // The named system owner may now keep it, though she is no owner of the object.
    const systemOwner = await t.call('PATCH', `/api/systems/${skolon.id}`, {
      as: t.person('Frida Blomqvist'),
      body: { personalData: false, processingRecordRef: 'RF-1' },
      ifMatch: owner.body.etag,
    });
    expect(systemOwner.status).toBe(400);
    expect(systemOwner.body.error.fields[0].path).toBe('processingRecordRef');
    const ok = await t.call('PATCH', `/api/systems/${skolon.id}`, {
      as: t.person('Frida Blomqvist'),
      body: { hosting: 'saas' },
      ifMatch: owner.body.etag,
    });
    expect(ok.status).toBe(200);
  });

  it('exports the register as a sheet that imports again unchanged', async () => {
    const res = await t.call('GET', '/api/systems/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const text = typeof res.body === 'string' ? res.body : await res.body;
    expect(String(text)).toContain('System;Objekt;Beskrivning;Leverantör;Livscykel;Drift');
    const again = await t.call('POST', '/api/systems/import', {
      as: t.person('Erik Sjöberg'),
      body: { csv: String(text), dryRun: true },
    });
    expect(again.status).toBe(200);
    expect(again.body.rejected).toBe(0);
    expect(again.body.created).toBe(0);
  });

  it('imports a sheet: the dry run reports rejected rows with reasons and changes nothing', async () => {
    const csv = [
      'System;Objekt;Leverantör;Livscykel;Drift;Konfidentialitet;Personuppgifter;Registerförteckning;Förvaltningar',
      'Lärplattform Ny;UKF;Exempel AB;Införs;Molntjänst (SaaS);3;Ja;RF-UTB-9;Utbildningsförvaltningen',
      'Okänt objekt-system;XYZ;;I drift;;;Nej;;',
      ';UKF;;;;;;;',
      'Konstig nivå;UKF;;Pensionerad;;7;Kanske;;Påhittade förvaltningen',
      'Skolon;UKF;Skolon AB;I drift;;;Ja;;',
      'Bygglov Ny;SAM;;;;;;;',
    ].join('\r\n');
    const before = (await systems()).length;
    const dry = await t.call('POST', '/api/systems/import', {
      as: t.person('Elin Bergqvist'),
      body: { csv, dryRun: true },
    });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, created: 1, updated: 1, rejected: 4 });
    const byLine = Object.fromEntries(
      (dry.body.rows as { line: number; reasons: string[] }[]).map((r) => [r.line, r]),
    );
    expect(byLine[3]!.reasons).toEqual(['Objektet ”XYZ” finns inte (ange objektets kod).']);
    expect(byLine[4]!.reasons[0]).toMatch(/namn saknas/);
    expect(byLine[5]!.reasons).toHaveLength(4);
    expect(byLine[5]!.reasons.join(' ')).toMatch(
      /Livscykeln ”Pensionerad”.*Konfidentialitet ”7”.*Ja eller Nej.*Påhittade/,
    );
    // An owner of UKF may not write systems of SAM.
    expect(byLine[7]!.reasons[0]).toMatch(/SAM/);
    expect((await systems()).length).toBe(before);

    const real = await t.call('POST', '/api/systems/import', {
      as: t.person('Elin Bergqvist'),
      body: { csv, dryRun: false },
    });
    expect(real.body).toMatchObject({ dryRun: false, created: 1, updated: 1, rejected: 4 });
    const created = await named('Lärplattform Ny');
    expect(created).toMatchObject({
      objectCode: 'UKF',
      lifecycle: 'introducing',
      hosting: 'saas',
      personalData: true,
    });
    expect((await named('Skolon')).supplier).toBe('Skolon AB');
  });

  it('refuses an import from someone who keeps no part of the register, before reading the sheet', async () => {
    const res = await t.call('POST', '/api/systems/import', {
      as: t.person('Ali Hassan'),
      body: { nonsense: 1 },
    });
    expect(res.status).toBe(403);
    const header = await t.call('POST', '/api/systems/import', {
      as: t.person('Erik Sjöberg'),
      body: { csv: 'Namn;Leverantör\nA;B', dryRun: true },
    });
    expect(header.status).toBe(400);
    expect(header.body.error.fields[0].message).toMatch(/Objekt/);
  });
});

describe('system map', () => {
  it('answers the contract by object, with the integrations reaching other objects', async () => {
    const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
    const ukf = objects.find((o) => o.code === 'UKF')!;
    const res = await t.call('GET', `/api/system-map?objectId=${ukf.id}`);
    expect(res.status).toBe(200);
    const map = res.body as {
      nodes: { id: string; name: string; objectId: string; outside: boolean }[];
      edges: { from: string; to: string; information: string; method: string; retiredEnd: string | null }[];
    };
    const name = new Map(map.nodes.map((n) => [n.id, n.name]));
    expect(map.edges.map((e) => `${name.get(e.from)} → ${name.get(e.to)}`)).toContain(
      'Extens elevregister → Skolplattform',
    );
    const idm = map.nodes.find((n) => n.name === 'Identitetshanteringssystem (IdM)')!;
    expect(idm.outside).toBe(true);
    for (const e of map.edges) expect(['file', 'api', 'message', 'manual']).toContain(e.method);
  });

  it('flags integrations to retired and retiring systems, and shows what depends on a system', async () => {
    const old = await named('Äldre verksamhetssystem omsorg');
    const res = await t.call('GET', `/api/system-map?systemId=${old.id}`);
    const map = res.body as {
      nodes: { id: string; name: string }[];
      edges: { from: string; to: string; retiredEnd: string | null }[];
    };
    expect(map.nodes.map((n) => n.name).sort()).toEqual([
      'E-arkiv',
      'Treserva',
      'Äldre verksamhetssystem omsorg',
    ]);
    expect(map.edges.every((e) => e.retiredEnd === 'from')).toBe(true);
    const all = (await t.call('GET', '/api/system-map')).body as typeof map;
    const lone = await named('Gammal lönefilsöverföring');
    expect(all.edges.find((e) => e.to === lone.id)!.retiredEnd).toBe('to');
    expect(all.edges.filter((e) => e.retiredEnd === null).length).toBeGreaterThan(30);
  });

  it('integrations: kept by the keepers of either system, validated, with eTags', async () => {
    const [from, to] = [await named('Skola24 Schema'), await named('Microsoft 365')];
    const body = {
      fromSystemId: from.id,
      toSystemId: to.id,
      information: 'Scheman till kalendrar',
      method: 'api',
      frequency: 'daily',
    };
    expect((await t.call('POST', '/api/integrations', { as: t.person('Ali Hassan'), body })).status).toBe(
      403,
    );
    expect((await t.call('POST', '/api/integrations', { as: t.person('Ali Hassan'), body: {} })).status).toBe(
      403,
    );
    const same = await t.call('POST', '/api/integrations', {
      as: t.person('Elin Bergqvist'),
      body: { ...body, toSystemId: from.id },
    });
    expect(same.status).toBe(400);
    const created = await t.call('POST', '/api/integrations', { as: t.person('Elin Bergqvist'), body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ownerPersonId: null, description: '' });
    // The other end's owner (FST) may change it too.
    const changed = await t.call('PATCH', `/api/integrations/${created.body.id}`, {
      as: t.person('Åsa Nordin'),
      body: { method: 'file' },
      ifMatch: created.body.etag,
    });
    expect(changed.status).toBe(200);
    expect(
      (
        await t.call('DELETE', `/api/integrations/${created.body.id}`, {
          as: t.person('Åsa Nordin'),
          ifMatch: created.body.etag,
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await t.call('DELETE', `/api/integrations/${created.body.id}`, {
          as: t.person('Lars Wikström'),
          ifMatch: changed.body.etag,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await t.call('DELETE', `/api/integrations/${created.body.id}`, {
          as: t.person('Erik Sjöberg'),
          ifMatch: changed.body.etag,
        })
      ).status,
    ).toBe(204);
  });

  it('a system with integrations cannot be deleted from its object until they are gone', async () => {
    // No products or contracts hold it: only the integration from the pupil register.
    const klara = await named('Frånvarohantering skola');
    const res = await t.call('DELETE', `/api/components/${klara.id}`, {
      as: t.person('Elin Bergqvist'),
      ifMatch: klara.etag,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/integrationer/);
    expect((await t.call('GET', `/api/systems/${klara.id}`)).status).toBe(200);
  });
});
