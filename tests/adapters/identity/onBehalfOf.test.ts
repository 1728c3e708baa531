// On-Behalf-Of against a fake Entra token endpoint: MSAL for Node does the real exchange (form post,
// response parsing); only its HTTP goes to a local server instead of login.microsoftonline.com.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INetworkModule, NetworkResponse } from '@azure/msal-node';
import { onBehalfOf } from '../../../src/adapters/identity/onBehalfOf';
import { translate } from '../../../src/i18n/messages';
import { AppError } from '../../../src/services/errors';
import type { DelegatedTokenPort } from '../../../src/services/ports/delegatedToken';

const TENANT = '11111111-2222-4333-8444-555555555555';
const AUTHORITY_HOST = 'https://login.microsoftonline.com';
const GRAPH = ['https://graph.microsoft.com/Calendars.ReadWrite'];

type Mode = 'ok' | 'consent' | 'expired';
let mode: Mode = 'ok';
const requests: URLSearchParams[] = [];
let issued = 0;
let server: Server;
let base = '';

/** MSAL's HTTP, rewritten from the real host to the local fake. */
const networkClient: INetworkModule = {
  async sendGetRequestAsync<T>(url: string, options?: { headers?: Record<string, string> }) {
    return send<T>('GET', url, options);
  },
  async sendPostRequestAsync<T>(url: string, options?: { headers?: Record<string, string>; body?: string }) {
    return send<T>('POST', url, options);
  },
};

async function send<T>(
  method: string,
  url: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<NetworkResponse<T>> {
  const local = url.replace(AUTHORITY_HOST, base);
  const res = await fetch(local, { method, headers: options.headers, body: options.body });
  return {
    status: res.status,
    headers: Object.fromEntries(res.headers.entries()),
    body: (await res.json()) as T,
  };
}

function json(res: import('node:http').ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.method === 'GET' && req.url?.startsWith(`/${TENANT}/v2.0/.well-known/openid-configuration`)) {
      const t = `${AUTHORITY_HOST}/${TENANT}`;
      return json(res, 200, {
        issuer: `${t}/v2.0`,
        token_endpoint: `${t}/oauth2/v2.0/token`,
        authorization_endpoint: `${t}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${t}/oauth2/v2.0/logout`,
        jwks_uri: `${t}/discovery/v2.0/keys`,
      });
    }
    if (req.method === 'POST' && req.url?.startsWith(`/${TENANT}/oauth2/v2.0/token`)) {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        requests.push(form);
        if (mode === 'consent')
          return json(res, 400, {
            error: 'invalid_grant',
            error_description:
              "AADSTS65001: The user or administrator has not consented to use the application with ID 'x'.",
            error_codes: [65001],
            suberror: 'consent_required',
          });
        if (mode === 'expired')
          return json(res, 400, {
            error: 'invalid_grant',
            error_description: 'AADSTS700082: The refresh token has expired due to inactivity.',
            error_codes: [700082],
          });
        issued++;
        return json(res, 200, {
          token_type: 'Bearer',
          scope: GRAPH.join(' '),
          expires_in: 3600,
          ext_expires_in: 3600,
          access_token: `graph-token-${issued}`,
        });
      });
      return;
    }
    json(res, 404, { error: 'not_found', url: req.url });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

let clock = Date.parse('2026-11-23T10:00:00Z');
const logged: string[] = [];
function port(): DelegatedTokenPort {
  return onBehalfOf({
    clientId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
    clientSecret: 'hemligt-värde',
    tenantId: TENANT,
    authorityHost: AUTHORITY_HOST,
    logger: { log: (_l, m, f) => logged.push(JSON.stringify({ m, ...f })), enabled: () => true },
    now: () => clock,
    networkClient,
  });
}

beforeEach(() => {
  mode = 'ok';
  requests.length = 0;
});

it('exchanges the user token for a Graph token, and caches it per person', async () => {
  const obo = port();
  const anna = { oid: 'oid-anna', assertion: 'anna-api-token' };
  expect(await obo.tokenFor(anna, GRAPH)).toBe(`graph-token-${issued}`);
  const first = requests[0]!;
  expect(first.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
  expect(first.get('requested_token_use')).toBe('on_behalf_of');
  expect(first.get('assertion')).toBe('anna-api-token');
  expect(first.get('scope')).toContain('https://graph.microsoft.com/Calendars.ReadWrite');
  // Again for Anna: from the cache. Bo gets his own.
  const annas = await obo.tokenFor(anna, GRAPH);
  expect(requests).toHaveLength(1);
  const bos = await obo.tokenFor({ oid: 'oid-bo', assertion: 'bo-api-token' }, GRAPH);
  expect(bos).not.toBe(annas);
  expect(requests).toHaveLength(2);
  // Near expiry (within five minutes) the token is renewed.
  clock += 56 * 60 * 1000;
  expect(await obo.tokenFor(anna, GRAPH)).not.toBe(annas);
  expect(requests).toHaveLength(3);
});

it('consent missing (AADSTS65001) → 403 with a clear Swedish message', async () => {
  mode = 'consent';
  const error = await port()
    .tokenFor({ oid: 'oid-cecilia', assertion: 'c' }, GRAPH)
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ kind: 'forbidden', key: 'error.consentRequired' });
  expect((error as AppError).params['scopes']).toContain('Calendars.ReadWrite');
  expect(translate('sv', (error as AppError).key, (error as AppError).params)).toBe(
    'Objektnav har inte fått godkännande att använda https://graph.microsoft.com/Calendars.ReadWrite för din räkning. Be en administratör att ge organisationens godkännande (admin consent) för appen.',
  );
});

it('expired sign-in (AADSTS700082) → 401 asking to sign in again; nothing is cached', async () => {
  mode = 'expired';
  const obo = port();
  const user = { oid: 'oid-david', assertion: 'd' };
  await expect(obo.tokenFor(user, GRAPH)).rejects.toMatchObject({
    kind: 'unauthenticated',
    key: 'error.delegationExpired',
  });
  mode = 'ok';
  expect(await obo.tokenFor(user, GRAPH)).toMatch(/^graph-token-/);
});

it('logs the AADSTS codes, never tokens or the secret', () => {
  const all = logged.join('\n');
  expect(all).toContain('65001');
  expect(all).not.toMatch(/api-token|hemligt|graph-token/);
});
