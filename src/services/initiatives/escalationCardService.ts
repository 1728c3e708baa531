// What an escalation card shows: the priority question, the objects concerned and the people who decide
// it at its current rung — chosen by the policy's `decidersOf`, the same rule the decision checks.
import { decidersAreFoundIn, decidersOf } from '../../domain/authorization/policy';
import { isEscalationOpen, priorityScore } from '../../domain/initiatives/prioritisation';
import type { ServiceDeps } from '../context';
import { mustGet } from '../records';

export class EscalationCardService {
  constructor(private readonly deps: ServiceDeps) {}

  async state(initiativeId: string) {
    const store = this.deps.store;
    const initiative = await mustGet(store.initiatives, 'initiativ', initiativeId);
    const involved = [initiative.objectId, ...initiative.affectedObjectIds];
    const objects = (await Promise.all(involved.map((id) => store.objects.get(id)))).filter(
      (o) => o !== undefined,
    );
    const where = decidersAreFoundIn(initiative);
    const assignments =
      'organisationRole' in where
        ? await store.roleAssignments.findAll({ role: where.organisationRole })
        : (
            await Promise.all(where.objectIds.map((objectId) => store.roleAssignments.findAll({ objectId })))
          ).flat();
    const deciderIds = decidersOf(initiative, assignments);
    const deciders = (await Promise.all(deciderIds.map((id) => store.people.get(id)))).filter(
      (p) => p !== undefined,
    );
    // Awaiting a decision at this rung: the domain's rule (a decided question is closed).
    const open = isEscalationOpen(initiative);
    return { initiative, objects, deciders, score: priorityScore(initiative), open };
  }
}
