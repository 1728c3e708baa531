// iCalendar subscription feeds: /calendar/forums/{forumId}.ics and /calendar/objects/{objectId}.ics.
// Calendar clients send no bearer token, and a feed names people (organiser, attendees, e-mail
// addresses). So with private feeds (Entra mode) a feed answers only with `?token=` of a person's own
// link (../../services/feeds/feedService.ts), and anything else gets the very 404 an unknown forum gets:
// nothing tells a missing token from a wrong one or from a forum that does not exist. Demo mode keeps
// the feeds open. The token is in the query, not the path: the request log records paths only.
import express from 'express';
import type { Services } from '../../services';
import type { Clock } from '../../services/context';
import { asAppError } from '../../services/errors';
import { icsFeed } from './documents/icsFeed';

export interface CalendarRouterOptions {
  /** Feeds answer only with a valid personal token (Entra mode). */
  privateFeeds?: boolean;
}

export function calendarRouter(
  services: Services,
  clock: Clock,
  publicUrl: () => string,
  options: CalendarRouterOptions = {},
): express.Router {
  const router = express.Router();
  const send = async (res: express.Response, forumId: string) => {
    const f = await services.meetings.feed(forumId);
    const name = f.object ? `${f.forum.name} – ${f.object.name}` : f.forum.name;
    const body = icsFeed({
      name,
      description: `${f.forum.name}. Mötena planeras i Objektnav (minst ${f.minimum} per år).`,
      meetings: f.meetings,
      attendees: f.attendees,
      url: f.object
        ? `${publicUrl()}/tab/objects/${f.object.id}?view=meetings`
        : `${publicUrl()}/tab/portfolio`,
      now: clock.now(),
    });
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    // A private feed is one person's: no shared cache may keep it.
    res.setHeader('Cache-Control', options.privateFeeds ? 'private, no-store' : 'no-cache');
    res.send(body);
  };
  const notFound = (res: express.Response) =>
    res.status(404).type('text/plain; charset=utf-8').send('Hittade inte kalendern.');
  const handle =
    (forumOf: (id: string) => Promise<string>): express.RequestHandler =>
    async (req, res) => {
      try {
        if (options.privateFeeds && !(await services.feeds.holderOf(req.query['token']))) {
          notFound(res);
          return;
        }
        await send(res, await forumOf(String(req.params['id'])));
      } catch (error) {
        const e = asAppError(error);
        if (e?.kind === 'notFound') notFound(res);
        else res.status(500).type('text/plain; charset=utf-8').send('Fel i kalendern.');
      }
    };
  router.get(
    '/calendar/forums/:id.ics',
    handle(async (id) => id),
  );
  router.get(
    '/calendar/objects/:id.ics',
    handle(async (id) => (await services.meetings.forumOf(id)).id),
  );
  return router;
}
