// A Teams meeting Objektnav did not book: the forum's convener says once which forum meeting it is.
// The choices are the meetings they convene (from "Mitt arbete"); everyone else is told who links it.
// The server decides with the same policy (canSchedule) and refuses anyone else.
import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Meeting } from '../../../domain/model';
import { useApi, useResource } from '../../api/hooks';
import type { MyWork, Rec } from '../../api/types';
import { ErrorBar, Loading } from '../../components/Feedback';
import { Section } from '../../components/Section';
import { useTexts } from '../../i18n';
import { useWrite } from '../object/structure/forms';
import { WriteErrorBar } from '../object/structure/ui';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

export function LinkMeeting({ threadId, onLinked }: { threadId: string; onLinked(): unknown }) {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const api = useApi();
  const work = useResource<MyWork>('/api/me/work');
  const write = useWrite();
  const [chosen, setChosen] = useState('');
  if (work.error) return <ErrorBar error={work.error} onRetry={work.reload} />;
  if (!work.data) return <Loading />;
  const mine = work.data.items.filter((i) => i.kind === 'meeting' && i.as.includes('convener'));
  const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });
  const link = async () => {
    const meetingId = chosen.replace(/^meeting:/, '');
    await write.run(
      async () => {
        // The meeting's current eTag (the agenda answer carries the meeting).
        const { meeting } = await api.get<{ meeting: Rec<Meeting> }>(`/api/meetings/${meetingId}/agenda`);
        await api.request('PUT', `/api/meetings/${meetingId}/teams-meeting`, {
          body: { threadId },
          ifMatch: meeting.etag,
        });
      },
      { refresh: onLinked },
    );
  };
  return (
    <Section title={t('ma.linkTitle')} id="meeting-link">
      <p>{t('ma.notLinked')}</p>
      {mine.length === 0 ? (
        <p>
          {t('ma.linkNone')} {t('ma.notLinkedAsk')}
        </p>
      ) : (
        <form
          className={styles.row}
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen && !write.busy) void link();
          }}
        >
          <Field label={t('ma.linkChoose')}>
            <Select value={chosen} onChange={(_, d) => setChosen(d.value)} data-testid="link-meeting-choice">
              <option value="">{t('mt.nobody')}</option>
              {mine.map((i) => (
                <option key={i.key} value={i.key}>
                  {`${i.forum?.name ?? i.title}: ${i.due ? format.format(new Date(i.due)) : ''}`}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" appearance="primary" disabled={!chosen || write.busy}>
            {t('ma.link')}
          </Button>
        </form>
      )}
      <WriteErrorBar error={write.error} />
    </Section>
  );
}
