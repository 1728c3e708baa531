// A stand-in for login.microsoftonline.com on loopback (tenant OpenID metadata and keys), and access tokens
// for our API signed with a local key, so that AUTH=entra runs the real token checks in tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

export const ENTRA_TENANT = '11111111-2222-4333-8444-555555555555';
export const ENTRA_CLIENT_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

export interface FakeEntra {
  host: string;
  /** The environment of an app that trusts this fake. */
  env: Record<string, string>;
  /** An access token for our API for the person with this Entra object id. */
  token(oid: string, now: Date): Promise<string>;
  close(): Promise<void>;
}

export async function startFakeEntra(): Promise<FakeEntra> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'key-1', use: 'sig', alg: 'RS256' };
  let host = '';
  const server: Server = createServer((req, res) => {
    const base = `${host}/${ENTRA_TENANT}`;
    res.setHeader('Content-Type', 'application/json');
    if (req.url === `/${ENTRA_TENANT}/v2.0/.well-known/openid-configuration`)
      res.end(JSON.stringify({ issuer: `${base}/v2.0`, jwks_uri: `${base}/discovery/v2.0/keys` }));
    else if (req.url === `/${ENTRA_TENANT}/discovery/v2.0/keys`) res.end(JSON.stringify({ keys: [jwk] }));
    else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sign = (key: CryptoKey, oid: string, now: Date) => {
    const s = Math.floor(now.getTime() / 1000);
    return new SignJWT({ oid, tid: ENTRA_TENANT, scp: 'access_as_user', ver: '2.0' })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'key-1' })
      .setIssuer(`${host}/${ENTRA_TENANT}/v2.0`)
      .setAudience(ENTRA_CLIENT_ID)
      .setIssuedAt(s - 60)
      .setNotBefore(s - 60)
      .setExpirationTime(s + 3600)
      .sign(key);
  };
  return {
    host,
    env: { AUTH: 'entra', ENTRA_TENANT_ID: ENTRA_TENANT, ENTRA_CLIENT_ID, ENTRA_AUTHORITY_HOST: host },
    token: (oid, now) => sign(privateKey, oid, now),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
