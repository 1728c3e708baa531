// "It-organisationen" (/tab/it): the orderer–performer organisation of seed 002 in one page with a section
// per capability. Each section is its own lazy chunk; add one entry to SECTIONS (and its words) per
// capability — the system register and map here, the service catalogue, HUKI, orders and projects next.
import { makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState, type ComponentType, type LazyExoticComponent } from 'react';
import './itWords';
import { useTexts } from '../../i18n';
import { rememberInUrl } from '../../components/shared';

interface Section {
  /** Kept in the address (?section=…), so a link opens the right section. */
  id: string;
  /** Word key of the section's name in the navigation. */
  label: string;
  view: LazyExoticComponent<ComponentType>;
}

const SECTIONS: readonly Section[] = [
  {
    id: 'systems',
    label: 'it.nav.systems',
    view: lazy(() => import(/* webpackChunkName: "it-systems" */ './systems/SystemRegister')),
  },
  {
    id: 'map',
    label: 'it.nav.map',
    view: lazy(() => import(/* webpackChunkName: "it-system-map" */ './systems/SystemMapView')),
  },
  {
    id: 'services',
    label: 'it.nav.services',
    view: lazy(() => import(/* webpackChunkName: "it-services" */ './services/ServiceCatalogue')),
  },
  {
    id: 'huki',
    label: 'it.nav.huki',
    view: lazy(() => import(/* webpackChunkName: "it-huki" */ './huki/HukiMatrix')),
  },
  {
    id: 'orders',
    label: 'it.nav.orders',
    view: lazy(() => import(/* webpackChunkName: "it-orders" */ './orders/OrderList')),
  },
  {
    id: 'projects',
    label: 'it.nav.projects',
    view: lazy(() => import(/* webpackChunkName: "it-projects" */ './projects/ProjectPortfolio')),
  },
];

const useStyles = makeStyles({
  title: {
    marginTop: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  nav: { overflowX: 'auto', marginBottom: tokens.spacingVerticalL },
});

function initialSection(): string {
  const asked = new URLSearchParams(window.location.search).get('section');
  return SECTIONS.some((s) => s.id === asked) ? asked! : SECTIONS[0]!.id;
}

export default function ItPage() {
  const styles = useStyles();
  const { t } = useTexts();
  const [current, setCurrent] = useState(initialSection);
  const section = SECTIONS.find((s) => s.id === current) ?? SECTIONS[0]!;
  const View = section.view;
  return (
    <>
      <h1 className={styles.title}>{t('it.title')}</h1>
      <nav aria-label={t('it.navLabel')} className={styles.nav}>
        <TabList
          selectedValue={current}
          onTabSelect={(_, d) => {
            const id = String(d.value);
            setCurrent(id);
            rememberInUrl('section', id);
          }}
        >
          {SECTIONS.map((s) => (
            <Tab key={s.id} value={s.id}>
              {t(s.label)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <Suspense fallback={<Spinner label={t('loading')} />}>
        <View />
      </Suspense>
    </>
  );
}
