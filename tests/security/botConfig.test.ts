// Fail closed by configuration (issue 12, finding 1): outside the demo the bot needs credentials, or
// the Teams SDK accepts unsigned activities and an owner's object id approves a plan in their name; the
// demo's trust-anyone header stays on loopback unless someone says otherwise; the Bot Connector
// allow-list can only be widened to what the mode can vouch for.
import { ConfigError, loadConfig } from '../../src/config';
import type { Logger } from '../../src/services/ports/logger';
import { MICROSOFT_BOT_CONNECTORS, serviceUrlPolicy } from '../../src/adapters/bot/serviceUrls';
import { startTestApp } from '../support/testApp';

const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const BOT_ID = 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff';
const base = { DATA_DIR: '/tmp/x' };
const entra = { ...base, AUTH: 'entra', ENTRA_TENANT_ID: TENANT, ENTRA_CLIENT_ID: CLIENT_ID };

function problem(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${JSON.stringify(env)}`);
}

describe('AUTH=entra needs bot credentials', () => {
  it('refuses to start without them, naming what is missing in one line', () => {
    const message = problem(entra);
    expect(message).not.toContain('\n');
    expect(message).toMatch(
      /AUTH=entra needs bot credentials: BOT_ID with BOT_PASSWORD or BOT_MANAGED_IDENTITY/,
    );
  });

  it('so an unsigned card action can never meet an SDK that accepts it: the server does not start', async () => {
    await expect(
      startTestApp({ env: { AUTH: 'entra', ENTRA_TENANT_ID: TENANT, ENTRA_CLIENT_ID: CLIENT_ID } }),
    ).rejects.toThrow(/BOT_ID/);
  });

  it('starts with a client secret, or a managed identity, and answers only Microsoft’s connectors by default', () => {
    const secret = loadConfig({ ...entra, BOT_ID, BOT_PASSWORD: 's' }).bot;
    expect(secret.credentials).toEqual({ kind: 'secret', clientId: BOT_ID, clientSecret: 's' });
    expect(secret.serviceUrls).toEqual([...MICROSOFT_BOT_CONNECTORS]);
    expect(loadConfig({ ...entra, BOT_ID, BOT_MANAGED_IDENTITY: 'system' }).bot.credentials).toEqual({
      kind: 'managedIdentity',
      clientId: BOT_ID,
      managedIdentityClientId: 'system',
    });
    expect(
      loadConfig({ ...entra, BOT_ID, BOT_MANAGED_IDENTITY: BOT_ID, BOT_TENANT_ID: TENANT }).bot.credentials,
    ).toMatchObject({
      kind: 'managedIdentity',
      tenantId: TENANT,
    });
  });

  it.each([
    [{ BOT_ID }, /BOT_PASSWORD or BOT_MANAGED_IDENTITY/],
    [{ BOT_PASSWORD: 's' }, /BOT_ID/],
    [{ BOT_ID, BOT_PASSWORD: 's', BOT_MANAGED_IDENTITY: 'system' }, /only one of/],
    [{ BOT_ID: 'objektnav-bot', BOT_PASSWORD: 's' }, /BOT_ID must be a GUID/],
    [{ BOT_ID, BOT_MANAGED_IDENTITY: 'min-identitet' }, /'system' or a managed identity/],
  ])('half a credential is refused in any mode: %o', (env, expected) => {
    expect(problem({ ...base, ...env })).toMatch(expected);
    expect(problem({ ...entra, ...env })).toMatch(expected);
  });
});

describe('demo mode on the network', () => {
  it('is refused unless ALLOW_DEMO_ON_NETWORK=true', () => {
    for (const HOST of ['0.0.0.0', '::', '192.168.1.20', 'objektnav.example.se'])
      expect(problem({ ...base, HOST })).toMatch(/ALLOW_DEMO_ON_NETWORK=true/);
    for (const HOST of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2'])
      expect(loadConfig({ ...base, HOST }).demoOnNetwork).toBe(false);
    expect(loadConfig({ ...entra, BOT_ID, BOT_PASSWORD: 's', HOST: '0.0.0.0' }).demoOnNetwork).toBe(false);
  });

  it('allowed explicitly, it warns on every start', async () => {
    const warnings: string[] = [];
    const logger: Logger = {
      log: (level, message) => void (level === 'warn' && warnings.push(message)),
      enabled: () => true,
    };
    for (let start = 0; start < 2; start++) {
      const t = await startTestApp({ env: { HOST: '0.0.0.0', ALLOW_DEMO_ON_NETWORK: 'true' }, logger });
      await t.stop();
    }
    expect(warnings.filter((w) => w.startsWith('demo mode on a network interface'))).toHaveLength(2);
  });
});

describe('BOT_SERVICE_URLS', () => {
  it('without credentials: exactly http://127.0.0.1:<port> or http://localhost:<port>', () => {
    expect(loadConfig(base).bot.serviceUrls).toEqual(['http://127.0.0.1:56150', 'http://localhost:56150']);
    expect(
      loadConfig({ ...base, BOT_SERVICE_URLS: 'http://127.0.0.1:3979, http://localhost:3979/' }).bot
        .serviceUrls,
    ).toEqual(['http://127.0.0.1:3979', 'http://localhost:3979/']);
    for (const entry of [
      'https://smba.trafficmanager.net',
      'http://127.0.0.2:3979',
      'http://[::1]:3979',
      'http://0.0.0.0:3979',
      'https://127.0.0.1:3979',
      'http://*.localhost:3979',
    ])
      expect(problem({ ...base, BOT_SERVICE_URLS: entry })).toMatch(
        /BOT_SERVICE_URLS: .*(needs bot credentials|scheme:\/\/host)/,
      );
  });

  it('with credentials: https hosts or domains, http only on loopback', () => {
    const creds = { ...base, BOT_ID, BOT_PASSWORD: 's' };
    expect(
      loadConfig({ ...creds, BOT_SERVICE_URLS: 'https://smba.trafficmanager.net,https://*.example.com' }).bot
        .serviceUrls,
    ).toEqual(['https://smba.trafficmanager.net', 'https://*.example.com']);
    expect(problem({ ...creds, BOT_SERVICE_URLS: 'http://smba.example.com' })).toMatch(/must use https/);
  });

  it.each([
    'http://user:password@127.0.0.1:3979',
    'http://127.0.0.1:3979/path',
    'http://127.0.0.1:3979?x=1',
    'http://127.0.0.1:3979#x',
    'http://127.0.0.1:99999',
    'ftp://127.0.0.1:21',
    'javascript:alert(1)',
    'http://127.0.0.1:3979\\@evil.example',
    'http://ex%61mple.com',
  ])('a malformed entry stops the start: %s', (entry) => {
    expect(problem({ ...base, BOT_ID, BOT_PASSWORD: 's', BOT_SERVICE_URLS: entry })).toMatch(
      /BOT_SERVICE_URLS/,
    );
  });
});

describe('the default allow-lists', () => {
  const demo = serviceUrlPolicy(loadConfig(base).bot.serviceUrls);
  const production = serviceUrlPolicy(loadConfig({ ...entra, BOT_ID, BOT_PASSWORD: 's' }).bot.serviceUrls);

  it('the demo answers Agents Playground (its connector at localhost:56150/_connector) and nothing else', () => {
    expect(demo.refusal('http://localhost:56150/_connector')).toBeNull();
    expect(demo.refusal('http://127.0.0.1:56150/')).toBeNull();
    expect(demo.refusal('http://localhost:3978/_connector')).not.toBeNull();
    expect(demo.refusal('https://smba.trafficmanager.net/emea/')).not.toBeNull();
  });

  it.each([
    'https://smba.trafficmanager.net/emea/',
    'https://smba.trafficmanager.net/amer/72f988bf-86f1-41af-91ab-2d7cd011db47/',
    'https://smba.trafficmanager.net/teams',
    'https://smba.infra.gcc.teams.microsoft.com/teams',
    'https://smba.infra.gov.teams.microsoft.us/teams',
    'https://smba.infra.dod.teams.microsoft.us/teams',
    'https://smba.teams.microsoftonline.cn/teams/',
  ])('production answers Microsoft’s connector %s', (url) => {
    expect(production.refusal(url)).toBeNull();
  });

  it.each([
    'https://smba.trafficmanager.net.evil.example/',
    'https://evil-smba.trafficmanager.net/',
    'https://teams.microsoftonline.cn/',
    'https://evilteams.microsoftonline.cn/',
    'http://smba.trafficmanager.net/emea/',
    'https://smba.trafficmanager.net:8443/emea/',
    'https://user@smba.trafficmanager.net/emea/',
    'https://smba.trafficmanager.net/emea/?x=1',
    'https://smba.trafficmanager.net/emea/%2e%2e/',
    'https://smba.trafficmanager.net/emea/../',
    'https://smba.trafficmanager.net//evil.example/',
    'https://smba.trafficmanager.net/emea//x',
    'http://localhost:56150/_connector',
  ])('production refuses %s', (url) => {
    expect(production.refusal(url)).not.toBeNull();
  });
});
