// The tab shell: theme (following Teams), language, the acting person, and the route.
import { FluentProvider, makeStyles, teamsLightTheme, tokens, type Theme } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiClient } from './api/client';
import { ApiContext, useResource } from './api/hooks';
import type { Me } from './api/types';
import { langOf, makeTexts, TextsContext, useTexts } from './i18n';
import { actorOf, SessionContext, type Session } from './session';
import { Pending } from './shell/Pending';
import { notifyReady, onThemeChange, type HostContext, type ThemeName } from './teams';

const ObjectTab = lazy(() => import(/* webpackChunkName: "object" */ './views/ObjectTab'));
const PortfolioView = lazy(() => import(/* webpackChunkName: "portfolio" */ './views/Portfolio'));
const MyWorkView = lazy(() => import(/* webpackChunkName: "mywork" */ './views/MyWork'));
const ItPage = lazy(() => import(/* webpackChunkName: "it" */ './views/it/ItPage'));
// The service catalogue as a page of its own (issue 17): opens in a browser for anyone signed in.
const ServiceCataloguePage = lazy(
  () => import(/* webpackChunkName: "it-services" */ './views/it/services/ServiceCatalogue'),
);
// The forum meeting inside its Teams meeting (issue 19): side panel and details tab.
const MeetingApp = lazy(() => import(/* webpackChunkName: "meeting-app" */ './views/meeting/MeetingApp'));
const ConfigPage = lazy(() => import(/* webpackChunkName: "config" */ './views/ConfigPage'));
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

type Route =
  | { view: 'object'; objectId: string }
  | { view: 'portfolio' }
  | { view: 'me' }
  | { view: 'config' }
  | { view: 'it' }
  | { view: 'services' }
  | { view: 'meeting' }
  | { view: 'notFound' };

export function parseRoute(pathname: string): Route {
  const object = /^\/tab\/objects\/([^/]+)\/?$/.exec(pathname);
  if (object) return { view: 'object', objectId: decodeURIComponent(object[1]!) };
  if (/^\/tab\/portfolio\/?$/.test(pathname)) return { view: 'portfolio' };
  if (/^\/tab\/config\/?$/.test(pathname)) return { view: 'config' };
  if (/^\/tab\/it\/?$/.test(pathname)) return { view: 'it' };
  if (/^\/tab\/services\/?$/.test(pathname)) return { view: 'services' };
  if (/^\/tab\/me\/?$/.test(pathname)) return { view: 'me' };
  if (/^\/tab\/meeting\/?$/.test(pathname)) return { view: 'meeting' };
  return { view: 'notFound' };
}

export function App({ host }: { host: HostContext }) {
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  useEffect(() => onThemeChange(host, setTheme), [host]);
  const texts = useMemo(() => makeTexts(langOf(host.locale)), [host.locale]);
  const api = useMemo(() => new ApiClient(host.locale), [host.locale]);
  const route = parseRoute(window.location.pathname);
  const signIn = useSignIn(host, api, texts.t('signInConsent'), texts.t('signInFailed'));
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
function useSignIn(host: HostContext, api: ApiClient, consentNeeded: string, failed: string): SignInState {
  const [state, setState] = useState<SignInState>({ status: 'pending' });
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const res = await fetch('/api/auth/config', { headers: { Accept: 'application/json' } });
        const config = (await res.json()) as
          { mode: 'demo' } | { mode: 'entra'; clientId: string; authority: string; scopes: string[] };
        if (config.mode === 'entra') {
          const { entraTokenProvider } = await import(
            /* webpackChunkName: "entra-sign-in" */ './auth/entraSignIn'
          );
          const token = await entraTokenProvider(config, host, { consentNeeded, failed });
          await token();
          api.useToken(token);
        }
        if (live) setState({ status: 'ready' });
      } catch (error) {
        const message =
          (error as { name?: string })?.name === 'SignInRequiredError' ? (error as Error).message : failed;
        if (live) setState({ status: 'failed', message });
      }
    })();
    return () => {
      live = false;
    };
  }, [host, api, consentNeeded, failed]);
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
