// The portfolio view for PSG: every object's plan against the year wheel, budgets and escalations.
import {
  Badge,
  Button,
  Field,
  Link,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useResource } from '../api/hooks';
import type { Portfolio } from '../api/types';
import { ErrorBar, Loading } from '../components/Feedback';
import { Section } from '../components/Section';
import { useTexts } from '../i18n';
import { useSession } from '../session';
import { PLAN_STATUS_COLOR, rememberInUrl } from '../components/shared';
import { canChangeStructure, canManagePeople } from '../../domain/authorization/policy';

// "Nytt objekt" (PSG's structure, recorded by the model owner or an administrator): a lazy chunk.
const CreateObjectDialog = lazy(
  () => import(/* webpackChunkName: "object-create" */ './object/structure/ObjectDialogs'),
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
  num: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  sumRow: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  late: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
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
  const { t, money, number, date } = useTexts();
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
  const codeOf = (objectId: string) =>
    portfolio.data?.objects.find((o) => o.object.id === objectId)?.object.code ?? '';
  const search = window.location.search;

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
      {!portfolio.data ? (
        !portfolio.error && <Loading />
      ) : (
        <>
          <Section title={t('portfolio')} id="portfolio">
            <Table size="small" aria-labelledby="portfolio-heading">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('object')}</TableHeaderCell>
                  <TableHeaderCell>{t('category')}</TableHeaderCell>
                  <TableHeaderCell>{t('planStatus')}</TableHeaderCell>
                  <TableHeaderCell>{t('deadlines')}</TableHeaderCell>
                  <TableHeaderCell className={styles.num}>{`${t('business')} (kr)`}</TableHeaderCell>
                  <TableHeaderCell className={styles.num}>{`${t('it')} (kr)`}</TableHeaderCell>
                  <TableHeaderCell className={styles.num}>{t('total')}</TableHeaderCell>
                  <TableHeaderCell className={styles.num}>{t('fte')}</TableHeaderCell>
                  <TableHeaderCell className={styles.num}>{t('escalations')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {portfolio.data.objects.map((row) => {
                  const late = row.deadlines.filter((d) => d.late);
                  return (
                    <TableRow key={row.object.id} data-testid={`portfolio-${row.object.code}`}>
                      <TableCell>
                        <Link
                          href={`/tab/objects/${row.object.id}${search}`}
                        >{`${row.object.code} – ${row.object.name}`}</Link>
                      </TableCell>
                      <TableCell>{t(`category.${row.object.category}`)}</TableCell>
                      <TableCell>
                        {row.plan ? (
                          <Badge color={PLAN_STATUS_COLOR[row.plan.status]}>
                            {t(`status.${row.plan.status}`)}
                          </Badge>
                        ) : (
                          t('noPlan')
                        )}
                      </TableCell>
                      <TableCell>
                        {late.length === 0 ? (
                          '–'
                        ) : (
                          <ul className={styles.late}>
                            {late.map((d) => (
                              <li key={d.deliverable} data-late="true">
                                <strong>{t('late')}:</strong>{' '}
                                {`${t(`deliverable.${d.deliverable}`)} (${date(d.due)})`}
                              </li>
                            ))}
                          </ul>
                        )}
                      </TableCell>
                      <TableCell className={styles.num}>
                        {row.budget
                          ? money(row.budget.totals.business.maintain + row.budget.totals.business.develop)
                          : '–'}
                      </TableCell>
                      <TableCell className={styles.num}>
                        {row.budget
                          ? money(row.budget.totals.it.maintain + row.budget.totals.it.develop)
                          : '–'}
                      </TableCell>
                      <TableCell className={styles.num}>
                        {row.budget ? money(row.budget.totals.total) : '–'}
                      </TableCell>
                      <TableCell className={styles.num}>
                        {row.budget ? number(row.budget.fte, 2) : '–'}
                      </TableCell>
                      <TableCell className={styles.num}>{row.openEscalations}</TableCell>
                    </TableRow>
                  );
                })}
                <TableRow className={styles.sumRow}>
                  <TableCell colSpan={4}>{t('portfolioTotal')}</TableCell>
                  <TableCell className={styles.num}>
                    {money(portfolio.data.totals.business.maintain + portfolio.data.totals.business.develop)}
                  </TableCell>
                  <TableCell className={styles.num}>
                    {money(portfolio.data.totals.it.maintain + portfolio.data.totals.it.develop)}
                  </TableCell>
                  <TableCell className={styles.num} data-testid="portfolio-total">
                    {money(portfolio.data.totals.total)}
                  </TableCell>
                  <TableCell className={styles.num}>{number(portfolio.data.totals.fte, 2)}</TableCell>
                  <TableCell className={styles.num}>{portfolio.data.escalations.length}</TableCell>
                </TableRow>
              </TableBody>
            </Table>
          </Section>

          <Section title={t('escalatedToPsg')} id="escalated">
            {portfolio.data.escalations.length === 0 ? (
              <p>{t('noEscalations')}</p>
            ) : (
              <Table size="small" aria-labelledby="escalated-heading">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t('title')}</TableHeaderCell>
                    <TableHeaderCell>{t('object')}</TableHeaderCell>
                    <TableHeaderCell className={styles.num}>{t('score')}</TableHeaderCell>
                    <TableHeaderCell>{t('status')}</TableHeaderCell>
                    <TableHeaderCell>{t('escalateReason')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {portfolio.data.escalations.map((i) => (
                    <TableRow key={i.id}>
                      <TableCell>{i.title}</TableCell>
                      <TableCell>
                        {[i.objectId, ...i.affectedObjectIds].map(codeOf).filter(Boolean).join(', ')}
                      </TableCell>
                      <TableCell className={styles.num}>{i.score}</TableCell>
                      <TableCell>{t(`initiative.${i.status}`)}</TableCell>
                      <TableCell>{i.escalations[i.escalations.length - 1]?.reason ?? ''}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Section>
        </>
      )}
    </div>
  );
}
