// The year wheel's three deliverables per object for the portfolio's year: strategic object plan,
// object plan and objektberättelse, each with its state, its next deadline and a late flag. A list of
// cards rather than a table, so that nothing overlaps at 320 px.
import './words';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { useResource } from '../../api/hooks';
import { ErrorBar, Loading } from '../../components/Feedback';
import { Section } from '../../components/Section';
import { useTexts } from '../../i18n';
import type { YearWheelAnswer } from './types';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    listStyle: 'none',
    padding: 0,
    margin: 0,
  },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
  h3: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    marginBottom: tokens.spacingVerticalXS,
  },
  label: { flexBasis: '100%' },
  muted: { color: tokens.colorNeutralForeground2 },
});

const COLOR = {
  missing: 'subtle',
  draft: 'informative',
  submitted: 'warning',
  approved: 'success',
  closed: 'success',
} as const;

export function YearWheelDeliverables({ year }: { year: number }) {
  const styles = useStyles();
  const { t, date } = useTexts();
  const wheel = useResource<YearWheelAnswer>(`/api/year-wheel/deliverables?year=${year}`);
  return (
    <Section title={t('st.wheelTitle', { year })} id="deliverables">
      {wheel.error && <ErrorBar error={wheel.error} onRetry={wheel.reload} />}
      {!wheel.data ? (
        !wheel.error && <Loading />
      ) : (
        <ul className={styles.grid}>
          {wheel.data.objects.map((o) => (
            <li key={o.objectId} className={styles.card} data-testid={`deliverables-${o.code}`}>
              <h3 className={styles.h3}>
                {o.code} {o.name}
              </h3>
              {o.deliverables.map((d) => (
                <div key={d.kind} className={styles.row} data-kind={d.kind} data-late={d.late}>
                  <span className={styles.label}>{t(`st.deliverable.${d.kind}`)}</span>
                  <Badge appearance="tint" color={COLOR[d.state]}>
                    {t(`st.state.${d.state}`)}
                  </Badge>
                  {d.late && (
                    <Badge appearance="filled" color="danger">
                      {t('st.late')}
                    </Badge>
                  )}
                  <span className={styles.muted}>
                    {d.nextDue ? t('st.nextDue', { date: date(d.nextDue) }) : t('st.allMet')}
                  </span>
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
