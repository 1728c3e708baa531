// The tab's first paint stays light (issues 15 and 18): the JavaScript the built page loads up front,
// gzip-compressed, is within the target. Runs over the build of `npm test`'s pretest (`npm run build`);
// the measurement is the one `npm run bench` reports (bench/tabWeight.ts).
import { initialJsKb, initialScripts, INITIAL_JS_TARGET_KB, lazyChunks } from '../../bench/tabWeight';

describe('the tab bundle', () => {
  it(`loads at most ${INITIAL_JS_TARGET_KB} KB of JavaScript (gzip) before the first view`, () => {
    const kb = initialJsKb();
    expect({ kb: Math.round(kb * 10) / 10, within: kb <= INITIAL_JS_TARGET_KB }).toEqual({
      kb: Math.round(kb * 10) / 10,
      within: true,
    });
  });

  it('keeps the host SDKs and the sign-in library out of the entry: they are lazy chunks', () => {
    const lazy = lazyChunks().map((c) => c.name);
    expect(initialScripts().some((f) => /teams-js|entra-sign-in/.test(f))).toBe(false);
    expect(lazy).toEqual(expect.arrayContaining(['teams-js', 'entra-sign-in', 'demo-header']));
  });
});
