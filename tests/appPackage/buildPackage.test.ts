// `npm run package` produces a flat zip whose manifest passes the official schema, offline.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { buildAppPackage, fillTemplate, PackageError, parseEnvFile } from '../../src/appPackage/buildPackage';
import { PNG } from 'pngjs';
import { projectRoot } from '../../src/paths';

const env = {
  APP_VERSION: '1.2.3',
  TEAMS_APP_ID: '3f1b6c1e-6a52-4a8e-9d2f-0b7e4c2a9d11',
  BOT_ID: '7d3e2f10-5c4b-4e8a-b1f2-9a6c0d4e8b22',
  ENTRA_CLIENT_ID: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  PUBLIC_URL: 'https://objektnav.kommun.example/',
  DEVELOPER_NAME: 'Exempels kommun',
};

describe('the Teams app package', () => {
  let files: JSZip;
  let manifest: any;

  beforeAll(async () => {
    const pkg = await buildAppPackage(env);
    expect(pkg.fileName).toBe('objektnav-1.2.3.zip');
    files = await JSZip.loadAsync(pkg.zip);
    manifest = JSON.parse(await files.file('manifest.json')!.async('string'));
  });

  it('is flat: manifest, icons and the English strings', () => {
    expect(Object.keys(files.files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
  });

  it('passes the official schema offline', async () => {
    expect(manifest.$schema).toContain('/v1.25/MicrosoftTeams.schema.json');
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
  });

  it('carries the settings: ids, URLs, domain, webApplicationInfo', () => {
    expect(manifest).toMatchObject({
      id: env.TEAMS_APP_ID,
      version: '1.2.3',
      validDomains: ['objektnav.kommun.example'],
      webApplicationInfo: {
        id: env.ENTRA_CLIENT_ID,
        resource: `api://objektnav.kommun.example/${env.ENTRA_CLIENT_ID}`,
      },
    });
    expect(manifest.configurableTabs[0]).toMatchObject({
      configurationUrl: 'https://objektnav.kommun.example/tab/config',
      scopes: ['team', 'groupChat'],
    });
    // Issue 19: the same tab in a forum's Teams meeting — its chat, its details before and after, and the
    // side panel during it, where the secretary keeps the minutes (/tab/meeting resolves which meeting).
    expect(manifest.configurableTabs[0].context).toEqual(
      expect.arrayContaining(['channelTab', 'meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel']),
    );
    expect(manifest.configurableTabs[0].meetingSurfaces).toEqual(['sidePanel']);
    // "Mitt arbete" replaced the personal portfolio tab; the portfolio is a section of it for PSG.
    expect(manifest.staticTabs[0]).toMatchObject({
      entityId: 'mywork',
      name: 'Mitt arbete',
      contentUrl: 'https://objektnav.kommun.example/tab/me',
      websiteUrl: 'https://objektnav.kommun.example/tab/me',
      scopes: ['personal'],
    });
    expect(manifest.bots[0]).toMatchObject({ botId: env.BOT_ID, scopes: ['team', 'personal', 'groupChat'] });
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });

  it('is Swedish by default with English localisation', async () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'sv-se',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    const en = JSON.parse(await files.file('en.json')!.async('string'));
    expect(en['name.short']).toBe('Objektnav');
    expect(en['staticTabs[0].name']).toBe('My work');
  });

  it('has a 192×192 colour icon and a 32×32 outline icon with transparency', async () => {
    const color = await files.file('color.png')!.async('nodebuffer');
    const outline = await files.file('outline.png')!.async('nodebuffer');
    const c = PNG.sync.read(color);
    const o = PNG.sync.read(outline);
    expect([c.width, c.height]).toEqual([192, 192]);
    expect([o.width, o.height]).toEqual([32, 32]);
    expect(outline[25]).toBe(6); // colour type RGBA
    // Transparent outside the mark (corner), opaque white on the needle's centre.
    expect(o.data[3]).toBe(0);
    const centre = (16 * 32 + 16) * 4;
    expect([...o.data.subarray(centre, centre + 4)]).toEqual([255, 255, 255, 255]);
  });

  it('refuses bad settings with a message naming each one', async () => {
    await expect(
      buildAppPackage({ ...env, TEAMS_APP_ID: 'not-a-guid', PUBLIC_URL: 'http://insecure.example' }),
    ).rejects.toThrow(/TEAMS_APP_ID must be a GUID[\s\S]*PUBLIC_URL must be the https address/);
    await expect(buildAppPackage({ ...env, BOT_ID: undefined })).rejects.toBeInstanceOf(PackageError);
  });

  it('the schema check is real: a broken manifest is reported', async () => {
    const broken = { ...manifest, accentColor: 'blue', bots: [{ botId: 'x' }] };
    expect((await AppManifestUtils.validateAgainstSchema(broken)).length).toBeGreaterThan(0);
  });

  it('fills every placeholder or fails', () => {
    expect(fillTemplate('{"a":"${{X}}"}', { X: 'say "hi"' })).toBe('{"a":"say \\"hi\\""}');
    expect(() => fillTemplate('${{MISSING}}', {})).toThrow('needs MISSING');
  });

  it('reads the Agents Toolkit env files', () => {
    expect(parseEnvFile('# comment\nA=1\nB="two"\n\nC = three ')).toEqual({ A: '1', B: 'two', C: 'three' });
  });

  it('npm run package writes the zip into appPackage/', () => {
    const output = execFileSync('node', [join(projectRoot, 'dist/src/appPackage/cli.js')], {
      env: { ...process.env, ...env, ENV: 'local' },
      encoding: 'utf8',
    });
    expect(output).toContain('appPackage/objektnav-1.2.3.zip');
    expect(readFileSync(join(projectRoot, 'appPackage', 'objektnav-1.2.3.zip')).length).toBeGreaterThan(1000);
  });
});
