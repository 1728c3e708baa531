// "Mitt arbete": what waits for the signed-in person across every object, grouped by what to do. Each
// item opens the right object and view — inside Teams the object's channel tab through a deep link with
// its sub-entity id, in a browser the tab's address. Those with a PSG role see the portfolio below.
import { Badge, Link, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, type MouseEvent } from 'react';
import { isObjectRole } from '../../domain/roles/roles';
import type { Role } from '../../domain/model';
import { capitalise, term } from '../../i18n/messages';
import { channelTabDeepLink } from '../../services/mywork/links';
import { useResource } from '../api/hooks';
import type { MyWork, WorkItem, WorkKind } from '../api/types';
import { ErrorBar, Loading } from '../components/Feedback';
import { keepChoices } from '../components/responsive';
import { Section } from '../components/Section';
import { useTexts } from '../i18n';
import { useSession } from '../session';
import { openItem } from '../teams';

const PortfolioSection = lazy(
  () => import(/* webpackChunkName: "portfolio-section" */ './portfolio/PortfolioSection'),
);

const ORDER: WorkKind[] = ['approval', 'escalation', 'adjustment', 'actionItem', 'deadline', 'meeting'];

const useStyles = makeStyles({
  title: {
    marginTop: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'break-word',
  },
  main: { flex: '1 1 14rem', minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export default function MyWorkView() {
  const session = useSession();
  // Keyed by the person: choosing another (demo) person loads their list afresh.
  const personId = session.me?.person?.id ?? null;
  return <MyWorkOf key={personId ?? ''} personId={personId} />;
}

function MyWorkOf({ personId }: { personId: string | null }) {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const session = useSession();
  const work = useResource<MyWork>(personId ? '/api/me/work' : null);
  const settled =
    session.me !== undefined && (!personId || work.data !== undefined || work.error !== undefined);
  useEffect(() => {
    if (settled) session.ready();
  }, [settled, session]);

  if (session.me && !personId)
    return (
      <div>
        <h1 className={styles.title}>{t('myWorkTitle')}</h1>
        <MessageBar intent="info">
          <MessageBarBody>{t('choosePersonFirst')}</MessageBarBody>
        </MessageBar>
      </div>
    );
  if (work.error) return <ErrorBar error={work.error} onRetry={work.reload} />;
  if (!work.data) return <Loading />;
  const data = work.data;

  const asText = (a: string) => {
    if (a === 'leaders' || a === 'owners' || a === 'psg') return t(`level.${a}`);
    if (['chair', 'convener', 'member', 'adjunct', 'attendee'].includes(a)) return t(`participation.${a}`);
    if (a === 'owner') return t('itemOwner');
    if (a === 'adjuster') return t('adjuster');
    return isObjectRole(a as Role) || a ? capitalise(term(lang, a as Role)) : a;
  };
  const titleOf = (i: WorkItem) =>
    i.kind === 'approval'
      ? t('approvePlanOf', { year: i.title })
      : i.kind === 'deadline'
        ? t(`deliverable.${i.title}`)
        : i.title;
  const when = (i: WorkItem) => {
    if (!i.due) return null;
    const d = new Date(i.due.length === 10 ? `${i.due}T12:00:00Z` : i.due);
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
      dateStyle: 'medium',
      ...(i.due.length > 10 ? { timeStyle: 'short' } : {}),
      timeZone: 'Europe/Stockholm',
    }).format(d);
  };
  const open = (i: WorkItem) => (e: MouseEvent) => {
    if (!session.host.inTeams) return;
    e.preventDefault();
    const deepLink = i.target.objectId
      ? channelTabDeepLink({
          appId: session.host.appId,
          objectId: i.target.objectId,
          channelId: i.target.channelId,
          target: i.target,
          webUrl: `${window.location.origin}${i.target.path}`,
          label: titleOf(i),
        })
      : null;
    openItem(session.host, deepLink, i.target.path);
  };

  return (
    <div>
      <h1 className={styles.title}>{t('myWorkTitle')}</h1>
      <p data-testid="mywork-summary">
        {data.items.length ? t('myWorkIntro', { count: data.items.length }) : t('myWorkNothing')}
      </p>
      {ORDER.filter((kind) => data.counts[kind] > 0 || kind === 'approval').map((kind) => {
        const items = data.items.filter((i) => i.kind === kind);
        return (
          <Section key={kind} title={`${t(`work.${kind}`)} (${items.length})`} id={`work-${kind}`}>
            {items.length === 0 ? (
              <p>{t(`workNone.${kind}`)}</p>
            ) : (
              <ul className={styles.list} data-testid={`work-${kind}`}>
                {items.map((i) => (
                  <li key={i.key} className={styles.item} data-testid="work-item" data-kind={i.kind}>
                    <span className={styles.main}>
                      <Link href={keepChoices(i.target.path)} onClick={open(i)}>
                        {titleOf(i)}
                      </Link>
                      {i.object && (
                        <span className={styles.meta}>{` · ${i.object.code} – ${i.object.name}`}</span>
                      )}
                      {!i.object && i.forum && <span className={styles.meta}>{` · ${i.forum.name}`}</span>}
                    </span>
                    {when(i) && (
                      <span className={styles.meta}>
                        {`${kind === 'meeting' || kind === 'adjustment' ? t('at') : t('due')}: ${when(i)}`}
                      </span>
                    )}
                    {i.late && (
                      <Badge color="danger" data-late="true">
                        {t('late')}
                      </Badge>
                    )}
                    {i.as.length > 0 && (
                      <span className={styles.meta}>{`${t('as')}: ${i.as.map(asText).join(', ')}`}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        );
      })}
      {data.psg && (
        <Suspense fallback={<Loading />}>
          <PortfolioSection />
        </Suspense>
      )}
    </div>
  );
}
