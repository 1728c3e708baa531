// The forum's own work in the Möten view (issue 15): its settings (delegates, minimum meetings, when and
// where it meets), the Teams channel of its agendas and decisions, and a single extra meeting. Each is
// offered to the people the domain policy allows; others are told why they only read.
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import {
  canBindForumChannel,
  canConfigureForum,
  canSchedule,
  type Permission,
} from '../../../../domain/authorization/policy';
import { stockholmToUtc } from '../../../../domain/meetings/schedule';
import type { Forum, Person } from '../../../../domain/model';
import { translate } from '../../../../i18n/messages';
import { forumChannel, meetingCreate } from '../../../../services/schemas';
import { useApi, useResource } from '../../../api/hooks';
import type { Rec } from '../../../api/types';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { validate, useWrite } from '../structure/forms';
import { FormDialog, PersonField } from '../structure/ui';
import type { ForumPeople } from './people';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  note: { color: tokens.colorNeutralForeground2, margin: 0 },
});

type Open = 'settings' | 'channel' | 'meeting' | null;

export function ForumTools({
  forum,
  people,
  year,
  onChanged,
}: {
  forum: Rec<Forum>;
  people: ForumPeople;
  year: number;
  onChanged(): Promise<unknown> | void;
}) {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const actor = useSession().actor;
  const [open, setOpen] = useState<Open>(null);
  if (!actor) return null;
  const configure = canConfigureForum(actor, people);
  const channel = canBindForumChannel(actor, people);
  const schedule = canSchedule(actor, people.conveners);
  const why = (p: Permission) => (p.allowed ? '' : translate(lang, `forbidden.${p.reason}`));
  const close = () => setOpen(null);
  const done = async () => {
    await onChanged();
    setOpen(null);
  };
  return (
    <div>
      <div className={styles.bar}>
        {configure.allowed && (
          <Button onClick={() => setOpen('settings')} data-testid="forum-settings">
            {t('mt.forumSettings')}
          </Button>
        )}
        {channel.allowed && (
          <Button onClick={() => setOpen('channel')} data-testid="forum-channel">
            {t('mt.forumChannel')}
          </Button>
        )}
        {schedule.allowed && (
          <Button onClick={() => setOpen('meeting')} data-testid="add-meeting">
            {t('mt.addMeeting')}
          </Button>
        )}
      </div>
      {!configure.allowed && (
        <p className={styles.note}>{t('mt.readOnlySettings', { reason: why(configure) })}</p>
      )}
      <p className={styles.note} data-testid="forum-channel-now">
        {forum.channel ? t('mt.channelNow', { channel: forum.channel.channelId }) : t('mt.channelNone')}
      </p>
      {open === 'settings' && <SettingsDialog forum={forum} onClose={close} onSaved={done} />}
      {open === 'channel' && <ChannelDialog forum={forum} onClose={close} onSaved={done} />}
      {open === 'meeting' && <MeetingDialog forum={forum} year={year} onClose={close} onSaved={done} />}
    </div>
  );
}

function SettingsDialog({ forum, onClose, onSaved }: DialogProps) {
  const { t } = useTexts();
  const api = useApi();
  const write = useWrite();
  const styles = useStyles();
  const m = forum.meeting;
  const [min, setMin] = useState(String(forum.minMeetingsPerYear));
  const [weekday, setWeekday] = useState(m ? String(m.weekday) : '');
  const [week, setWeek] = useState(m ? String(m.weekOfMonth) : '');
  const [start, setStart] = useState(m?.startTime ?? '');
  const [duration, setDuration] = useState(m ? String(m.durationMinutes) : '');
  const [place, setPlace] = useState(m?.place ?? '');
  const [delegates, setDelegates] = useState<string[]>(forum.delegatePersonIds);
  const [adding, setAdding] = useState<string | null>(null);
  const everyone = useResource<Rec<Person>[]>('/api/people');
  const nameOf = (id: string) => everyone.data?.find((p) => p.id === id)?.displayName ?? '…';
  const num = (v: string) => (v.trim() === '' ? undefined : Number(v));
  const meeting = Object.fromEntries(
    Object.entries({
      weekday: num(weekday),
      weekOfMonth: num(week),
      startTime: start || undefined,
      durationMinutes: num(duration),
      place,
    }).filter(([, v]) => v !== undefined),
  );
  const f = write.error?.fields ?? {};
  return (
    <FormDialog
      open
      title={t('mt.forumSettings')}
      submitLabel={t('mt.save')}
      busy={write.busy}
      error={write.error}
      testId="forum-settings-dialog"
      onClose={onClose}
      onSubmit={() =>
        void write.run(
          () =>
            api.patch(
              `/api/forums/${forum.id}`,
              { minMeetingsPerYear: num(min), delegatePersonIds: delegates, meeting },
              forum.etag,
            ),
          { refresh: onSaved },
        )
      }
    >
      <Field label={t('mt.minMeetings')} validationMessage={f['minMeetingsPerYear']}>
        <Input type="number" value={min} onChange={(_, d) => setMin(d.value)} />
      </Field>
      <Field label={t('mt.weekday')} validationMessage={f['meeting.weekday']}>
        <Input type="number" value={weekday} onChange={(_, d) => setWeekday(d.value)} />
      </Field>
      <Field label={t('mt.weekOfMonth')} validationMessage={f['meeting.weekOfMonth']}>
        <Input type="number" value={week} onChange={(_, d) => setWeek(d.value)} />
      </Field>
      <Field label={t('mt.startTime')} validationMessage={f['meeting.startTime']}>
        <Input value={start} placeholder="13:00" onChange={(_, d) => setStart(d.value)} />
      </Field>
      <Field label={t('mt.duration')} validationMessage={f['meeting.durationMinutes']}>
        <Input type="number" value={duration} onChange={(_, d) => setDuration(d.value)} />
      </Field>
      <Field label={t('mt.place')} validationMessage={f['meeting.place']}>
        <Input value={place} onChange={(_, d) => setPlace(d.value)} />
      </Field>
      <fieldset>
        <legend>{t('mt.delegates')}</legend>
        <ul>
          {delegates.map((id) => (
            <li key={id}>
              {nameOf(id)}{' '}
              <Button size="small" onClick={() => setDelegates(delegates.filter((d) => d !== id))}>
                {t('mt.remove')}
              </Button>
            </li>
          ))}
        </ul>
        <div className={styles.row}>
          <PersonField value={adding} onChange={setAdding} exclude={delegates} />
          <Button
            disabled={!adding}
            onClick={() => {
              if (adding) setDelegates([...delegates, adding]);
              setAdding(null);
            }}
          >
            {t('mt.addDelegate')}
          </Button>
        </div>
      </fieldset>
    </FormDialog>
  );
}

