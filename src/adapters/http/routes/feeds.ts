// Private calendar feeds: the signed-in person's own feed link (./index.ts joins the whole table). The
// feeds themselves are served by ../calendarRoutes.ts, outside /api (calendar clients send no bearer).
import type { Services } from '../../../services';
import { V } from '../../../services/responses';
import type { RouteDef, RouteInfo } from './types';

export function feedsRoutes(s: Services, info: RouteInfo): RouteDef[] {
  const where =
    info.authMode === 'entra'
      ? 'add ?token= to /calendar/forums/{id}.ics or /calendar/objects/{id}.ics'
      : 'demo mode: the feeds are open, the token is not needed';
  return [
    {
      method: 'get',
      path: '/api/me/feed-token',
      operationId: 'getFeedLinkStatus',
      response: V.feedStatus,
      summary: 'Whether the signed-in person has a calendar-feed link that works, and since when',
      tag: 'Meetings',
      handle: async (i) => s.feeds.status(i.ctx),
    },
    {
      method: 'post',
      path: '/api/me/feed-token',
      operationId: 'issueFeedLink',
      response: V.feedIssued,
      summary: `A new personal calendar-feed token, shown once; an earlier one stops working (${where})`,
      tag: 'Meetings',
      status: 201,
      handle: async (i) => s.feeds.issue(i.ctx),
    },
    {
      // A POST rather than DELETE: there is no version to send (If-Match), the link is the person's own.
      method: 'post',
      path: '/api/me/feed-token/revoke',
      operationId: 'revokeFeedLink',
      summary: "Revoke the signed-in person's calendar-feed link",
      tag: 'Meetings',
      status: 204,
      handle: async (i) => s.feeds.revoke(i.ctx),
    },
  ];
}
