// From configuration to a connected Graph client, SharePoint store, or SharePoint REST token.
import type { SharePointConfig } from '../../config';
import type { Logger } from '../../services/ports/logger';
import { defaultScope, tokenProvider } from './auth';
import { GraphClient, type TokenProvider } from '../graph/graphClient';
import { openSharePointStore, type SharePointStore } from './sharepointStore';

/** `retryBudgetMs`: the server's bound on waiting for throttling; the commands wait as long as Graph asks. */
export function graphClientFor(settings: SharePointConfig, retryBudgetMs?: number): GraphClient {
  return new GraphClient({
    baseUrl: settings.graphBaseUrl,
    token: tokenProvider(settings.credentials, defaultScope(settings.graphBaseUrl)),
    retryBudgetMs,
  });
}

export function openSharePointStoreFor(
  settings: SharePointConfig,
  logger?: Logger,
  retryBudgetMs?: number,
): Promise<SharePointStore> {
  return openSharePointStore({
    graph: graphClientFor(settings, retryBudgetMs),
    siteId: settings.siteId,
    logger,
  });
}

/**
 * A token for SharePoint's own REST API on the site (list views): SHAREPOINT_ACCESS_TOKEN, or one from
 * the certificate. SharePoint refuses app-only tokens obtained with a client secret.
 */
export function sharePointTokenFor(
  settings: SharePointConfig,
  webUrl: string,
): { token?: TokenProvider; reason?: string } {
  if (settings.sharePointToken) {
    const token = settings.sharePointToken;
    return { token: async () => token };
  }
  if (settings.credentials.kind === 'certificate')
    return { token: tokenProvider(settings.credentials, defaultScope(webUrl)) };
  return {
    reason:
      settings.credentials.kind === 'secret'
        ? 'SharePoint REST refuses app-only tokens from a client secret; use GRAPH_CERTIFICATE_PATH or SHAREPOINT_ACCESS_TOKEN'
        : 'set SHAREPOINT_ACCESS_TOKEN (a token for the SharePoint site) to create the views',
  };
}
