// App-only credentials for Graph (and, for provisioning views, SharePoint's own REST API): a client
// secret or certificate through MSAL's client-credentials flow, or a token obtained elsewhere.
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import type { GraphCredentials } from '../../config';
import type { TokenProvider } from '../graph/graphClient';

/** The scope of app-only tokens for a resource: its origin + "/.default". */
export function defaultScope(resourceUrl: string): string {
  return `${new URL(resourceUrl).origin}/.default`;
}

/** Private key and SHA-256 thumbprint from a PEM file holding the key and the certificate. */
export function readCertificate(path: string, thumbprint?: string) {
  const pem = readFileSync(path, 'utf8');
  const keyMatch =
    /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/.exec(
      pem,
    );
  if (!keyMatch) throw new Error(`${path} holds no private key (PEM, "BEGIN PRIVATE KEY")`);
  const privateKey = createPrivateKey(keyMatch[0]).export({ format: 'pem', type: 'pkcs8' }).toString();
  const certMatch = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem);
  if (thumbprint) {
    const hex = thumbprint.replace(/[^0-9a-f]/gi, '').toUpperCase();
    return hex.length === 40 ? { privateKey, thumbprint: hex } : { privateKey, thumbprintSha256: hex };
  }
  if (!certMatch)
    throw new Error(`${path} holds no certificate; add it to the file or set GRAPH_CERTIFICATE_THUMBPRINT`);
  const thumbprintSha256 = new X509Certificate(certMatch[0]).fingerprint256.replace(/:/g, '');
  return { privateKey, thumbprintSha256, x5c: certMatch[0] };
}

/** A token provider for `scope`; MSAL caches tokens and renews them before they expire. */
export function tokenProvider(credentials: GraphCredentials, scope: string): TokenProvider {
  if (credentials.kind === 'token') {
    const token = credentials.token;
    return async () => token;
  }
  const auth: Configuration['auth'] = {
    clientId: credentials.clientId,
    authority: `${credentials.authorityHost.replace(/\/+$/, '')}/${credentials.tenantId}`,
  };
  if (credentials.kind === 'secret') auth.clientSecret = credentials.clientSecret;
  else auth.clientCertificate = readCertificate(credentials.certificatePath, credentials.thumbprint);
  const app = new ConfidentialClientApplication({ auth });
  return async () => {
    const result = await app.acquireTokenByClientCredential({ scopes: [scope] });
    if (!result?.accessToken) throw new Error(`Entra ID gave no token for ${scope}`);
    return result.accessToken;
  };
}
