// Where an item opens: the object's channel tab inside Teams (a deep link with a sub-entity id), or the
// tab's own address in a browser. Pure functions, shared by the server (cards, "Mitt arbete") and the tab.

export type ObjectView = 'overview' | 'plan' | 'initiatives' | 'contracts' | 'meetings';

export interface TabTarget {
  /** Null for forums without an object (PSG, OLF): those open the personal tab's portfolio. */
  objectId: string | null;
  view: ObjectView;
  /** Extra state of the view (year, initiative, meeting), carried as the sub-entity id inside Teams. */
  params: Record<string, string>;
}

/** The channel tab's entity id, as the configuration page saves it. */
export function channelTabEntityId(objectId: string): string {
  return `objektnav-${objectId}`;
}

/** The sub-entity id: the view and its state as a query string, so the tab reads it back like its URL. */
export function subEntityIdOf(target: Pick<TabTarget, 'view' | 'params'>): string {
  return new URLSearchParams({ view: target.view, ...target.params }).toString();
}

/** The tab's path in a browser, e.g. /tab/objects/{id}?view=plan&year=2027. */
export function tabPath(target: TabTarget): string {
  if (!target.objectId) return '/tab/portfolio';
  return `/tab/objects/${encodeURIComponent(target.objectId)}?${subEntityIdOf(target)}`;
}

/**
 * A deep link to the object's channel tab (Teams: https://teams.microsoft.com/l/entity/{appId}/{entityId}
 * with context {"subEntityId","channelId"}). Null when the app id or the object's channel is not known:
 * then the caller uses the tab URL.
 */
export function channelTabDeepLink(options: {
  appId: string | undefined | null;
  objectId: string;
  channelId: string | undefined | null;
  target: Pick<TabTarget, 'view' | 'params'>;
  webUrl?: string;
  label?: string;
}): string | null {
  const { appId, objectId, channelId } = options;
  if (!appId || !channelId) return null;
  const query = new URLSearchParams();
  if (options.webUrl) query.set('webUrl', options.webUrl);
  if (options.label) query.set('label', options.label);
  query.set('context', JSON.stringify({ subEntityId: subEntityIdOf(options.target), channelId }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(
    channelTabEntityId(objectId),
  )}?${query.toString()}`;
}

/** The tab's side: the state a sub-entity id asks for, merged into the page's query (unknown keys ignored). */
export function paramsFromSubEntityId(subEntityId: string | undefined | null): Record<string, string> {
  if (!subEntityId) return {};
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(subEntityId)) {
    if (/^[a-zA-Z]{1,20}$/.test(key) && value.length <= 200) out[key] = value;
  }
  return out;
}
