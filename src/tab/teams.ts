// The tab's host: Microsoft Teams (or another Microsoft 365 host) or a plain browser (demo mode).
// Inside a host we initialise teams-js, read the context and follow theme changes; in a browser the
// same app runs with the theme and language taken from the URL or the system.
type TeamsJs = typeof import('@microsoft/teams-js');

/** teams-js is loaded only inside a host: outside one it would still reach out to its CDN for valid domains. */
let teams: TeamsJs | null = null;

export type ThemeName = 'default' | 'dark' | 'contrast';

export interface HostContext {
  inTeams: boolean;
  locale: string;
  theme: ThemeName;
  teamId?: string;
  channelId?: string;
  channelName?: string;
  tenantId?: string;
  /** The Teams app id (for deep links to the object's channel tab). */
  appId?: string;
  /** The sub-entity id a deep link opened the tab with (view=plan&year=2027…), or ?subEntityId= in a browser. */
  subPageId?: string;
  /**
   * Inside a Teams meeting: its chat thread (19:meeting_…@thread.v2), which names the meeting
   * (issue 19); a browser passes ?threadId=.
   */
  threadId?: string;
  /** Where in the meeting the tab is: its side panel, or its details/chat tab (`content`); ?frame= in a browser. */
  frame?: 'sidePanel' | 'content';
}

/** The meeting chat's thread: the chat's id, or inside the base64 meeting id ("0#19:meeting_…#0"). */
function meetingThread(chatId: string | undefined, meetingId: string | undefined): string | undefined {
  if (chatId?.startsWith('19:meeting_')) return chatId;
  if (!meetingId) return undefined;
  try {
    return /19:meeting_[^#]+/.exec(atob(meetingId))?.[0];
  } catch {
    return undefined;
  }
}

const INIT_TIMEOUT_MS = 5000;

function asTheme(value: string | undefined | null): ThemeName | undefined {
  return value === 'dark' || value === 'contrast' || value === 'default' ? value : undefined;
}

function browserContext(): HostContext {
  const params = new URLSearchParams(window.location.search);
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;
  const prefersContrast = window.matchMedia?.('(forced-colors: active)').matches;
  return {
    inTeams: false,
    // Swedish unless asked otherwise: the browser's language says little about the municipality's.
    locale: params.get('lang') ?? 'sv-SE',
    theme: asTheme(params.get('theme')) ?? (prefersContrast ? 'contrast' : prefersDark ? 'dark' : 'default'),
    // A browser can name a channel to bind (demo and tests); Teams gives it in the context.
    channelId: params.get('channelId') ?? undefined,
    teamId: params.get('teamId') ?? undefined,
    subPageId: params.get('subEntityId') ?? undefined,
    threadId: params.get('threadId') ?? undefined,
    frame: params.get('frame') === 'sidePanel' ? 'sidePanel' : 'content',
  };
}

/** Inside an iframe we may be in Teams; teams-js answers or times out. Top-level pages never are. */
export async function connectHost(): Promise<HostContext> {
  if (window.self === window.top) return browserContext();
  try {
    teams = await import(/* webpackChunkName: "teams-js" */ '@microsoft/teams-js');
    const { app } = teams;
    await Promise.race([
      app.initialize(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('teams-js timeout')), INIT_TIMEOUT_MS)),
    ]);
    const context = await app.getContext();
    return {
      inTeams: true,
      locale: context.app.locale,
      theme: asTheme(context.app.theme) ?? 'default',
      teamId: context.team?.internalId,
      channelId: context.channel?.id,
      channelName: context.channel?.displayName,
      tenantId: context.user?.tenant?.id,
      appId: context.app.appId?.toString(),
      subPageId: context.page.subPageId || undefined,
      threadId: meetingThread(context.chat?.id, context.meeting?.id),
      frame: context.page.frameContext === 'sidePanel' ? 'sidePanel' : 'content',
    };
  } catch {
    teams = null;
    return browserContext();
  }
}

export function onThemeChange(host: HostContext, handler: (theme: ThemeName) => void): () => void {
  if (host.inTeams && teams) {
    teams.app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme) ?? 'default'));
    return () => undefined;
  }
  const query = window.matchMedia?.('(prefers-color-scheme: dark)');
  const listener = (e: MediaQueryListEvent) => {
    if (!new URLSearchParams(window.location.search).get('theme')) handler(e.matches ? 'dark' : 'default');
  };
  query?.addEventListener('change', listener);
  return () => query?.removeEventListener('change', listener);
}

/** Tells Teams the tab has rendered, so it removes its loading indicator. */
export function notifyReady(host: HostContext): void {
  if (host.inTeams && teams) teams.app.notifySuccess();
}

/** The configuration page's side of the Teams contract: validity and what to save. */
export function registerConfigSave(
  host: HostContext,
  save: () => Promise<{ contentUrl: string; entityId: string; name: string }>,
) {
  if (!host.inTeams || !teams) return;
  const { pages } = teams;
  pages.config.registerOnSaveHandler(async (event) => {
    try {
      const config = await save();
      await pages.config.setConfig({
        contentUrl: config.contentUrl,
        websiteUrl: config.contentUrl,
        entityId: config.entityId,
        suggestedDisplayName: config.name,
      });
      event.notifySuccess();
    } catch (error) {
      event.notifyFailure(error instanceof Error ? error.message : String(error));
    }
  });
}

export function setConfigValid(host: HostContext, valid: boolean): void {
  if (host.inTeams && teams) teams.pages.config.setValidityState(valid);
}

/**
 * Opens an item: inside a host that supports it, the Teams deep link (the object's channel tab with its
 * sub-entity) through app.openLink; otherwise, or when that fails, the tab's own address in this frame.
 */
export function openItem(host: HostContext, deepLink: string | null, path: string): void {
  if (host.inTeams && teams && deepLink && teams.app.isInitialized()) {
    teams.app.openLink(deepLink).catch(() => window.location.assign(path));
    return;
  }
  window.location.assign(path);
}

/** The configuration page reopened for an existing tab: the entity id it was saved with (objektnav-{objectId}). */
export async function savedEntityId(host: HostContext): Promise<string | undefined> {
  // A browser (demo, tests) names it in the address, as Teams would hand it over.
  if (!host.inTeams || !teams)
    return new URLSearchParams(window.location.search).get('entityId') ?? undefined;
  try {
    return (await teams.pages.getConfig()).entityId || undefined;
  } catch {
    return undefined;
  }
}
