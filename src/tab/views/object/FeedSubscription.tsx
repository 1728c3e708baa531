// Subscribing to the object's meetings from a calendar. In demo mode the feeds are open and the URL is
// shown as it is. With Entra sign-in a feed names people, so it answers only through the person's own
// link (a token the server keeps only a hash of): the link is shown once, when made, with "Prenumerera i
// Outlook" (webcal:, which hands it to the calendar app) and a way to revoke it.
import {
  Button,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useApi, useResource } from '../../api/hooks';
import { useTexts } from '../../i18n';
import { useSession } from '../../session';

interface FeedLinkStatus {
  active: boolean;
  createdAt: string | null;
}

const useStyles = makeStyles({
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    marginTop: tokens.spacingVerticalS,
  },
  url: { width: '100%', maxWidth: '60em' },
});

/** webcal: asks the system to subscribe with its calendar app (Outlook) rather than download the file. */
const webcal = (url: string) => url.replace(/^https?:/, 'webcal:');

export function FeedSubscription({ objectId }: { objectId: string }) {
  const { me } = useSession();
  const feedUrl = `${window.location.origin}/calendar/objects/${objectId}.ics`;
  if (me?.authMode !== 'entra') return <OpenFeed feedUrl={feedUrl} />;
  return <PrivateFeed feedUrl={feedUrl} />;
}

function OpenFeed({ feedUrl }: { feedUrl: string }) {
  const { t } = useTexts();
  return (
    <p>
      {t('subscribe')} <Link href={feedUrl}>{feedUrl}</Link> –{' '}
      <Link href={webcal(feedUrl)}>{t('feed.subscribeOutlook')}</Link>
    </p>
  );
}

function PrivateFeed({ feedUrl }: { feedUrl: string }) {
  const styles = useStyles();
  const { t, date } = useTexts();
  const api = useApi();
  const status = useResource<FeedLinkStatus>('/api/me/feed-token');
  // The token exists in the browser only while this view shows it (never stored).
  const [issued, setIssued] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (work: () => Promise<void>) => {
    setError(null);
    setNote(null);
    try {
      await work();
      await status.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const create = () =>
    run(async () => {
      const made = await api.post<{ token: string }>('/api/me/feed-token');
      setIssued(`${feedUrl}?token=${encodeURIComponent(made.token)}`);
    });
  const revoke = () =>
    run(async () => {
      await api.post('/api/me/feed-token/revoke');
      setIssued(null);
      setNote(t('feed.revoked'));
    });
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setNote(t('feed.copied'));
    } catch {
      // Clipboard access can be blocked inside Teams: the link is selectable in the field instead.
    }
  };

  const revokeButton = <Button onClick={() => void revoke()}>{t('feed.revoke')}</Button>;
  return (
    <div data-testid="feed-subscription">
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {note && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      {issued ? (
        <>
          <Field label={t('feed.url')} hint={t('feed.shownOnce')}>
            <Input className={styles.url} readOnly value={issued} onFocus={(e) => e.target.select()} />
          </Field>
          <div className={styles.actions}>
            <Link href={webcal(issued)}>{t('feed.subscribeOutlook')}</Link>
            <Button onClick={() => void copy(issued)}>{t('feed.copy')}</Button>
            {revokeButton}
          </div>
        </>
      ) : status.data?.active ? (
        <>
          <p>{t('feed.active', { date: date(status.data.createdAt ?? '') })}</p>
          <div className={styles.actions}>
            <Button onClick={() => void create()}>{t('feed.renew')}</Button>
            {revokeButton}
          </div>
        </>
      ) : (
        <>
          <p>{t('feed.intro')}</p>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void create()} disabled={!status.data}>
              {t('feed.create')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
