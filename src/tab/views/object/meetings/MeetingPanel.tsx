// One meeting opened in the Möten view: move it (its convener), its agenda and its minutes.
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { canSchedule } from '../../../../domain/authorization/policy';
import { utcToStockholm } from '../../../../domain/meetings/schedule';
import type { Forum, Meeting } from '../../../../domain/model';
import { meetingMove } from '../../../../services/schemas';
import { useApi } from '../../../api/hooks';
import type { Rec } from '../../../api/types';
import { Section } from '../../../components/Section';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { useWrite, validate } from '../structure/forms';
import { FormDialog } from '../structure/ui';
import { AgendaEditor } from './AgendaEditor';
import { instants } from './ForumTools';
import { MinutesForm } from './MinutesForm';
import type { ForumPeople } from './people';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function MeetingPanel({
  meeting,
  forum,
  people,
  title,
  onChanged,
  onClose,
}: {
  meeting: Rec<Meeting>;
  forum: Rec<Forum>;
  people: ForumPeople;
  title: string;
  onChanged(): Promise<unknown> | void;
  onClose(): void;
}) {
  const styles = useStyles();
  const { t } = useTexts();
  const actor = useSession().actor;
  const [moving, setMoving] = useState(false);
  const schedule = actor ? canSchedule(actor, people.conveners) : null;
  const mayMove = !!schedule?.allowed && meeting.status === 'scheduled';
  return (
    <Section title={title} id="meeting-panel">
      <div className={styles.bar}>
        {mayMove && (
          <Button onClick={() => setMoving(true)} data-testid="move-meeting">
            {t('mt.moveMeeting')}
          </Button>
        )}
        <Button onClick={onClose}>{t('mt.close')}</Button>
      </div>
      <h3>{t('mt.agenda')}</h3>
      <AgendaEditor key={meeting.etag} meetingId={meeting.id} mayEdit={!!schedule?.allowed} />
      <h3>{t('mt.minutes')}</h3>
      <MinutesForm meetingId={meeting.id} people={people} onChanged={onChanged} />
      {moving && (
        <MoveDialog
          meeting={meeting}
          forum={forum}
          onClose={() => setMoving(false)}
          onSaved={async () => {
            await onChanged();
            setMoving(false);
          }}
        />
      )}
    </Section>
  );
}

function MoveDialog({
  meeting,
  onClose,
  onSaved,
}: {
  meeting: Rec<Meeting>;
  forum: Rec<Forum>;
  onClose(): void;
  onSaved(): Promise<void>;
}) {
  const { t, lang } = useTexts();
  const api = useApi();
  const write = useWrite();
  const start = utcToStockholm(meeting.start);
  const end = utcToStockholm(meeting.end);
  const [date, setDate] = useState(start.date);
  const [from, setFrom] = useState(start.time);
  const [to, setTo] = useState(end.time);
  const body = instants(date, from, to);
  const live = validate(meetingMove, body, lang);
  const [submitted, setSubmitted] = useState(false);
  const msg = (k: string) => write.error?.fields[k] ?? (submitted ? live[k] : undefined);
  return (
    <FormDialog
      open
      title={t('mt.moveTitle', { title: meeting.title })}
      submitLabel={t('mt.moveMeeting')}
      busy={write.busy}
      error={write.error}
      testId="move-dialog"
      onClose={onClose}
      onSubmit={() => {
        setSubmitted(true);
        if (Object.keys(live).length) return;
        void write.run(() => api.patch(`/api/meetings/${meeting.id}`, body, meeting.etag), {
          refresh: onSaved,
        });
      }}
    >
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
