// Who the forum's people are, as the Möten view knows them (GET /api/objects/{id}/meetings): the same
// lists the services hand the policy (chairs, conveners with their delegates), and everyone invited.
import type { Forum } from '../../../../domain/model';

export interface Attendee {
  personId: string;
  displayName: string;
  participation: string[];
  via: { role: string }[];
}

export interface ForumPeople {
  chairs: string[];
  conveners: string[];
  attendees: Attendee[];
}

export function forumPeople(forum: Pick<Forum, 'delegatePersonIds'>, attendees: Attendee[]): ForumPeople {
  const having = (p: string) => attendees.filter((a) => a.participation.includes(p)).map((a) => a.personId);
  return {
    chairs: having('chair'),
    conveners: [...having('convener'), ...forum.delegatePersonIds],
    attendees,
  };
}