interface DialogProps {
  forum: Rec<Forum>;
  onClose(): void;
  onSaved(): Promise<void>;
}

function ChannelDialog({ forum, onClose, onSaved }: DialogProps) {
  const { t, lang } = useTexts();
  const api = useApi();
  const write = useWrite();
  const [channelId, setChannelId] = useState(forum.channel?.channelId ?? '');
  const [teamId, setTeamId] = useState(forum.channel?.teamId ?? '');
  const body = { channelId, teamId: teamId.trim() || null };
  const live = validate(forumChannel, body, lang);
  const [submitted, setSubmitted] = useState(false);
  return (
    <FormDialog
      open
      title={t('mt.forumChannel')}
      submitLabel={t('mt.save')}
      busy={write.busy}
      error={write.error}
      testId="forum-channel-dialog"
      onClose={onClose}
      onSubmit={() => {
        setSubmitted(true);
        if (Object.keys(live).length) return;
        void write.run(() => api.post(`/api/forums/${forum.id}/channel`, body), { refresh: onSaved });
      }}
    >
      <Field
        label={t('mt.channelId')}
        required
        validationMessage={submitted ? (write.error?.fields['channelId'] ?? live['channelId']) : undefined}
      >
        <Input value={channelId} onChange={(_, d) => setChannelId(d.value)} />
      </Field>
      <Field label={t('mt.teamId')}>
        <Input value={teamId} onChange={(_, d) => setTeamId(d.value)} />
      </Field>
    </FormDialog>
  );
}

/** A date and two Stockholm wall-clock times, as the instants the API takes. */
export function instants(date: string, from: string, to: string): { start: string; end: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(from) || !/^\d{2}:\d{2}$/.test(to))
    return { start: '', end: '' };
  return { start: stockholmToUtc(date, from), end: stockholmToUtc(date, to) };
}

function MeetingDialog({ forum, year, onClose, onSaved }: DialogProps & { year: number }) {
  const { t, lang } = useTexts();
  const api = useApi();
  const write = useWrite();
  const [title, setTitle] = useState(`${forum.name} – extra möte`);
  const [date, setDate] = useState(`${year}-01-15`);
  const [from, setFrom] = useState(forum.meeting?.startTime ?? '13:00');
  const [to, setTo] = useState('15:00');
  const body = { title, ...instants(date, from, to) };
  const live = validate(meetingCreate, body, lang);
  const [submitted, setSubmitted] = useState(false);
  const msg = (k: string) => write.error?.fields[k] ?? (submitted ? live[k] : undefined);
  return (
    <FormDialog
      open
      title={t('mt.addMeeting')}
      submitLabel={t('mt.addMeeting')}
      busy={write.busy}
      error={write.error}
      testId="meeting-dialog"
      onClose={onClose}
      onSubmit={() => {
        setSubmitted(true);
        if (Object.keys(live).length) return;
        void write.run(() => api.post(`/api/forums/${forum.id}/meetings`, body), { refresh: onSaved });
      }}
    >
      <Field label={t('mt.meetingTitle')} required validationMessage={msg('title')}>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t('mt.date')} required validationMessage={msg('start')}>
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Field label={t('mt.startTime')} required>
        <Input type="time" value={from} onChange={(_, d) => setFrom(d.value)} />
      </Field>
      <Field label={t('mt.endTime')} required validationMessage={msg('end')}>
        <Input type="time" value={to} onChange={(_, d) => setTo(d.value)} />
      </Field>
    </FormDialog>
  );
}
