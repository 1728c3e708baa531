// The demo's forums: PSG and OLF for the whole portfolio, and an OSG per object, each with the model's
// minimum a year (their chairs may decide on more in the tab).
import { FORUM_RULES } from '../domain/forums/forums';
import type { DemoContext, ForumIds } from './context';

export async function loadForums({ tx, objectIds }: DemoContext): Promise<ForumIds> {
  const forumIds = new Map<string, string>();
  forumIds.set(
    'psg',
    (
      await tx.forums.create({
        kind: 'psg',
        objectId: null,
        name: 'Portföljstyrgrupp (PSG)',
        minMeetingsPerYear: FORUM_RULES.psg.defaultMinMeetingsPerYear,
        delegatePersonIds: [],
      })
    ).id,
  );
  forumIds.set(
    'olf',
    (
      await tx.forums.create({
        kind: 'olf',
        objectId: null,
        name: 'Objektledarforum (OLF)',
        minMeetingsPerYear: FORUM_RULES.olf.defaultMinMeetingsPerYear,
        delegatePersonIds: [],
      })
    ).id,
  );
  for (const [code, id] of objectIds) {
    forumIds.set(
      code,
      (
        await tx.forums.create({
          kind: 'osg',
          objectId: id,
          name: `Objektstyrgrupp ${code}`,
          minMeetingsPerYear: FORUM_RULES.osg.defaultMinMeetingsPerYear,
          delegatePersonIds: [],
        })
      ).id,
    );
  }
  return forumIds;
}
