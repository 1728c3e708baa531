// A default view per list, for people who browse the lists in SharePoint. Graph v1.0 has no list views, so
// this goes through SharePoint's REST API with pnpjs, which knows its paths and payloads (ADR 0013).
import { BrowserFetch, DefaultParse, type Queryable } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit } from '@pnp/sp/behaviors/defaults.js';
import { Lists } from '@pnp/sp/lists/types.js';
import { Views } from '@pnp/sp/views/types.js';
import { Web } from '@pnp/sp/webs/types.js';
import type { TimelinePipe } from '@pnp/core';
import type { TokenProvider } from '../graph/graphClient';
import { lookupName, type ListSpec } from './schema';

export const VIEW_TITLE = 'Objektnav';

/** Sends our token on every request, asked for anew each time so that a renewed token is used. */
function bearer(token: TokenProvider): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      init.headers = {
        ...(init.headers as Record<string, string>),
        Authorization: `Bearer ${await token()}`,
      };
      return [url, init, result];
    });
    return instance;
  };
}

/** The view's columns: the title and the list's short columns (no long text, no JSON), at most nine. */
export function viewFields(spec: ListSpec): string[] {
  const shown = spec.columns.filter((c) => c.type !== 'json' && c.type !== 'note').slice(0, 8);
  return ['LinkTitle', ...shown.map((c) => (c.references ? lookupName(c) : c.name))];
}

function viewQuery(spec: ListSpec): string {
  const sort = spec.columns.find((c) => c.indexed && !c.references);
  return sort ? `<OrderBy><FieldRef Name="${sort.name}" /></OrderBy>` : '';
}

/**
 * Makes the "Objektnav" view of each list its default view with the list's short columns; a view that is
 * already as it should be is left alone. Reports each change through `change`, each no-op through `log`.
 */
export async function provisionViews(
  webUrl: string,
  token: TokenProvider,
  specs: readonly ListSpec[],
  change: (line: string) => void,
  log: (line: string) => void,
): Promise<void> {
  // The factories rather than spfi's fluent `sp.web.lists`: those are module augmentations that TypeScript
  // cannot apply from a CommonJS project (pnpjs ships ESM with extensionless augmentation paths).
  const web = Web(webUrl.replace(/\/+$/, '')).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetch(),
    DefaultParse(),
    bearer(token),
  );
  for (const spec of specs) {
    const views = Views(Lists(web).getByTitle(spec.displayName));
    const fields = viewFields(spec);
    const existing = (await views.select('Id', 'Title', 'DefaultView')()).find(
      (v: { Title: string }) => v.Title === VIEW_TITLE,
    );
    let id: string;
    let setFields: boolean;
    if (!existing) {
      const created = await views.add(VIEW_TITLE, false, {
        RowLimit: 100,
        ViewQuery: viewQuery(spec),
        DefaultView: true,
      });
      id = (created as { Id: string }).Id;
      setFields = true;
      change(`+ view "${VIEW_TITLE}" (default) in "${spec.displayName}"`);
    } else {
      id = existing.Id;
      const current = (await views.getById(id).fields()) as { Items: string[] };
      setFields = current.Items.join(',') !== fields.join(',');
      if (setFields) change(`~ view "${VIEW_TITLE}" in "${spec.displayName}": columns updated`);
      else log(`= view "${VIEW_TITLE}" in "${spec.displayName}"`);
    }
    if (setFields) {
      const viewFieldsOf = views.getById(id).fields;
      await viewFieldsOf.removeAll();
      for (const f of fields) await viewFieldsOf.add(f);
    }
  }
}
