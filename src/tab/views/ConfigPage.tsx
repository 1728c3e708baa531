// Channel tab configuration: pick the object the channel belongs to. Saving binds channel → object
// (the bot uses the binding too) and gives Teams a content URL that carries the object.
import {
  Button,
  Dropdown,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { GovernanceObject } from '../../domain/model';
import { useApi, useResource } from '../api/hooks';
import type { Rec } from '../api/types';
import { ErrorBar, Loading } from '../components/Feedback';
import { Section } from '../components/Section';
import { useTexts } from '../i18n';
import { useSession } from '../session';
import { registerConfigSave, savedEntityId, setConfigValid } from '../teams';
import { channelTabEntityId } from '../../services/mywork/links';

const useStyles = makeStyles({
  title: {
    marginTop: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

export default function ConfigPage() {
  const styles = useStyles();
  const { t } = useTexts();
  const api = useApi();
  const session = useSession();
  const objects = useResource<Rec<GovernanceObject>[]>('/api/objects');
  const [selected, setSelected] = useState<Rec<GovernanceObject> | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  const host = session.host;

  useEffect(() => {
    if (objects.data) session.ready();
  }, [objects.data, session]);

  // Reopened for an existing tab: preselect the object it was saved with (Teams keeps the entity id), or
  // the one the channel is bound to.
  useEffect(() => {
    const list = objects.data;
    if (!list) return;
    let live = true;
    void (async () => {
      const entityId = await savedEntityId(host);
      let object = list.find((o) => entityId === channelTabEntityId(o.id));
      // Inside Teams only: in a browser an unbound channel would answer 404 for every new binding.
      if (!object && host.inTeams && host.channelId) {
        const binding = await api
          .get<{ objectId: string } | null>(
            `/api/channel-bindings?channelId=${encodeURIComponent(host.channelId)}`,
          )
          .catch(() => null);
        object = list.find((o) => o.id === binding?.objectId);
      }
      if (live && object && !selectedRef.current) {
        setSelected(object);
        setConfigValid(host, true);
      }
    })();
    return () => {
      live = false;
    };
  }, [objects.data, host, api]);

  useEffect(() => {
    // In a Teams meeting (issue 19) there is nothing to choose: the meeting tab finds its forum meeting
    // by the meeting's own id, or lets the convener link it once.
    if (host.threadId) {
      setConfigValid(host, true);
      registerConfigSave(host, async () => ({
        contentUrl: `${window.location.origin}/tab/meeting`,
        entityId: 'objektnav-meeting',
        name: 'Objektnav',
      }));
      return;
    }
    registerConfigSave(host, async () => {
      const object = selectedRef.current;
      if (!object) throw new Error(t('chooseObject'));
      await bind(object);
      return {
        contentUrl: `${window.location.origin}/tab/objects/${object.id}`,
        entityId: channelTabEntityId(object.id),
        name: object.code,
      };
    });
    // registerConfigSave is idempotent in Teams; it reads the current choice through the ref.
  }, [host, t]);

  const bind = async (object: Rec<GovernanceObject>) => {
    if (!host.channelId) return;
    await api.post('/api/channel-bindings', {
      channelId: host.channelId,
      teamId: host.teamId ?? null,
      tenantId: host.tenantId ?? null,
      objectId: object.id,
    });
  };

  if (objects.error) return <ErrorBar error={objects.error} onRetry={objects.reload} />;
  if (!objects.data) return <Loading />;

  return (
    <div>
      <h1 className={styles.title}>{t('configTitle')}</h1>
      <Section title={t('chooseObject')} id="config">
        <p>{t('configIntro')}</p>
        <div className={styles.row}>
          <Field label={t('chooseObject')}>
            <Dropdown
              data-testid="config-object"
              placeholder={t('chooseObject')}
              value={selected ? `${selected.code} – ${selected.name}` : ''}
              selectedOptions={selected ? [selected.id] : []}
              onOptionSelect={(_, d) => {
                const object = objects.data!.find((o) => o.id === d.optionValue) ?? null;
                setSelected(object);
                setMessage(null);
                setConfigValid(host, object !== null);
              }}
              style={{ minWidth: '24rem' }}
            >
              {objects.data.map((o) => (
                <Option key={o.id} value={o.id} text={`${o.code} – ${o.name}`}>
                  {`${o.code} – ${o.name}`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {!host.inTeams && host.channelId && selected && (
            <Button
              appearance="primary"
              onClick={() => {
                setError(null);
                bind(selected)
                  .then(() => setMessage(t('configSaved', { code: selected.code })))
                  .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
              }}
            >
              {t('save')}
            </Button>
          )}
        </div>
        {!host.inTeams && <p>{t('configOutsideTeams')}</p>}
        {selected && (
          <p>
            <Link href={`/tab/objects/${selected.id}${window.location.search}`}>
              {t('openObject', { code: selected.code })}
            </Link>
          </p>
        )}
        {message && (
          <MessageBar intent="success">
            <MessageBarBody>{message}</MessageBarBody>
          </MessageBar>
        )}
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </Section>
    </div>
  );
}
