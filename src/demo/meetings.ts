// The demo's meetings: a year of series of PSG, OLF and the OSG of AKN, held up to the demo's "today".
import { seriesDates, seriesRrule } from '../domain/meetings/schedule';
import { DEMO_TODAY, type DemoContext, type ForumIds } from './context';

/** Loads the meetings; returns each forum kind's September meeting (the one with minutes). */
export async function loadMeetings(
  { tx, personId }: DemoContext,
  forumIds: ForumIds,
): Promise<Map<string, string>> {
  // A year of meetings of PSG, OLF and the OSG of AKN, held up to the demo's "today" (23 November 2026).
  const meetingForums: [string, 'psg' | 'olf' | 'osg', string][] = [
    [forumIds.get('psg')!, 'psg', 'org.communicationsDevelopmentDirector'],
    [forumIds.get('olf')!, 'olf', 'org.modelOwner'],
    [forumIds.get('AKN')!, 'osg', 'akn.ownerBusiness'],
  ];
  const held = new Map<string, string>(); // forum kind → id of its September (or latest held) meeting
  for (const [forumId, kind, convener] of meetingForums) {
    const seriesId = `demo-${kind}-2026`;
    for (const m of seriesDates(kind, 2026)) {
      const status = m.start < DEMO_TODAY ? 'held' : 'scheduled';
      const created = await tx.meetings.create({
        forumId,
        title: {
          psg: 'Portföljstyrgrupp (PSG)',
          olf: 'Objektledarforum (OLF)',
          osg: 'Objektstyrgrupp AKN',
        }[kind],
        start: m.start,
        end: m.end,
        status,
        seriesId,
        rrule: seriesRrule(kind),
        originalStart: m.originalStart,
        joinUrl: null,
        scheduledByPersonId: personId(convener),
      });
      if (status === 'held' && m.start.slice(5, 7) === '09') held.set(kind, created.id);
    }
  }
  return held;
}
