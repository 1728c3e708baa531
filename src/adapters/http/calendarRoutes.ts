// iCalendar subscription feeds: /calendar/forums/{forumId}.ics and /calendar/objects/{objectId}.ics.
import express from 'express';
import type { Services } from '../../services';
import type { Clock } from '../../services/context';
import { asAppError } from '../../services/errors';
import { icsFeed } from '../calendar/icsFeed';

export function calendarRouter(services: Services, clock: Clock, publicUrl: () => string): express.Router {
  const router = express.Router();
  const send = async (res: express.Response, forumId: string) => {
    const f = await services.meetings.feed(forumId);
    const name = f.object ? `${f.forum.name} – ${f.object.name}` : f.forum.name;
    const body = icsFeed({
      name,
      description: `${f.forum.name}. Mötena planeras i Objektnav (${f.rule.defaultMinMeetingsPerYear} per år enligt modellen).`,
      meetings: f.meetings,
      attendees: f.attendees,
      url: f.object
        ? `${publicUrl()}/tab/objects/${f.object.id}?view=meetings`
        : `${publicUrl()}/tab/portfolio`,
      now: clock.now(),
    });
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.send(body);
  };
  const handle =
    (forumOf: (id: string) => Promise<string>): express.RequestHandler =>
    async (req, res) => {
      try {
        await send(res, await forumOf(String(req.params['id'])));
      } catch (error) {
        const e = asAppError(error);
        res
          .status(e?.kind === 'notFound' ? 404 : 500)
          .type('text/plain; charset=utf-8')
          .send(e ? 'Hittade inte kalendern.' : 'Fel i kalendern.');
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
