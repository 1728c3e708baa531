// The portfolio view for PSG: every object's plan against the year wheel, budgets and escalations.
import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useResource } from '../api/hooks';
import type { Portfolio } from '../api/types';
import { ErrorBar, Loading } from '../components/Feedback';
import { useTexts } from '../i18n';
import { useSession } from '../session';
import { rememberInUrl } from '../components/shared';
// The body (table or cards, chart, compliance, escalations) lives in ./portfolio, shared with "Mitt arbete".
import { PortfolioBody } from './portfolio/PortfolioBody';

const useStyles = makeStyles({
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
      <h1 className={styles.title}>{t('portfolioTitle', { year })}</h1>
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
    </div>
  );
}
