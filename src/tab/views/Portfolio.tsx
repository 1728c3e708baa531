// The portfolio view for PSG: every object's plan against the year wheel, budgets and escalations.
import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useResource } from '../api/hooks';
import type { Portfolio } from '../api/types';
import { ErrorBar, Loading } from '../components/Feedback';
import { useTexts } from '../i18n';
import { useSession } from '../session';
import { rememberInUrl } from '../components/shared';
// The body (table or cards, chart, compliance, escalations) lives in ./portfolio, shared with "Mitt arbete".
import { PortfolioBody } from './portfolio/PortfolioBody';
import { canChangeStructure, canManagePeople } from '../../domain/authorization/policy';

// "Nytt objekt" (PSG's structure, recorded by the model owner or an administrator): a lazy chunk.
const CreateObjectDialog = lazy(
  () => import(/* webpackChunkName: "object-create" */ './object/structure/ObjectDialogs'),
);
// The year wheel's three deliverables per object and the goal chain (issue 16): a lazy chunk.
const StrategyPortfolio = lazy(
  () => import(/* webpackChunkName: "strategy-portfolio" */ './strategy/StrategyPortfolio'),
);
// "Personer" (administrators): a lazy chunk.
const PeopleDialog = lazy(() => import(/* webpackChunkName: "people" */ './object/structure/PeopleDialog'));

const useStyles = makeStyles({
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  title: {
    marginTop: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
});

function initialYear(): number {
  const fromUrl = Number(new URLSearchParams(window.location.search).get('year'));
  if (fromUrl) return fromUrl;
  // From July, the plan being prepared is next year's.
  const now = new Date();
  return now.getMonth() >= 6 ? now.getFullYear() + 1 : now.getFullYear();
}

export default function PortfolioView() {
  const styles = useStyles();
  const { t } = useTexts();
  const session = useSession();
  const [year, setYear] = useState(initialYear);
  const [creating, setCreating] = useState<'object' | 'people' | null>(null);
  const portfolio = useResource<Portfolio>(`/api/portfolio?year=${year}`);
  useEffect(() => {
    if (portfolio.data) session.ready();
  }, [portfolio.data, session]);

  const years = [year - 2, year - 1, year, year + 1];
  const choose = (y: number) => {
    setYear(y);
    rememberInUrl('year', String(y));
  };

  return (
    <div>
      <div className={styles.head}>
        <h1 className={styles.title}>{t('portfolioTitle', { year })}</h1>
        <div className={styles.buttons}>
          {session.actor && canManagePeople(session.actor).allowed && (
            <Button onClick={() => setCreating('people')} data-testid="people">
              {t('oa.people')}
            </Button>
          )}
          {session.actor && canChangeStructure(session.actor).allowed && (
            <Button appearance="primary" onClick={() => setCreating('object')} data-testid="new-object">
              {t('oa.newObject')}
            </Button>
          )}
        </div>
      </div>
      {creating && (
        <Suspense fallback={null}>
          {creating === 'object' && <CreateObjectDialog open onClose={() => setCreating(null)} />}
          {creating === 'people' && <PeopleDialog onClose={() => setCreating(null)} />}
        </Suspense>
      )}
      <Field label={t('year')} style={{ maxWidth: '10rem', marginBottom: tokens.spacingVerticalL }}>
        <Select
          value={String(year)}
          onChange={(_, d) => choose(Number(d.value))}
          data-testid="portfolio-year"
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      {portfolio.error && <ErrorBar error={portfolio.error} onRetry={portfolio.reload} />}
      {!portfolio.data ? !portfolio.error && <Loading /> : <PortfolioBody portfolio={portfolio.data} />}
      {portfolio.data && (
        <Suspense fallback={<Loading />}>
          <StrategyPortfolio year={year} />
        </Suspense>
      )}
    </div>
  );
}
