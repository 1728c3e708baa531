// The tab shell: theme (following Teams), language, the acting person, and the route.
import { FluentProvider, makeStyles, teamsLightTheme, tokens, type Theme } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient } from './api/client';
import { ApiContext, useResource } from './api/hooks';
import type { Me } from './api/types';
import { langOf, makeTexts, TextsContext, useTexts } from './i18n';
import { actorOf, SessionContext, type Session } from './session';
import { Pending } from './shell/Pending';
import { notifyReady, onThemeChange, type HostContext, type ThemeName } from './teams';
import { pages, prefetchPageData, type Route } from './routes';
import { configWrittenInPage, type AuthConfig } from './auth/authConfig';

const ObjectTab = lazy(pages.object);
const PortfolioView = lazy(pages.portfolio);
const MyWorkView = lazy(pages.me);
const ItPage = lazy(pages.it);
const ServiceCataloguePage = lazy(pages.services);
const MeetingApp = lazy(pages.meeting);
const ConfigPage = lazy(pages.config);
// The shell's rarely shown parts are lazy chunks too (issue 18: initial JavaScript ≤ 120 KB gzip).
const DemoHeader = lazy(() => import(/* webpackChunkName: "demo-header" */ './shell/DemoHeader'));
const Notice = lazy(() => import(/* webpackChunkName: "notice" */ './shell/Notice'));

/** The Fluent theme for a theme name: light at once, dark and high contrast from their own chunk. */
function useFluentTheme(name: ThemeName): Theme | null {
  const [themes, setThemes] = useState<Partial<Record<ThemeName, Theme>>>({ default: teamsLightTheme });
  useEffect(() => {
    if (themes[name]) return;
    let live = true;
    void import(/* webpackChunkName: "themes" */ './shell/darkThemes').then((m) => {
      if (live) setThemes((t) => ({ ...t, dark: m.dark, contrast: m.contrast }));
    });
    return () => {
      live = false;
    };
  }, [name, themes]);
  return themes[name] ?? null;
}

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  main: { padding: tokens.spacingHorizontalL, maxWidth: '1400px', margin: '0 auto' },
});

export function App({
  host,
  api,
  route,
  authConfig,
}: {
  host: HostContext;
  api: ApiClient;
  route: Route;
  authConfig: Promise<AuthConfig>;
}) {
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  useEffect(() => onThemeChange(host, setTheme), [host]);
  const texts = useMemo(() => makeTexts(langOf(host.locale)), [host.locale]);
  const signIn = useSignIn(host, api, authConfig, route, texts.t('signInConsent'), texts.t('signInFailed'));
  const fluentTheme = useFluentTheme(theme);
  // Nothing is drawn until the theme is there: a dark tab must not flash light first.
  if (!fluentTheme) return null;
  return (
    <FluentProvider theme={fluentTheme} lang={texts.lang}>
      <ApiContext.Provider value={api}>
        <TextsContext.Provider value={texts}>
          {signIn.status === 'ready' && <Shell host={host} api={api} route={route} />}
          {signIn.status === 'pending' && <Pending label={texts.t('signingIn')} />}
          {signIn.status === 'failed' && (
            <Suspense fallback={null}>
              <Notice message={signIn.message} />
            </Suspense>
          )}
        </TextsContext.Provider>
      </ApiContext.Provider>
    </FluentProvider>
  );
}

type SignInState = { status: 'pending' | 'ready' } | { status: 'failed'; message: string };

/**
 * Asks the server how to sign in. Demo mode: nothing to do. Entra mode: MSAL is loaded (its own chunk,
 * never in the demo's bundle), a first token is fetched up front so consent is asked once, here, and
 * every API call then carries a fresh token.
 */
function useSignIn(
  host: HostContext,
  api: ApiClient,
  authConfig: Promise<AuthConfig>,
  route: Route,
  consentNeeded: string,
  failed: string,
): SignInState {
  // Demo mode written into the page: nothing to wait for, so the first render is the shell's, not a
  // spinner's that is replaced a moment later (one render less before the first view).
  const [state, setState] = useState<SignInState>(() =>
    configWrittenInPage()?.mode === 'demo' ? { status: 'ready' } : { status: 'pending' },
  );
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const config = await authConfig;
        if (config.mode === 'entra') {
          const { entraTokenProvider } = await import(
            /* webpackChunkName: "entra-sign-in" */ './auth/entraSignIn'
          );
          const token = await entraTokenProvider(config, host, { consentNeeded, failed });
          await token();
          api.useToken(token);
          // Demo mode asked for the page's data already (index.tsx); signed-in requests can start now.
          prefetchPageData(route, api);
        }
        if (live) setState((now) => (now.status === 'ready' ? now : { status: 'ready' }));
      } catch (error) {
        const message =
          (error as { name?: string })?.name === 'SignInRequiredError' ? (error as Error).message : failed;
        if (live) setState({ status: 'failed', message });
      }
    })();
    return () => {
      live = false;
    };
  }, [host, api, authConfig, route, consentNeeded, failed]);
  return state;
}

function Shell({ host, api, route }: { host: HostContext; api: ApiClient; route: Route }) {
  const styles = useStyles();
  const texts = useTexts();
  const me = useResource<Me>('/api/me');
  const notified = useRef(false);
  const ready = useCallback(() => {
    if (notified.current) return;
    notified.current = true;
    // The moment the page's first view is drawn with its data: the bench's "interactive" (bench/tab.ts).
    performance.mark('objektnav-ready');
    document.body.dataset['ready'] = 'true';
    notifyReady(host);
  }, [host]);
  const session: Session = useMemo(
    () => ({
      host,
      me: me.data,
      actor: actorOf(me.data),
      choosePerson(personId) {
        api.actAs(personId);
        void me.reload();
      },
      ready,
    }),
    [host, me, api, ready],
  );
  const demo = me.data?.authMode !== 'entra';
  return (
    <SessionContext.Provider value={session}>
      <div className={styles.root}>
        {demo && (
          <Suspense fallback={null}>
            <DemoHeader />
          </Suspense>
        )}
        <main className={styles.main}>
          <Suspense fallback={<Pending label={texts.t('loading')} />}>
            {route.view === 'object' && <ObjectTab objectId={route.objectId} />}
            {route.view === 'portfolio' && <PortfolioView />}
            {route.view === 'config' && <ConfigPage />}
            {route.view === 'me' && <MyWorkView />}
            {route.view === 'it' && <ItPage />}
            {route.view === 'services' && <ServiceCataloguePage />}
            {route.view === 'meeting' && <MeetingApp />}
            {route.view === 'notFound' && <Notice message={texts.t('notFound')} />}
          </Suspense>
        </main>
      </div>
    </SessionContext.Provider>
  );
}
