// Who the tab acts as, and what that person may do: the same domain rules the server enforces, so the
// UI offers only what will be allowed (the server still decides).
import { createContext, useContext } from 'react';
import type { ActorRoles } from '../domain/roles/roles';
import type { HostContext } from './teams';
import type { Me } from './api/types';

export interface Session {
  host: HostContext;
  me: Me | undefined;
  actor: ActorRoles | null;
  choosePerson(personId: string | null): void;
  /** Marks the view as ready (data shown): tells Teams and lets tests and benchmarks know. */
  ready(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('SessionContext missing');
  return session;
}

export function actorOf(me: Me | undefined): ActorRoles | null {
  if (!me?.person) return null;
  return { personId: me.person.id, assignments: me.roleAssignments };
}
