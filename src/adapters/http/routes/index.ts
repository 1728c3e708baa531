// The REST API: every route in one table, so the server and /api/openapi.json cannot disagree.
// Routes stay thin: pick the inputs out of the request and call a use case. One file per capability.
import type { Services } from '../../../services';
import { metaRoutes } from './meta';
import { objectsRoutes } from './objects';
import { componentsRoutes } from './components';
import { contractsRoutes } from './contracts';
import { peopleRoutes } from './people';
import { plansRoutes } from './plans';
import { initiativesRoutes } from './initiatives';
import { meetingsRoutes } from './meetings';
import { channelsRoutes } from './channels';
import { portfolioRoutes } from './portfolio';
import { feedsRoutes } from './feeds';
import { forumsRoutes } from './forums';
import { myWorkRoutes } from './mywork';
import { outcomeRoutes } from './outcome';
import { reportRoutes } from './report';
import { strategyRoutes } from './strategy';
import { servicesRoutes } from './services';
import { hukiRoutes } from './huki';
import { ordersRoutes } from './orders';
import { projectsRoutes } from './projects';
import { systemsRoutes } from './systems';
import { lookupRoutes } from './lookup';
import type { RouteDef, RouteInfo } from './types';

export { FileResult, type Method, type RouteDef, type RouteInput } from './types';

export function apiRoutes(s: Services, info: RouteInfo): RouteDef[] {
  return [
    ...metaRoutes(s, info),
    ...objectsRoutes(s),
    ...componentsRoutes(s),
    ...contractsRoutes(s),
    ...peopleRoutes(s),
    ...plansRoutes(s),
    ...initiativesRoutes(s),
    ...meetingsRoutes(s),
    ...channelsRoutes(s),
    ...portfolioRoutes(s),
    ...feedsRoutes(s, info),
    ...forumsRoutes(s),
    ...myWorkRoutes(s),
    ...outcomeRoutes(s),
    ...reportRoutes(s, info),
    ...strategyRoutes(s),
    ...servicesRoutes(s),
    ...hukiRoutes(s),
    ...ordersRoutes(s),
    ...projectsRoutes(s),
    ...systemsRoutes(s),
    ...lookupRoutes(s),
  ];
}
