// The commands as an administrator runs them: provision twice, export the pilot, import it elsewhere.
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCertificate } from '../../../src/adapters/sharepoint/auth';
import { exportCommand, importCommand, provisionCommand } from '../../../src/cli/commands';
import { openSqliteStore } from '../../../src/adapters/sqlite/sqliteStore';
import { loadDemoData } from '../../../src/demo/seed';
import { assertNoUnhandled, startFakeSharePoint, type FakeSharePoint } from '../../support/fakeGraph';
import { tempDir } from '../../support/tempDir';

let site: FakeSharePoint;
let dir: ReturnType<typeof tempDir>;
beforeEach(async () => {
  site = await startFakeSharePoint({ provision: false });
  dir = tempDir();
});
afterEach(async () => {
  await site.close();
  dir.cleanup();
  assertNoUnhandled(site.fake);
});

it('provision, export and import print progress and a summary', async () => {
  const out: string[] = [];
  const say = (l: string) => out.push(l);
  const env = { ...site.env, SHAREPOINT_ACCESS_TOKEN: site.fake.sharePointToken };
  expect(await provisionCommand(env, say)).toBe(0);
  expect(out).toContain('+ list "Objektnav Objects" created');
  expect(out).toContain('    + column OknCode (text, indexed)');
  expect(out).toContain('+ view "Objektnav" (default) in "Objektnav Objects"');
  out.length = 0;
  expect(await provisionCommand(env, say)).toBe(0);
  expect(out[out.length - 1]).toBe(
    'Done: nothing to change — the site already has every list, column, index and view.',
  );

  const pilotDir = join(dir.path, 'pilot');
  const pilot = openSqliteStore({ path: join(pilotDir, 'objektnav.db') });
  const loaded = await loadDemoData(pilot);
  await pilot.close();
  out.length = 0;
  const exported = await exportCommand({ ...env, DATA_DIR: pilotDir }, say);
  expect(exported.counts.objects).toBe(loaded.objects);
  expect(out.join('\n')).toMatch(/Moved:\n {2}lineOrganisations +\d+\n/);

  const prodDir = join(dir.path, 'copy');
  const imported = await importCommand({ ...env, DATA_DIR: prodDir }, say);
  expect(imported.counts).toEqual(exported.counts);
  await expect(exportCommand({ ...env, DATA_DIR: join(dir.path, 'none') }, say)).rejects.toThrow(
    /No embedded store/,
  );
  await expect(provisionCommand({ DATA_DIR: dir.path }, say)).rejects.toThrow(/SharePoint is not configured/);
});

it('reads a certificate credential: the private key and the SHA-256 thumbprint of the certificate', () => {
  const pem = join(dir.path, 'app.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=objektnav-test',
      '-days',
      '2',
      '-keyout',
      join(dir.path, 'key.pem'),
      '-out',
      join(dir.path, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const cert = readFileSync(join(dir.path, 'cert.pem'), 'utf8');
  writeFileSync(pem, readFileSync(join(dir.path, 'key.pem'), 'utf8') + cert);
  const read = readCertificate(pem);
  expect(read.privateKey).toContain('BEGIN PRIVATE KEY');
  const der = new X509Certificate(cert).raw;
  expect(read.thumbprintSha256).toBe(createHash('sha256').update(der).digest('hex').toUpperCase());
  expect(readCertificate(pem, `AB:CD:${'00'.repeat(18)}`)).toMatchObject({
    thumbprint: expect.any(String),
  });
  writeFileSync(pem, cert);
  expect(() => readCertificate(pem)).toThrow(/no private key/);
});
