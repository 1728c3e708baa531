// The portfolio inside "Mitt arbete", for those with a PSG role: this year's plans as PSG reads them.
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useResource } from '../../api/hooks';
import type { Portfolio } from '../../api/types';
import { ErrorBar, Loading } from '../../components/Feedback';
import { keepChoices } from '../../components/responsive';
import { useTexts } from '../../i18n';
import { PortfolioBody } from './PortfolioBody';

const useStyles = makeStyles({
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  h2: {
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export default function PortfolioSection() {
  const styles = useStyles();
  const { t } = useTexts();
  const portfolio = useResource<Portfolio>('/api/portfolio');
  return (
    <section aria-labelledby="psg-heading" data-testid="psg-section">
      <div className={styles.head}>
        <h2 className={styles.h2} id="psg-heading">
          {t('psgSection')}
        </h2>
        <Link href={keepChoices('/tab/portfolio')}>{t('portfolioLink')}</Link>
      </div>
      {portfolio.error && <ErrorBar error={portfolio.error} onRetry={portfolio.reload} />}
      {portfolio.data ? <PortfolioBody portfolio={portfolio.data} /> : !portfolio.error && <Loading />}
    </section>
  );
}
