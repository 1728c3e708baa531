// The app package's message extension and Copilot parts (issue 19): the compose extension with its
// search command and link domain in the manifest, and — with the OAuth registration's id — the
// declarative agent, its API plugin and the plugin's OpenAPI description, each validated offline against
// its published schema (vendored in manifest/schemas/).
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { buildAppPackage } from '../../src/appPackage/buildPackage';
import { COPILOT_FUNCTIONS, COPILOT_SPEC_FILE, validateCopilotFiles } from '../../src/appPackage/copilot';
import { startTestApp, type TestApp } from '../support/testApp';

const env = {
  APP_VERSION: '1.2.3',
  TEAMS_APP_ID: '3f1b6c1e-6a52-4a8e-9d2f-0b7e4c2a9d11',
  BOT_ID: '7d3e2f10-5c4b-4e8a-b1f2-9a6c0d4e8b22',
  ENTRA_CLIENT_ID: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  PUBLIC_URL: 'https://objektnav.kommun.example/',
  DEVELOPER_NAME: 'Exempels kommun',
};

// Building validates against the Teams schema (several seconds on a busy machine): each package once.
const built = new Map<string, ReturnType<typeof build>>();
const unzip = (extra: Record<string, string> = {}) => {
  const key = JSON.stringify(extra);
  if (!built.has(key)) built.set(key, build(extra));
  return built.get(key)!;
};

async function build(extra: Record<string, string>) {
  const pkg = await buildAppPackage({ ...env, ...extra });
  const zip = await JSZip.loadAsync(pkg.zip);
  const json = async (name: string) => JSON.parse(await zip.file(name)!.async('string'));
  return { pkg, zip, json, manifest: await json('manifest.json') };
}

describe('the message extension in the manifest', () => {
  it("has a search command for compose box, command box and a message's menu, on the bot, and unfurls the app's domain", async () => {
    const { manifest, json } = await unzip();
    expect(manifest.composeExtensions).toEqual([
      {
        botId: env.BOT_ID,
        commands: [
          expect.objectContaining({
            id: 'searchObjektnav',
            type: 'query',
            title: 'Sök i Objektnav',
            initialRun: true,
            context: ['compose', 'commandBox'],
            parameters: [expect.objectContaining({ name: 'query', inputType: 'text' })],
          }),
          // The message's "…" menu shows action commands: the same search, on what the message names.
          expect.objectContaining({
            id: 'shareFromMessage',
            type: 'action',
            context: ['message'],
            fetchTask: false,
            parameters: [expect.objectContaining({ name: 'query', inputType: 'text' })],
          }),
        ],
        messageHandlers: [{ type: 'link', value: { domains: ['objektnav.kommun.example'] } }],
      },
    ]);
    const en = await json('en.json');
    expect(en['composeExtensions[0].commands[0].title']).toBe('Search Objektnav');
    expect(en['composeExtensions[0].commands[1].title']).toBe('Share from Objektnav');
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
  });
});

describe('Copilot in the app package', () => {
  it('is left out, and the package still valid, without the OAuth registration id', async () => {
    const { pkg, zip, manifest } = await unzip();
    expect(pkg.copilot).toBe(false);
    expect(manifest.copilotAgents).toBeUndefined();
    expect(zip.file('declarativeAgent.json')).toBeNull();
  });

  it('with it: the agent, the plugin and its OpenAPI description, valid against their published schemas', async () => {
    const { pkg, zip, manifest, json } = await unzip({ COPILOT_OAUTH_REFERENCE_ID: 'objektnav-oauth' });
    expect(pkg.copilot).toBe(true);
    expect(
      Object.keys(zip.files)
        .filter((f) => !f.endsWith('/'))
        .sort(),
    ).toEqual(
      [
        'ai-plugin.json',
        COPILOT_SPEC_FILE,
        'color.png',
        'declarativeAgent.json',
        'en.json',
        'manifest.json',
        'outline.png',
      ].sort(),
    );
    expect(manifest.copilotAgents).toEqual({
      declarativeAgents: [{ id: 'objektnavAgent', file: 'declarativeAgent.json' }],
    });
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
    const agent = await json('declarativeAgent.json');
    const plugin = await json('ai-plugin.json');
    expect(await validateCopilotFiles(agent, plugin)).toEqual([]);
    expect(agent.actions).toEqual([{ id: 'objektnavPlugin', file: 'ai-plugin.json' }]);
    expect(agent.conversation_starters.map((c: any) => c.text)).toEqual([
      'Vilka avtal måste sägas upp detta kvartal?',
      'Vilka planer är sena?',
      'Vad beslutade PSG i september?',
      'Vem är objektägare för AKN?',
    ]);
    // OAuth through the registration the Developer Portal gave; the spec signs in with the tab's app.
    expect(plugin.runtimes).toEqual([
      expect.objectContaining({
        type: 'OpenApi',
        auth: { type: 'OAuthPluginVault', reference_id: 'objektnav-oauth' },
        spec: expect.objectContaining({ url: COPILOT_SPEC_FILE }),
        run_for_functions: [...COPILOT_FUNCTIONS],
      }),
    ]);
    const spec = await json(COPILOT_SPEC_FILE);
    expect(spec.openapi).toBe('3.0.3');
    expect(spec.servers).toEqual([{ url: 'https://objektnav.kommun.example' }]);
    const scope = `api://objektnav.kommun.example/${env.ENTRA_CLIENT_ID}/access_as_user`;
    expect(spec.security).toEqual([{ entra: [scope] }]);
    expect(spec.components.securitySchemes.entra.flows.authorizationCode).toMatchObject({
      authorizationUrl: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize',
      scopes: { [scope]: expect.any(String) },
    });
    // Descriptions in Swedish and English for every function; nothing left unfilled.
    for (const f of plugin.functions) expect(f.description).toMatch(/ \/ [A-Z]/);
    expect(JSON.stringify([agent, plugin, spec])).not.toContain('${{');
  });

  it('the schema checks are real: a broken agent or plugin is reported', async () => {
    const { json } = await unzip({ COPILOT_OAUTH_REFERENCE_ID: 'objektnav-oauth' });
    const agent = await json('declarativeAgent.json');
    const plugin = await json('ai-plugin.json');
    const errors = await validateCopilotFiles(
      { ...agent, version: 'v9', conversation_starters: [] },
      {
        ...plugin,
        namespace: 'not valid!',
        runtimes: [{ type: 'OpenApi', auth: { type: 'OAuthPluginVault' } }],
      },
    );
    expect(errors.some((e) => e.startsWith('declarativeAgent.json'))).toBe(true);
    expect(errors.some((e) => e.startsWith('ai-plugin.json'))).toBe(true);
  });
});

describe("the plugin's operations are the API's", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('each function is an operation of /api/openapi.json at the same path, and a read', async () => {
    const { json } = await unzip({ COPILOT_OAUTH_REFERENCE_ID: 'objektnav-oauth' });
    const spec = await json(COPILOT_SPEC_FILE);
    const served = (await t.call('GET', '/api/openapi.json')).body;
    for (const name of COPILOT_FUNCTIONS) {
      const [path, ops] = Object.entries(spec.paths as Record<string, any>).find(
        ([, o]) => o.get?.operationId === name,
      )!;
      expect(Object.keys(ops)).toEqual(['get']);
      expect(served.paths[path].get.operationId).toBe(name);
      const names = (p: any[]) => p.map((x) => x.name).sort();
      expect(names(ops.get.parameters)).toEqual(names(served.paths[path].get.parameters));
    }
  });
});
