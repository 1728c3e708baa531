// Möten: the object's steering group (OSG) meetings for a year, who is invited (from the roles), and for
// the convener, planning the year's series and cancelling meetings. The calendar feed can be subscribed to
// (with Entra sign-in through the person's own link: FeedSubscription).
import {
  Badge,
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Forum, Meeting } from '../../../domain/model';
import { capitalise, term } from '../../../i18n/messages';
import { useApi, useResource } from '../../api/hooks';
import type { ObjectDetail, Rec } from '../../api/types';
import { ErrorBar, Loading } from '../../components/Feedback';
import { FitTable } from '../../components/FitTable';
import { Section } from '../../components/Section';
import { rememberInUrl } from '../../components/shared';
import { useTexts } from '../../i18n';
import { useSession } from '../../session';
import { FeedSubscription } from './FeedSubscription';
import { forumPeople } from './meetings/people';

// The meeting work (forum settings and channel, single meetings, agendas, minutes, the decision
// register) is one lazy chunk: most visits to Möten only read.
const chunk = () => import(/* webpackChunkName: "object-meetings" */ './meetings');
const ForumTools = lazy(() => chunk().then((m) => ({ default: m.ForumTools })));
const MeetingPanel = lazy(() => chunk().then((m) => ({ default: m.MeetingPanel })));
const DecisionRegister = lazy(() => chunk().then((m) => ({ default: m.DecisionRegister })));

interface Attendee {
  personId: string;
  displayName: string;
  participation: string[];
  via: { role: string }[];
}

interface MeetingsOverview {
  forum: Rec<Forum>;
  meetings: Rec<Meeting>[];
  attendees: Attendee[];
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalM,
  },
});

const STATUS_COLOR = { scheduled: 'informative', held: 'success', cancelled: 'subtle' } as const;

export function Meetings({ object }: { object: ObjectDetail }) {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const api = useApi();
  const session = useSession();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(
    () => Number(new URLSearchParams(window.location.search).get('year')) || thisYear + 1,
  );
  const overview = useResource<MeetingsOverview>(`/api/objects/${object.id}/meetings?year=${year}`);
  const [error, setError] = useState<string | null>(null);
  const [registerRound, setRegisterRound] = useState(0);
  const [openId, setOpenId] = useState<string | null>(() =>
    new URLSearchParams(window.location.search).get('meeting'),
  );
  useEffect(() => {
    if (overview.data) session.ready();
  }, [overview.data, session]);

  if (overview.error) return <ErrorBar error={overview.error} onRetry={overview.reload} />;
  if (!overview.data) return <Loading />;
  const { forum, meetings, attendees } = overview.data;
  const me = session.actor?.personId;
  const conveners = [
    ...attendees.filter((a) => a.participation.includes('convener')).map((a) => a.personId),
    ...forum.delegatePersonIds,
  ];
  const isConvener = me !== undefined && conveners.includes(me);
  const people = forumPeople(forum, attendees);
  const opened = meetings.find((m) => m.id === openId);
  const open = (id: string | null) => {
    setOpenId(id);
    rememberInUrl('meeting', id ?? '');
  };
  const hasSeries = meetings.some((m) => m.seriesId && m.status !== 'cancelled');
  const when = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await overview.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div>
      <div className={styles.bar}>
        <Field label={t('year')}>
          <Select
            value={String(year)}
            onChange={(_, d) => {
              setYear(Number(d.value));
              rememberInUrl('year', d.value);
            }}
            data-testid="meetings-year"
          >
            {[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        {isConvener && !hasSeries && (
          <Button
            appearance="primary"
            onClick={() => void run(() => api.post(`/api/forums/${forum.id}/meeting-series`, { year }))}
          >
            {t('planSeries', { year })}
          </Button>
        )}
      </div>
      <Suspense fallback={<Loading />}>
        <ForumTools forum={forum} people={people} year={year} onChanged={overview.reload} />
      </Suspense>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Section title={`${forum.name} ${year}`} id="meetings">
        {meetings.length === 0 ? (
          <p>{isConvener ? t('noMeetingsConvener') : t('noMeetings')}</p>
        ) : (
          <FitTable
            labelledBy="meetings-heading"
            testId="meetings-table"
            rows={meetings}
            rowKey={(m) => m.id}
            columns={[
              { key: 'when', header: t('when'), cell: (m) => when.format(new Date(m.start)) },
              {
                key: 'title',
                header: t('title'),
                cell: (m) => (
                  <>
                    {m.title}
                    {m.joinUrl && (
                      <>
                        {' – '}
                        <Link href={m.joinUrl} target="_blank" rel="noreferrer">
                          {t('joinMeeting')}
                        </Link>
                      </>
                    )}
                    {m.onlineMeetingMissing && (
                      <div>
                        <Badge appearance="tint" color="warning">
                          {t('onlineMeetingMissing')}
                        </Badge>
                      </div>
                    )}
                    {m.status === 'held' && m.attendance && (
                      <div>
                        <Link href={`/api/meetings/${m.id}/minutes.docx`}>{t('minutesDocx')}</Link>
                      </div>
                    )}
                  </>
                ),
              },
              {
                key: 'status',
                header: t('status'),
                cell: (m) => (
                  <Badge appearance="tint" color={STATUS_COLOR[m.status]}>
                    {t(`meeting.${m.status}`)}
                  </Badge>
                ),
              },
              {
                key: 'actions',
                header: t('actions'),
                cell: (m) => (
                  <>
                    <Button
                      size="small"
                      onClick={() => open(m.id)}
                      aria-label={`${t('mt.open')}: ${when.format(new Date(m.start))}`}
                      data-testid={`open-meeting-${m.id}`}
                    >
                      {t('mt.open')}
                    </Button>{' '}
                    {isConvener && m.status === 'scheduled' && (
                      <Button
                        size="small"
                        onClick={() => void run(() => api.post(`/api/meetings/${m.id}/cancel`))}
                        aria-label={`${t('cancelMeeting')}: ${when.format(new Date(m.start))}`}
                      >
                        {t('cancelMeeting')}
                      </Button>
                    )}
                  </>
                ),
              },
            ]}
          />
        )}
        <FeedSubscription objectId={object.id} />
      </Section>
      {opened && (
        <Suspense fallback={<Loading />}>
          <MeetingPanel
            key={opened.id}
            meeting={opened}
            forum={forum}
            people={people}
            title={t('mt.meetingOf', { when: when.format(new Date(opened.start)) })}
            onChanged={async () => {
              await overview.reload();
              // Adjusted or corrected minutes change the decision records: the register shows them.
              setRegisterRound((n) => n + 1);
            }}
            onClose={() => open(null)}
          />
        </Suspense>
      )}
      <Section title={t('mt.register')} id="decisions">
        <Suspense fallback={<Loading />}>
          <DecisionRegister key={registerRound} objectId={object.id} forum={forum} />
        </Suspense>
      </Section>
      <Section title={t('invited')} id="invited">
        <FitTable
          labelledBy="invited-heading"
          rows={attendees}
          rowKey={(a) => a.personId}
          columns={[
            { key: 'person', header: t('person'), cell: (a) => a.displayName },
            {
              key: 'role',
              header: t('role'),
              cell: (a) =>
                [
                  ...a.participation.map((p) => t(`participation.${p}`)),
                  ...a.via.map((v) => capitalise(term(lang, v.role))),
                ].join(', '),
            },
          ]}
        />
      </Section>
    </div>
  );
}
