// The object tab pinned in an object's channel: overview, plan, initiatives, contracts.
import './strategy/words';
import { makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useResource } from '../api/hooks';
import type { ObjectDetail } from '../api/types';
import { ErrorBar, Loading } from '../components/Feedback';
import { useTexts } from '../i18n';
import { Overview } from './object/Overview';
import { rememberInUrl } from '../components/shared';

// Only the overview, which opens first, is in the object tab's own chunk; every other view is a lazy chunk
// fetched once the overview is drawn (issue 18: the object tab interactive ≤ 1.0 s on a cold cache).
const views = {
  plan: () => import(/* webpackChunkName: "object-plan" */ './object/PlanView'),
  initiatives: () => import(/* webpackChunkName: "object-initiatives" */ './object/Initiatives'),
  contracts: () => import(/* webpackChunkName: "object-contracts" */ './object/Contracts'),
  meetings: () => import(/* webpackChunkName: "object-meetings" */ './object/Meetings'),
};
const PlanView = lazy(() => views.plan().then((m) => ({ default: m.PlanView })));
const Initiatives = lazy(() => views.initiatives().then((m) => ({ default: m.Initiatives })));
const Contracts = lazy(() => views.contracts().then((m) => ({ default: m.Contracts })));
const Meetings = lazy(() => views.meetings().then((m) => ({ default: m.Meetings })));

/** Fetches the other views' code when the browser is idle, so switching to them rarely waits. */
function useWarmViews(drawn: boolean) {
  useEffect(() => {
    if (!drawn) return;
    const warm = () => {
      for (const load of Object.values(views)) void load().catch(() => undefined);
    };
    const idle = window.requestIdleCallback?.(warm, { timeout: 3000 });
    const timer = idle === undefined ? window.setTimeout(warm, 1000) : undefined;
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [drawn]);
}

// The strategic object plan (issue 16): a lazy chunk.
const StrategicPlans = lazy(
  () => import(/* webpackChunkName: "object-strategy" */ './object/strategy/StrategicPlans'),
);
// Changing the object's structure (roles, products, components, related objects): a lazy chunk.
const StructureView = lazy(
  () => import(/* webpackChunkName: "object-structure" */ './object/structure/StructureView'),
);

// The follow-up of the year (outcome, interim follow-up, objektberättelse): a lazy chunk.
const FollowUpView = lazy(
  () => import(/* webpackChunkName: "object-followup" */ './object/followup/FollowUpView'),
);

const useStyles = makeStyles({
  head: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: { marginTop: tokens.spacingVerticalL },
  // The tabs wrap onto a second line on a narrow screen instead of widening the page.
  tabs: { flexWrap: 'wrap' },
});

type View =
  'overview' | 'plan' | 'strategy' | 'followup' | 'initiatives' | 'contracts' | 'meetings' | 'structure';
const VIEWS: View[] = [
  'overview',
  'plan',
  'strategy',
  'followup',
  'initiatives',
  'contracts',
  'meetings',
  'structure',
];
const LABEL = {
  overview: 'tabOverview',
  plan: 'tabPlan',
  strategy: 'st.tab',
  followup: 'fu.tab',
  initiatives: 'tabInitiatives',
  contracts: 'tabContracts',
  meetings: 'tabMeetings',
  structure: 'oa.tabStructure',
} as const;

function initialView(): View {
  const v = new URLSearchParams(window.location.search).get('view');
  return VIEWS.includes(v as View) ? (v as View) : 'overview';
}

export default function ObjectTab({ objectId }: { objectId: string }) {
  const styles = useStyles();
  const { t } = useTexts();
  const object = useResource<ObjectDetail>(`/api/objects/${encodeURIComponent(objectId)}`);
  const [view, setView] = useState<View>(initialView);
  useWarmViews(object.data !== undefined);

  if (object.error) return <ErrorBar error={object.error} onRetry={object.reload} />;
  if (!object.data) return <Loading />;
  const o = object.data;

  const select = (next: View) => {
    setView(next);
    rememberInUrl('view', next);
  };

  return (
    <div>
      <div className={styles.head}>
        <h1 className={styles.title}>
          {o.name} ({o.code})
        </h1>
        <Text>{t(`category.${o.category}`)}</Text>
      </div>
      <TabList
        className={styles.tabs}
        selectedValue={view}
        onTabSelect={(_, d) => select(d.value as View)}
        aria-label={o.name}
      >
        {VIEWS.map((v) => (
          <Tab key={v} value={v} id={`tab-${v}`} aria-controls={`panel-${v}`}>
            {t(LABEL[v])}
          </Tab>
        ))}
      </TabList>
      <div className={styles.panel} role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
        <Suspense fallback={<Loading />}>
          {view === 'overview' && <Overview object={o} />}
          {view === 'plan' && <PlanView object={o} />}
          {view === 'strategy' && <StrategicPlans object={o} />}
          {view === 'followup' && <FollowUpView object={o} />}
          {view === 'initiatives' && <Initiatives object={o} />}
          {view === 'contracts' && <Contracts object={o} onChanged={object.reload} />}
          {view === 'meetings' && <Meetings object={o} />}
          {view === 'structure' && <StructureView object={o} reload={object.reload} />}
        </Suspense>
      </div>
    </div>
  );
}
