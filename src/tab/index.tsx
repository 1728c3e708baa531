// Entry of the tab bundle: connect to the host (Teams or a browser), then render. What does not wait for
// the host starts first and side by side: the page's code, the sign-in configuration and, in demo mode
// (no token to wait for), the page's first data (issue 18: the object tab interactive ≤ 1.0 s cold).
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ApiClient } from './api/client';
import { paramsFromSubEntityId } from '../services/mywork/links';
import { connectHost } from './teams';
import { parseRoute, prefetchPageData, preloadPage } from './routes';
import { readAuthConfig } from './auth/authConfig';

// The page is chosen once per load: links between pages are full navigations.
const route = parseRoute(window.location.pathname);
const authConfig = readAuthConfig();
// A failure is shown by the sign-in, which awaits the same promise.
authConfig.catch(() => undefined);
preloadPage(route);

void connectHost().then((host) => {
  // A deep link's sub-entity id (view, year, item) becomes the page's query, which the views already read.
  const wanted = paramsFromSubEntityId(host.subPageId);
  if (Object.keys(wanted).length) {
    const url = new URL(window.location.href);
    for (const [key, value] of Object.entries(wanted)) url.searchParams.set(key, value);
    url.searchParams.delete('subEntityId');
    window.history.replaceState(null, '', url);
  }
  document.documentElement.lang = host.locale.toLowerCase().startsWith('en') ? 'en' : 'sv';
  const api = new ApiClient(host.locale);
  void authConfig.then(
    (config) => {
      if (config.mode === 'demo') prefetchPageData(route, api);
    },
    () => undefined,
  );
  createRoot(document.getElementById('root')!).render(
    <App host={host} api={api} route={route} authConfig={authConfig} />,
  );
});
