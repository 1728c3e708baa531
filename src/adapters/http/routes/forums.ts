// Forum settings: the routes of this capability (./index.ts joins the whole table).
import { forumSettingsUpdate } from '../../../services/forums/forumSchemas';
import type { Services } from '../../../services';
import { V } from '../../../services/responses';
import { idOf, type RouteDef } from './types';

export function forumsRoutes(s: Services): RouteDef[] {
  return [
    {
      method: 'patch',
      path: '/api/forums/{id}',
      operationId: 'updateForumSettings',
      response: V.forumDetail,
      summary:
        "Change a forum's settings: the convener's delegates, minimum meetings a year, and the weekday, week, time, length and place of its series (its chair or convener, the model owner or an administrator)",
      tag: 'Forums',
      body: forumSettingsUpdate,
      ifMatch: 'required',
      handle: async (i) => s.forums.updateSettings(i.ctx, idOf(i), i.ifMatch, i.body),
    },
  ];
}
