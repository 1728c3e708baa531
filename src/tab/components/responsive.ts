// Layout helpers shared by views that change shape with the width (Teams on a phone, the meeting side
// panel at 320 px, a wide screen).
import { useEffect, useState } from 'react';

/** Below this width, tables become stacked cards. */
export const NARROW_QUERY = '(max-width: 719px)';

export function useMediaQuery(query: string): boolean {
  const get = () => window.matchMedia?.(query).matches ?? false;
  const [matches, setMatches] = useState(get);
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const onChange = () => setMatches(list.matches);
    onChange();
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

/** A tab path that keeps the reader's theme and language choices of a browser session. */
export function keepChoices(path: string): string {
  const current = new URLSearchParams(window.location.search);
  const url = new URL(path, window.location.origin);
  for (const name of ['theme', 'lang']) {
    const value = current.get(name);
    if (value && !url.searchParams.has(name)) url.searchParams.set(name, value);
  }
  return `${url.pathname}${url.search}`;
}

/** Visually hidden, still read by screen readers (figures behind a chart). */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
