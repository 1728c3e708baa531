// The demo's initiatives, a few on their way up the escalation ladder.
import type { DemoContext } from './context';
import { INITIATIVES } from './structure';

export async function loadInitiatives({ tx, personId, objectIds }: DemoContext): Promise<void> {
  for (const i of INITIATIVES) {
    const objectId = objectIds.get(i.object);
    if (!objectId) throw new Error(`Demo initiative refers to unknown object ${i.object}`);
    await tx.initiatives.create({
      objectId,
      affectedObjectIds: i.affected.map((code) => objectIds.get(code)!).filter(Boolean),
      kind: i.kind,
      title: i.title,
      description: i.description,
      assignmentType: i.assignmentType,
      status: i.status,
      benefit: i.benefit,
      goalContribution: i.goalContribution,
      effort: i.effort,
      escalationLevel: i.escalationLevel,
      escalations: i.escalations.map((e) => ({
        level: e.level,
        at: e.at,
        byPersonId: personId(e.by),
        reason: e.reason,
      })),
    });
  }
}
