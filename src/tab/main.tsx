// The tab's application: React, Fluent UI and the shell. Its own chunk, loaded by the small entry
// (index.tsx), so that the page's first requests leave before this code is evaluated (issue 18).
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { ApiClient } from './api/client';
import type { AuthConfig } from './auth/authConfig';
import type { Route } from './routes';
import type { HostContext } from './teams';

export function render(
  host: HostContext,
  api: ApiClient,
  route: Route,
  authConfig: Promise<AuthConfig>,
): void {
  createRoot(document.getElementById('root')!).render(
    <App host={host} api={api} route={route} authConfig={authConfig} />,
  );
}
