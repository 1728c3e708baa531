// A meeting's agenda for its convener (and delegates): add items, reorder them, remove them, and take
// suggestions from the object's state (plans to approve, escalations, contracts, deadlines, action items)
// into the agenda. Everyone else reads it. A held meeting keeps the agenda it had.
import { Badge, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AgendaItem, Meeting } from '../../../../domain/model';
import { agendaUpdate } from '../../../../services/schemas';
import { useApi, useResource } from '../../../api/hooks';
import type { Rec } from '../../../api/types';
import { ErrorBar, Loading } from '../../../components/Feedback';
import { useTexts } from '../../../i18n';
import { useWrite, validate } from '../structure/forms';
import { WriteErrorBar } from '../structure/ui';

interface AgendaView {
  meeting: Rec<Meeting>;
  frozen: boolean;
  items: AgendaItem[];
}

const useStyles = makeStyles({
  list: { paddingInlineStart: tokens.spacingHorizontalXXL, display: 'grid', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  title: { flexGrow: 1, minWidth: '10rem', overflowWrap: 'anywhere' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

type Own = Pick<AgendaItem, 'title' | 'presenter' | 'url'>;

export function AgendaEditor({ meetingId, mayEdit }: { meetingId: string; mayEdit: boolean }) {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const api = useApi();
  const agenda = useResource<AgendaView>(`/api/meetings/${meetingId}/agenda`);
  const write = useWrite(agenda.reload);
  const [own, setOwn] = useState<Own[] | null>(null);
  const [title, setTitle] = useState('');
  const [presenter, setPresenter] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (agenda.data)
      setOwn(
        agenda.data.items
          .filter((i) => i.source === 'convener')
          .map(({ title: tt, presenter: p, url }) => ({
            title: tt,
            ...(p ? { presenter: p } : {}),
            ...(url ? { url } : {}),
          })),
      );
  }, [agenda.data]);
  if (agenda.error) return <ErrorBar error={agenda.error} onRetry={agenda.reload} />;
  if (!agenda.data || !own) return <Loading />;
  const editable = mayEdit && !agenda.data.frozen;
  const suggestions = agenda.data.items.filter(
    (i) => i.source !== 'convener' && !own.some((o) => o.title === i.title),
  );
  const live = validate(agendaUpdate, { items: own }, lang);
  const change = (next: Own[]) => {
    setSaved(false);
    setOwn(next);
  };
  const move = (i: number, by: -1 | 1) => {
    const next = [...own];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    change(next);
  };

  if (!editable)
    return (
      <div data-testid="agenda">
        {agenda.data.frozen && <p>{t('mt.agendaFrozen')}</p>}
        {agenda.data.items.length === 0 ? (
          <p>{t('mt.noItems')}</p>
        ) : (
          <ol className={styles.list}>
            {agenda.data.items.map((i, n) => (
              <li key={n}>
                {i.title}
                {i.presenter ? ` (${i.presenter})` : ''}
              </li>
            ))}
          </ol>
        )}
      </div>
    );

  return (
    <div data-testid="agenda">
      <h4>{t('mt.ownItems')}</h4>
      {own.length === 0 ? (
        <p>{t('mt.noItems')}</p>
      ) : (
        <ol className={styles.list} data-testid="agenda-items">
          {own.map((item, i) => (
            <li key={`${i}-${item.title}`}>
              <div className={styles.item}>
                <span className={styles.title}>
                  {item.title}
                  {item.presenter ? ` (${item.presenter})` : ''}
                </span>
                <Button
                  size="small"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                  aria-label={`${t('mt.up')}: ${item.title}`}
                >
                  {t('mt.up')}
                </Button>
                <Button
                  size="small"
                  disabled={i === own.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={`${t('mt.down')}: ${item.title}`}
                >
                  {t('mt.down')}
                </Button>
                <Button
                  size="small"
                  onClick={() => change(own.filter((_, j) => j !== i))}
                  aria-label={`${t('mt.remove')}: ${item.title}`}
                >
                  {t('mt.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <form
        className={styles.row}
        onSubmit={(e) => {
          e.preventDefault();
          if (!title.trim()) return;
          change([
            ...own,
            { title: title.trim(), ...(presenter.trim() ? { presenter: presenter.trim() } : {}) },
          ]);
          setTitle('');
          setPresenter('');
        }}
      >
        <Field label={t('mt.newItem')}>
          <Input value={title} onChange={(_, d) => setTitle(d.value)} data-testid="agenda-new-title" />
        </Field>
        <Field label={t('mt.presenter')}>
          <Input value={presenter} onChange={(_, d) => setPresenter(d.value)} />
        </Field>
        <Button type="submit">{t('mt.addItem')}</Button>
      </form>
      {suggestions.length > 0 && (
        <>
          <h4>{t('mt.suggestions')}</h4>
          <ul className={styles.list} data-testid="agenda-suggestions">
            {suggestions.map((s, i) => (
              <li key={i} className={styles.item}>
                <span className={styles.title}>
                  {s.title}{' '}
                  <Badge appearance="tint" color="informative">
                    {t(`mt.source.${s.source}`)}
                  </Badge>
                </span>
                <Button
                  size="small"
                  onClick={() => change([...own, { title: s.title, ...(s.url ? { url: s.url } : {}) }])}
                  aria-label={`${t('mt.accept')}: ${s.title}`}
                >
                  {t('mt.accept')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <WriteErrorBar error={write.error} />
      {Object.values(live).length > 0 && <p role="alert">{Object.values(live)[0]}</p>}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={write.busy || Object.keys(live).length > 0}
          data-testid="agenda-save"
          onClick={() =>
            void write.run(
              () => api.patch(`/api/meetings/${meetingId}/agenda`, { items: own }, agenda.data!.meeting.etag),
              { refresh: agenda.reload, close: () => setSaved(true) },
            )
          }
        >
          {t('mt.saveAgenda')}
        </Button>
        {saved && <span role="status">{t('mt.agendaSaved')}</span>}
      </div>
    </div>
  );
}
