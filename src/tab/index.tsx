// Entry of the tab: a few kilobytes that start, side by side and before React and Fluent UI are even
// evaluated, everything the first view waits for: the application's code (main.tsx, its own chunk), the
// page's code, the host connection and, in demo mode (no token to wait for), the page's first data.
// Evaluating the application takes a few hundred milliseconds on a slow machine; its data travels meanwhile
// (issue 18: the object tab interactive ≤ 1.0 s cold, also at 100 ms per Graph round trip).
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
const application = import(/* webpackChunkName: "app" */ './main');
preloadPage(route);

void connectHost().then(async (host) => {
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
  const { render } = await application;
  render(host, api, route, authConfig);
});
