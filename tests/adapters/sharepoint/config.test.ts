// STORE=sharepoint settings: complete ones are accepted, missing ones stop the start with what is missing.
import { ConfigError, loadConfig, requireSharePoint } from '../../../src/config';
import { openStore } from '../../../src/adapters/storeFactory';
import { jsonLogger } from '../../../src/adapters/logging/jsonLogger';
import { startFakeSharePoint } from '../../support/fakeGraph';

const SITE = 'contoso.sharepoint.com,1,2';

it('STORE=sharepoint without site and credentials stops with a clear message', () => {
  expect(() => loadConfig({ STORE: 'sharepoint' })).toThrow(ConfigError);
  expect(() => loadConfig({ STORE: 'sharepoint' })).toThrow(
    /STORE=sharepoint needs\n {2}SHAREPOINT_SITE_ID .*\n {2}credentials: GRAPH_ACCESS_TOKEN, or ENTRA_TENANT_ID/,
  );
  expect(() => loadConfig({ STORE: 'sharepoint', SHAREPOINT_SITE_ID: SITE, GRAPH_CLIENT_ID: 'app' })).toThrow(
    /ENTRA_TENANT_ID[\s\S]*GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_PATH/,
  );
  expect(() =>
    loadConfig({
      STORE: 'sharepoint',
      SHAREPOINT_SITE_ID: SITE,
      ENTRA_TENANT_ID: 't',
      GRAPH_CLIENT_ID: 'app',
      GRAPH_CLIENT_SECRET: 's',
      GRAPH_CERTIFICATE_PATH: '/x.pem',
    }),
  ).toThrow(/only one of GRAPH_CLIENT_SECRET and GRAPH_CERTIFICATE_PATH/);
  expect(() => loadConfig({ STORE: 'sharepoint', GRAPH_BASE_URL: 'not a url' })).toThrow(/GRAPH_BASE_URL/);
});

it('reads token, secret and certificate credentials; the default Graph base URL is v1.0 of the global cloud', () => {
  const token = loadConfig({ STORE: 'sharepoint', SHAREPOINT_SITE_ID: SITE, GRAPH_ACCESS_TOKEN: 'tok' });
  expect(token.store).toBe('sharepoint');
  expect(token.sharepoint).toEqual({
    graphBaseUrl: 'https://graph.microsoft.com/v1.0',
    siteId: SITE,
    credentials: { kind: 'token', token: 'tok' },
    sharePointToken: undefined,
  });
  const secret = loadConfig({
    SHAREPOINT_SITE_ID: SITE,
    ENTRA_TENANT_ID: 'tenant',
    GRAPH_CLIENT_ID: 'app',
    GRAPH_CLIENT_SECRET: 's',
    GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0/',
  });
  expect(secret.store).toBe('sqlite');
  expect(secret.sharepoint?.graphBaseUrl).toBe('https://graph.microsoft.us/v1.0');
  expect(secret.sharepoint?.credentials).toEqual({
    kind: 'secret',
    tenantId: 'tenant',
    clientId: 'app',
    clientSecret: 's',
    authorityHost: 'https://login.microsoftonline.com',
  });
  const cert = loadConfig({
    SHAREPOINT_SITE_ID: SITE,
    ENTRA_TENANT_ID: 'tenant',
    GRAPH_CLIENT_ID: 'app',
    GRAPH_CERTIFICATE_PATH: '/etc/objektnav/app.pem',
  });
  expect(cert.sharepoint?.credentials).toMatchObject({
    kind: 'certificate',
    certificatePath: '/etc/objektnav/app.pem',
  });
  expect(() => requireSharePoint(loadConfig({}))).toThrow(/SharePoint is not configured/);
});

it('the store factory opens the SharePoint adapter when STORE=sharepoint', async () => {
  const site = await startFakeSharePoint();
  const store = await openStore(loadConfig(site.env), { now: () => new Date() }, jsonLogger('silent'));
  expect(store.kind).toBe('sharepoint');
  expect(await store.isEmpty()).toBe(true);
  await store.close();
  await site.close();
});
