// Entry of the tab bundle: connect to the host (Teams or a browser), then render.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectHost } from './teams';

void connectHost().then((host) => {
  document.documentElement.lang = host.locale.toLowerCase().startsWith('en') ? 'en' : 'sv';
  createRoot(document.getElementById('root')!).render(<App host={host} />);
});
