// Målkedjan, for PSG in the portfolio: per strategic goal and focus area of the municipality's strategic
// plans, the objects' goals and initiatives that contribute, with their status, and the goals no one
// serves. The model owner keeps the steering documents here; the model owner (and an object's leaders
// and owners) link goals. A lazy chunk of its own.
import './words';
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { canLinkGoals, canMaintainSteeringDocuments } from '../../../domain/authorization/policy';
import { useApi, useResource } from '../../api/hooks';
import { ErrorBar, Loading } from '../../components/Feedback';
import { Section } from '../../components/Section';
import { translate } from '../../../i18n/messages';
import { useTexts } from '../../i18n';
import { useSession } from '../../session';
import { ConfirmDialog } from '../object/structure/ui';
import { useWrite } from '../object/structure/forms';
import type { GoalChain } from './types';
import { LinkGoalDialog } from './LinkGoalDialog';
import { SteeringDocumentsDialog } from './SteeringDocumentsDialog';

const useStyles = makeStyles({
  goal: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalM,
  },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  h4: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  muted: { color: tokens.colorNeutralForeground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Contributor = GoalChain['documents'][number]['goals'][number]['contributors'][number];

export default function GoalChainView() {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const api = useApi();
  const { actor } = useSession();
  const chain = useResource<GoalChain>('/api/goal-chain');
  const [dialog, setDialog] = useState<'link' | 'documents' | null>(null);
  const [unlinking, setUnlinking] = useState<Contributor | null>(null);
  const write = useWrite(chain.reload);
  const keeper = actor !== null && canMaintainSteeringDocuments(actor).allowed;
  // The model owner may link any object's goals; leaders and owners their own objects' (checked per object).
  const mayLink =
    actor !== null &&
    (keeper || actor.assignments.some((a) => a.objectId && canLinkGoals(actor, a.objectId).allowed));

  // The status of what the goal belongs to: a plan, a strategic plan or an initiative.
  const statusText = (c: Contributor) =>
    t(
      c.kind === 'initiative'
        ? `initiative.${c.status}`
        : c.kind === 'strategicPlanGoal'
          ? `st.status.${c.status}`
          : `status.${c.status}`,
    );
  const contributors = (list: Contributor[]) =>
    list.length === 0 ? (
      <p className={styles.muted}>{t('st.noContributors')}</p>
    ) : (
      <ul className={styles.list}>
        {list.map((c) => (
          <li
            key={`${c.kind}-${c.sourceId}-${c.linkId ?? c.title}`}
            className={styles.item}
            data-testid="contributor"
          >
            <Badge appearance="tint" color="brand">
              {c.objectCode}
            </Badge>
            <span>{c.title}</span>
            <span className={styles.muted}>
              ({t(`st.kind.${c.kind}`)}
              {c.year ? ` ${c.year}` : ''} · {statusText(c)})
            </span>
            {c.linkId && actor && canLinkGoals(actor, c.objectId).allowed && (
              <Button
                size="small"
                onClick={() => setUnlinking(c)}
                aria-label={`${t('st.unlink')}: ${c.title}`}
              >
                {t('st.unlink')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    );

  return (
    <Section
      title={t('st.chainTitle')}
      id="goal-chain"
      actions={
        <span className={styles.buttons}>
          {keeper && (
            <Button onClick={() => setDialog('documents')} data-testid="steering-documents">
              {t('st.documents')}
            </Button>
          )}
          {mayLink && (
            <Button appearance="primary" onClick={() => setDialog('link')} data-testid="link-goal">
              {t('st.link')}
            </Button>
          )}
        </span>
      }
    >
      <p>{t('st.chainIntro')}</p>
      {actor && !mayLink && (
        // Why there is no "link" here: the policy's words, the same as the server's refusal.
        <p className={styles.muted} data-testid="goal-link-why">
          {translate(lang, 'forbidden.notGoalLinker')}
        </p>
      )}
      {chain.error && <ErrorBar error={chain.error} onRetry={chain.reload} />}
      {!chain.data ? (
        !chain.error && <Loading />
      ) : chain.data.documents.length === 0 ? (
        <p>{t('st.noDocuments')}</p>
      ) : (
        <>
          {chain.data.documents
            .filter((d) => d.kind === 'policy')
            .map((d) => (
              <p key={d.id}>
                <strong>{d.title}</strong>
                {' – '}
                {t('st.principlesCount', {
                  n: d.areas.reduce((s, a) => s + a.principles.length, 0),
                  areas: d.areas.length,
                })}
              </p>
            ))}
          {chain.data.documents
            .filter((d) => d.kind === 'strategicPlan')
            .map((d) => (
              <div key={d.id} data-testid="chain-document">
                <p>
                  <strong>{d.title}</strong>
                </p>
                {d.goals.map((g) => (
                  <div key={g.id} className={styles.goal} data-testid={`chain-goal-${g.id}`}>
                    <h3 className={styles.h3}>
                      {g.title}{' '}
                      {!g.served && (
                        <Badge appearance="filled" color="warning">
                          {t('st.noContributors')}
                        </Badge>
                      )}
                    </h3>
                    {g.expectedResult && (
                      <p className={styles.muted}>
                        {t('st.expectedResult')}: {g.expectedResult}
                      </p>
                    )}
                    {g.contributors.length > 0 && (
                      <>
                        <h4 className={styles.h4}>{t('st.wholeGoal')}</h4>
                        {contributors(g.contributors)}
                      </>
                    )}
                    {g.focusAreas.map((f) => (
                      <div key={f.id} data-testid={`chain-focus-${f.id}`}>
                        <h4 className={styles.h4}>{f.title}</h4>
                        {contributors(f.contributors)}
                      </div>
                    ))}
                  </div>
                ))}
              </div>
            ))}
          <h3 className={styles.h3} style={{ marginTop: tokens.spacingVerticalL }}>
            {t('st.unservedTitle')}
          </h3>
          {chain.data.unserved.length === 0 ? (
            <p>{t('st.allServed')}</p>
          ) : (
            <ul className={styles.list} data-testid="unserved">
              {chain.data.unserved.map((u) => (
                <li key={`${u.documentId}-${u.goalId}-${u.focusAreaId ?? ''}`}>{u.title}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {dialog === 'link' && chain.data && (
        <LinkGoalDialog chain={chain.data} onClose={() => setDialog(null)} onChanged={chain.reload} />
      )}
      {dialog === 'documents' && (
        <SteeringDocumentsDialog onClose={() => setDialog(null)} onChanged={chain.reload} />
      )}
      {unlinking && (
        <ConfirmDialog
          open
          title={t('st.unlinkConfirm', { title: unlinking.title })}
          confirmLabel={t('st.unlink')}
          busy={write.busy}
          error={write.error}
          onCancel={() => {
            write.clear();
            setUnlinking(null);
          }}
          onConfirm={() =>
            void write
              .run(async () => {
                const links = await api.get<{ id: string; etag: string }[]>(
                  `/api/objects/${encodeURIComponent(unlinking.objectId)}/goal-links`,
                );
                const link = links.find((l) => l.id === unlinking.linkId);
                if (link) await api.delete(`/api/goal-links/${encodeURIComponent(link.id)}`, link.etag);
              })
              .then(async (ok) => {
                if (ok) {
                  setUnlinking(null);
                  await chain.reload();
                }
              })
          }
        >
          <p>{unlinking.title}</p>
        </ConfirmDialog>
      )}
    </Section>
  );
}
