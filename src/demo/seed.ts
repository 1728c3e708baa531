// Loads the demo: the object structure of spec §Object structure, object AKN with its 2020 plan
// transcribed from seed 004, current plans for every object, fictional people in every role, a few
// initiatives on their way up the escalation ladder, and a year of meetings with minutes. Written through
// the store port in one transaction, so it works on any adapter and a failure leaves the store empty.
// Each part of the model has its own module; this file only orders them.
import type { Store } from '../services/ports/store';
import { loadForums } from './forums';
import { loadInitiatives } from './initiatives';
import { loadMeetings } from './meetings';
import { loadMinutes } from './minutes';
import { loadObjects } from './objects';
import { PEOPLE } from './people';
import { loadPlans } from './plans';
import { loadFollowUpDemo } from './followup';
import { loadItorgDemo } from './itorg';
import { loadGoalLinks, loadStrategicPlans } from './strategy';
import { loadSystems } from './systems';

import { DEMO_TODAY } from './context';

export { demoObjectId } from './context';

export async function loadDemoData(
  store: Store,
): Promise<{ objects: number; people: number; plans: number }> {
  return store.transaction(async (tx) => {
    const demo = await loadObjects(tx);
    const forumIds = await loadForums(demo);
    // The strategic plans first: the 2027 plans' goals serve their goals (issue 16).
    const strategic = await loadStrategicPlans(tx);
    const plans = await loadPlans(demo, forumIds, strategic);
    await loadInitiatives(demo);
    const held = await loadMeetings(demo, forumIds);
    await loadMinutes(demo, held);
    await loadFollowUpDemo(tx);
    await loadGoalLinks(tx, strategic);
    // The system register and map (issue 17) over the it-components just loaded.
    await loadSystems(tx, demo.objectIds, demo.lineOrgIds);
    // Issue 17: service catalogue, HUKI matrix, orders and projects over the objects' systems.
    await loadItorgDemo(tx, { objectIds: demo.objectIds, personId: demo.personId }, DEMO_TODAY);
    return { objects: demo.contents.length, people: PEOPLE.length, plans };
  });
}
