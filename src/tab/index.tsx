// Entry of the tab bundle: connect to the host (Teams or a browser), then render.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { paramsFromSubEntityId } from '../services/mywork/links';
import { connectHost } from './teams';

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
  createRoot(document.getElementById('root')!).render(<App host={host} />);
});
