// Small pieces the views share.
import type { PlanStatus } from '../../domain/model';

/** Badge colour of a plan status, the same in every view. */
export const PLAN_STATUS_COLOR: Record<PlanStatus, 'informative' | 'warning' | 'success' | 'subtle'> = {
  draft: 'informative',
  preliminary: 'warning',
  approved: 'success',
  closed: 'subtle',
};

/** Keeps a view's choice (tab, year) in the address, so a reload or a shared link shows the same. */
export function rememberInUrl(name: string, value: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set(name, value);
  window.history.replaceState(null, '', url);
}
