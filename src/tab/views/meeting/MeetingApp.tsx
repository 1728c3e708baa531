// The forum meeting inside its Teams meeting (issue 19), a lazy chunk. The tab knows which Objektnav
// meeting it is from the meeting's chat thread (booked by Objektnav, or linked once by the convener).
// In the side panel (320 px): the agenda with the item being minuted, and the minutes themselves —
// attendance, decisions checked against the mandate as they are taken, action items — saved as you go,
// the same minutes the object tab keeps. In the details tab: before the meeting the agenda and the
// documents; after it the draft minutes, which the adjusters adjust there.
import './meetingWords';
import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { AgendaItem, Forum, Meeting } from '../../../domain/model';
import { useResource } from '../../api/hooks';
import type { Rec } from '../../api/types';
import { ErrorBar, Loading } from '../../components/Feedback';
import { Section } from '../../components/Section';
import { useTexts } from '../../i18n';
import { useSession } from '../../session';
import { currentAgendaItem, MinutesForm } from '../object/meetings/MinutesForm';
import { forumPeople, type Attendee } from '../object/meetings/people';
import { LinkMeeting } from './LinkMeeting';
import { useEffect } from 'react';

interface Resolved {
  meeting: Rec<Meeting> | null;
  forum: Rec<Forum> | null;
  source: 'calendar' | 'link' | null;
  attendees: Attendee[];
}

const useStyles = makeStyles({
  agenda: { paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS },
  item: { overflowWrap: 'anywhere' },
  current: { fontWeight: tokens.fontWeightSemibold },
  h1: {
    marginTop: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
});

export default function MeetingApp() {
  const { t } = useTexts();
  const session = useSession();
  const threadId = session.host.threadId;
  const resolved = useResource<Resolved>(
    threadId ? `/api/teams-meetings?threadId=${encodeURIComponent(threadId)}` : null,
  );
  const loaded = !threadId || resolved.data !== undefined || resolved.error !== undefined;
  useEffect(() => {
    if (loaded) session.ready();
  }, [loaded, session]);
  if (!threadId) return <p>{t('ma.noThread')}</p>;
  if (resolved.error) return <ErrorBar error={resolved.error} onRetry={resolved.reload} />;
  if (!resolved.data) return <Loading />;
  const { meeting, forum, attendees, source } = resolved.data;
  if (!meeting || !forum) return <LinkMeeting threadId={threadId} onLinked={resolved.reload} />;
  return (
    <MeetingView
      meeting={meeting}
      forum={forum}
      attendees={attendees}
      source={source}
      side={session.host.frame === 'sidePanel'}
    />
  );
}

function MeetingView({
  meeting,
  forum,
  attendees,
  source,
  side,
}: {
  meeting: Rec<Meeting>;
  forum: Rec<Forum>;
  attendees: Attendee[];
  source: Resolved['source'];
  side: boolean;
}) {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const agenda = useResource<{ items: AgendaItem[] }>(`/api/meetings/${meeting.id}/agenda`);
  const minutes = useResource<{ paragraphs: { title: string }[] }>(`/api/meetings/${meeting.id}/minutes`);
  const people = forumPeople(forum, attendees);
  const when = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(meeting.start));
  const begun = new Date(meeting.start).getTime() <= Date.now() || meeting.status === 'held';
  const titles = (agenda.data?.items ?? []).map((i) => i.title);
  const minuted = (minutes.data?.paragraphs ?? []).map((p) => p.title);
  const current = begun ? currentAgendaItem(titles, minuted) : null;
  const objectLink = (view: string, year: number) =>
    forum.objectId ? `/tab/objects/${forum.objectId}?view=${view}&year=${year}` : null;
  const year = Number(meeting.start.slice(0, 4));
  // September's OSG approves next year's plan; the follow-up is of the year the meeting is in.
  const planYear = Number(meeting.start.slice(5, 7)) >= 7 ? year + 1 : year;
  return (
    <div data-testid={side ? 'meeting-side-panel' : 'meeting-details'}>
      <h1 className={styles.h1}>{t('ma.title', { forum: forum.name, when })}</h1>
      {source && (
        <p>
          <Badge appearance="tint" color="informative">
            {t(`ma.via.${source}`)}
          </Badge>
        </p>
      )}
      <Section title={t('mt.agenda')} id="meeting-agenda">
        {agenda.error && <ErrorBar error={agenda.error} onRetry={agenda.reload} />}
        {!agenda.data && !agenda.error && <Loading />}
        {agenda.data && titles.length === 0 && <p>{t('ma.agendaEmpty')}</p>}
        {agenda.data && titles.length > 0 && (
          <ol className={styles.agenda} data-testid="meeting-agenda-list">
            {titles.map((title, i) => {
              const isCurrent = title === current;
              return (
                <li
                  key={`${i}-${title}`}
                  className={isCurrent ? `${styles.item} ${styles.current}` : styles.item}
                  aria-current={isCurrent ? 'step' : undefined}
                >
                  {title}{' '}
                  {isCurrent && (
                    <Badge appearance="filled" color="brand">
                      {t('ma.current')}
                    </Badge>
                  )}
                  {begun && minuted.includes(title) && (
                    <Badge appearance="tint" color="success">
                      {t('ma.done')}
                    </Badge>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </Section>
      {!begun && forum.objectId && (
        <Section title={t('ma.documents')} id="meeting-documents">
          <ul>
            <li>
              <Link href={objectLink('plan', planYear)!} target="_blank">
                {t('ma.planToApprove', { year: planYear })}
              </Link>
            </li>
            <li>
              <Link href={objectLink('followup', year)!} target="_blank">
                {t('ma.followUp', { year })}
              </Link>
            </li>
          </ul>
        </Section>
      )}
      {(begun || side) && (
        <Section title={t('ma.draftFor')} id="meeting-minutes">
          {side && begun && <p>{t('ma.savedAsYouGo')}</p>}
          <MinutesForm
            meetingId={meeting.id}
            people={people}
            autosave={side}
            agenda={titles}
            // The agenda's current item follows what the minutes have reached.
            onSaved={() => void minutes.reload()}
          />
        </Section>
      )}
      {forum.objectId && (
        <p>
          <Link
            href={`/tab/objects/${forum.objectId}?view=meetings&year=${year}&meeting=${meeting.id}`}
            target="_blank"
          >
            {t('ma.openMeetings')}
          </Link>
        </p>
      )}
    </div>
  );
}
