// Layout faults of a page in a real browser, from the elements' bounding boxes (issue 15: tables must not
// overlap at 320 px or 1280 px, and the page never scrolls sideways). The same check as the portfolio's.
import type { Page } from 'playwright-core';

/**
 * Layout faults, from the elements' bounding boxes: two cells of a visible table that overlap, a cell
 * whose content is wider than the cell (spilling into the next), a cell past the window's edge (unless
 * its table is marked data-scrolls: it scrolls inside its own section), and a page wider than the window.
 */
// Runs in the page, as source: the tests are compiled without the DOM's types.
const LAYOUT_FAULTS = String.raw`(() => {
  const faults = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth)
    faults.push('page scrolls sideways: ' + doc.scrollWidth + ' > ' + window.innerWidth);
  const name = (c) => (c.textContent || '').trim().slice(0, 30);
  // Tables a screen reader reads but the eye does not see sit in a clipped 1 px box.
  const seen = (el) => { for (let e = el; e; e = e.parentElement) { const r = e.getBoundingClientRect(); if (r.width <= 1 || r.height <= 1) return false; } return true; };
  const tables = [...document.querySelectorAll('table')].filter(seen);
  for (const table of tables) {
    const cells = [...table.querySelectorAll('th, td')].map((c) => ({ c, r: c.getBoundingClientRect() }));
    for (let i = 0; i < cells.length; i += 1) {
      const a = cells[i];
      if (a.c.scrollWidth > a.c.clientWidth + 1) faults.push('content spills out of "' + name(a.c) + '"');
      // Only a table marked to scroll in its own box (the editable budget grid: inputs do not fit a card)
      // may reach past the window; the page itself still must not scroll sideways.
      if (a.r.right > doc.clientWidth + 1 && !table.hasAttribute('data-scrolls'))
        faults.push('"' + name(a.c) + '" reaches past the window');
      for (let j = i + 1; j < cells.length; j += 1) {
        const b = cells[j];
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) faults.push('"' + name(a.c) + '" overlaps "' + name(b.c) + '"');
      }
    }
  }
  // A header never breaks inside a word: it has no more lines than words.
  for (const th of document.querySelectorAll('th')) {
    if (!seen(th)) continue;
    // Lines of its text only: the boxes of elements inside a header (Fluent's cell wraps its text in a
    // div) are not lines of text.
    const tops = new Set();
    const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
    }
    const words = (th.textContent || '').split(/\s+/).filter(Boolean).length;
    const lines = tops.size;
    if (lines > Math.max(1, words)) faults.push('header "' + th.textContent + '" breaks inside a word');
  }
  return faults;
})()`;

export async function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(LAYOUT_FAULTS) as Promise<string[]>;
}
