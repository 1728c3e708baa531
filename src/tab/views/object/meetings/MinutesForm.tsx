// The minutes of a meeting that has begun (issue 15): the convener, a delegate, the forum's minutes keeper
// or the named secretary writes the draft during the meeting — attendance, chair, secretary, adjusters,
// numbered paragraphs with decisions (checked by the server against the forum's mandate and quorum) and
// action items with owner and due date; the named adjusters adjust; adjusted minutes are corrected with a
// reason. Plain form controls in reading order, so the whole form is usable with the keyboard alone.
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { canAdjustMinutes, canWriteMinutes } from '../../../../domain/authorization/policy';
import { FORUM_RULES } from '../../../../domain/forums/forums';
import { DECISION_KINDS, type DecisionKind, type Forum, type Meeting } from '../../../../domain/model';
import { translate } from '../../../../i18n/messages';
import { useApi, useResource } from '../../../api/hooks';
import type { Rec } from '../../../api/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorBar, Loading } from '../../../components/Feedback';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { useWrite } from '../structure/forms';
import { WriteErrorBar } from '../structure/ui';
import type { ForumPeople } from './people';

interface Named {
  personId: string;
  displayName: string;
}
interface MinutesView {
  meeting: Rec<Meeting>;
  forum: Rec<Forum>;
  minutes: (Rec<{ status: string; version: number }> & { secretaryPersonId?: string | null }) | null;
  versions: Rec<{ version: number; status: string; correction: { reason: string } | null }>[];
  status: 'draft' | 'adjusted' | 'superseded' | null;
  place: string;
  chair: Named | null;
  secretary: Named | null;
  adjusters: (Named & { adjustedAt: string | null })[];
  attendance: Named[];
  paragraphs: { title: string; text: string; decision: { kind: DecisionKind } | null }[];
  actionItems: { title: string; ownerPersonId: string; dueDate: string }[];
}

interface Paragraph {
  title: string;
  text: string;
  kind: DecisionKind | '';
}
interface ActionItem {
  title: string;
  ownerPersonId: string;
  dueDate: string;
}
interface Draft {
  place: string;
  chairPersonId: string;
  secretaryPersonId: string;
  adjusterPersonIds: string[];
  attendance: string[];
  paragraphs: Paragraph[];
  actionItems: ActionItem[];
  reason: string;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  checks: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

function draftOf(v: MinutesView): Draft {
  return {
    place: v.place,
    chairPersonId: v.chair?.personId ?? '',
    secretaryPersonId: v.secretary?.personId ?? '',
    adjusterPersonIds: v.adjusters.map((a) => a.personId),
    attendance: v.attendance.map((a) => a.personId),
    paragraphs: v.paragraphs.map((p) => ({ title: p.title, text: p.text, kind: p.decision?.kind ?? '' })),
    actionItems: v.actionItems.map((a) => ({
      title: a.title,
      ownerPersonId: a.ownerPersonId,
      dueDate: a.dueDate,
    })),
    reason: '',
  };
}

export function MinutesForm({ meetingId, people }: { meetingId: string; people: ForumPeople }) {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const api = useApi();
  const actor = useSession().actor;
  const view = useResource<MinutesView>(`/api/meetings/${meetingId}/minutes`);
  const write = useWrite(view.reload);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [adjusting, setAdjusting] = useState(false);
  // A paragraph or action item just added takes the focus, so the keyboard carries on where it appeared.
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    // Found by a data attribute: the control's id belongs to its Field, which labels it.
    document.querySelector<HTMLElement>(`[data-focus-key="${focusId}"]`)?.focus();
    setFocusId(null);
  }, [focusId]);
  useEffect(() => {
    if (view.data) setDraft(draftOf(view.data));
  }, [view.data]);
  if (view.error) return <ErrorBar error={view.error} onRetry={view.reload} />;
  if (!view.data || !draft || !actor) return <Loading />;
  const v = view.data;
  const rule = FORUM_RULES[v.forum.kind].minutesBy;
  const keeper =
    rule !== null &&
    actor.assignments.some(
      (a) =>
        a.role === rule.role &&
        (rule.scope === 'organisation' ? a.objectId === null : a.objectId === v.forum.objectId),
    );
  const writers = [
    ...people.conveners,
    ...(keeper ? [actor.personId] : []),
    ...(v.minutes?.secretaryPersonId ? [v.minutes.secretaryPersonId] : []),
  ];
  const write_ = canWriteMinutes(actor, writers);
  const adjust = canAdjustMinutes(
    actor,
    v.adjusters.map((a) => a.personId),
  );
  const begun = new Date(v.meeting.start).getTime() <= Date.now() || v.meeting.status === 'held';
  const status = v.status;
  const editing = write_.allowed && begun && (status === null || status === 'draft' || status === 'adjusted');
  const correcting = status === 'adjusted';
  const myAdjustment = v.adjusters.find((a) => a.personId === actor.personId);

  const set = (patch: Partial<Draft>) => {
    setNotice(null);
    setDraft({ ...draft, ...patch });
  };
  const everyone = people.attendees;
  const present = everyone.filter((a) => draft.attendance.includes(a.personId));
  const body = {
    place: draft.place,
    chairPersonId: draft.chairPersonId || null,
    secretaryPersonId: draft.secretaryPersonId || null,
    adjusterPersonIds: draft.adjusterPersonIds,
    attendance: draft.attendance,
    paragraphs: draft.paragraphs.map((p) => ({
      title: p.title,
      text: p.text,
      decision: p.kind ? { kind: p.kind, objectId: v.forum.objectId, initiativeId: null } : null,
    })),
    actionItems: draft.actionItems,
  };
  const save = () =>
    write
      .run(() => {
        if (correcting)
          return api.post(
            `/api/meetings/${meetingId}/minutes/corrections`,
            { reason: draft.reason, ...body },
            v.minutes!.etag,
          );
        if (v.minutes)
          return api.request('PUT', `/api/meetings/${meetingId}/minutes`, {
            body,
            ifMatch: v.minutes.etag,
          });
        // The first save records the draft in one go; later saves name the draft's version.
        return api.post(`/api/meetings/${meetingId}/minutes`, body);
      })
      .then(async (ok) => {
        if (ok) {
          await view.reload();
          setNotice(t('mt.draftSaved'));
        }
      });
  const date = (iso: string) => new Date(iso).toLocaleDateString(lang === 'en' ? 'en-GB' : 'sv-SE');

  return (
    <div data-testid="minutes">
      {status && (
        <p>
          <Badge
            appearance="tint"
            color={status === 'adjusted' ? 'success' : 'warning'}
            data-testid="minutes-status"
          >
            {t(`mt.minutesStatus.${status}`)}
          </Badge>
        </p>
      )}
      {v.adjusters.length > 0 && (
        <ul>
          {v.adjusters.map((a) => (
            <li key={a.personId}>
              {a.adjustedAt
                ? t('mt.adjustedBy', { name: a.displayName, date: date(a.adjustedAt) })
                : t('mt.notAdjustedBy', { name: a.displayName })}
            </li>
          ))}
        </ul>
      )}
      {status === 'draft' && adjust.allowed && myAdjustment && !myAdjustment.adjustedAt && (
        <Button appearance="primary" onClick={() => setAdjusting(true)} data-testid="minutes-adjust">
          {t('mt.adjust')}
        </Button>
      )}
      <ConfirmDialog
        open={adjusting}
        title={t('mt.adjust')}
        confirmLabel={t('mt.adjust')}
        disabled={write.busy}
        onCancel={() => setAdjusting(false)}
        onConfirm={() =>
          void write
            .run(() => api.post(`/api/meetings/${meetingId}/minutes/adjust`))
            .then(async () => {
              setAdjusting(false);
              await view.reload();
            })
        }
      >
        <p>{t('mt.adjustConfirm')}</p>
      </ConfirmDialog>
      {!begun && <p>{t('mt.minutesNotYet')}</p>}
      {begun && !write_.allowed && (
        <p>{t('mt.readOnlyMinutes', { reason: translate(lang, `forbidden.${write_.reason}`) })}</p>
      )}
      {!editing && v.paragraphs.length > 0 && (
        <ol>
          {v.paragraphs.map((p, i) => (
            <li key={i}>
              <strong>{p.title}</strong> {p.text}
              {p.decision && ` (${translate(lang, `decisionKind.${p.decision.kind}`)})`}
            </li>
          ))}
        </ol>
      )}
      {editing && (
        <form
          className={styles.form}
          noValidate
          aria-label={t('mt.minutes')}
          data-testid="minutes-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!write.busy) void save();
          }}
        >
          {correcting && (
            <>
              <MessageBar intent="info">
                <MessageBarBody>{t('mt.correctionInfo')}</MessageBarBody>
              </MessageBar>
              <Field label={t('mt.reason')} required validationMessage={write.error?.fields['reason']}>
                <Textarea value={draft.reason} onChange={(_, d) => set({ reason: d.value })} />
              </Field>
            </>
          )}
          <Field label={t('mt.place')} validationMessage={write.error?.fields['place']}>
            <Input value={draft.place} onChange={(_, d) => set({ place: d.value })} />
          </Field>
          <fieldset className={styles.group}>
            <legend>{t('mt.attendance')}</legend>
            <div className={styles.checks}>
              {everyone.map((a) => (
                <Checkbox
                  key={a.personId}
                  label={a.displayName}
                  checked={draft.attendance.includes(a.personId)}
                  onChange={(_, d) =>
                    set({
                      attendance: d.checked
                        ? [...draft.attendance, a.personId]
                        : draft.attendance.filter((id) => id !== a.personId),
                      adjusterPersonIds: d.checked
                        ? draft.adjusterPersonIds
                        : draft.adjusterPersonIds.filter((id) => id !== a.personId),
                    })
                  }
                />
              ))}
            </div>
          </fieldset>
          <div className={styles.row}>
            <Field label={t('mt.chair')} validationMessage={write.error?.fields['chairPersonId']}>
              <Select value={draft.chairPersonId} onChange={(_, d) => set({ chairPersonId: d.value })}>
                <option value="">{t('mt.nobody')}</option>
                {present.map((a) => (
                  <option key={a.personId} value={a.personId}>
                    {a.displayName}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('mt.secretary')} validationMessage={write.error?.fields['secretaryPersonId']}>
              <Select
                value={draft.secretaryPersonId}
                onChange={(_, d) => set({ secretaryPersonId: d.value })}
              >
                <option value="">{t('mt.nobody')}</option>
                {present.map((a) => (
                  <option key={a.personId} value={a.personId}>
                    {a.displayName}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <fieldset className={styles.group}>
            <legend>{t('mt.adjusters')}</legend>
            <div className={styles.checks}>
              {present.map((a) => (
                <Checkbox
                  key={a.personId}
                  label={a.displayName}
                  checked={draft.adjusterPersonIds.includes(a.personId)}
                  disabled={
                    !draft.adjusterPersonIds.includes(a.personId) && draft.adjusterPersonIds.length >= 2
                  }
                  onChange={(_, d) =>
                    set({
                      adjusterPersonIds: d.checked
                        ? [...draft.adjusterPersonIds, a.personId]
                        : draft.adjusterPersonIds.filter((id) => id !== a.personId),
                    })
                  }
                />
              ))}
            </div>
          </fieldset>
          <fieldset className={styles.group}>
            <legend>{t('mt.paragraphs')}</legend>
            {draft.paragraphs.map((p, i) => {
              const n = i + 1;
              const edit = (patch: Partial<Paragraph>) =>
                set({ paragraphs: draft.paragraphs.map((q, j) => (j === i ? { ...q, ...patch } : q)) });
              return (
                <div key={i} className={styles.group} data-testid={`paragraph-${n}`}>
                  <Field
                    label={t('mt.paragraphTitle', { n })}
                    required
                    validationMessage={write.error?.fields[`paragraphs.${i}.title`]}
                  >
                    <Input
                      data-focus-key={`minutes-p-${meetingId}-${i}`}
                      value={p.title}
                      onChange={(_, d) => edit({ title: d.value })}
                    />
                  </Field>
                  <Field label={t('mt.paragraphText', { n })}>
                    <Textarea value={p.text} onChange={(_, d) => edit({ text: d.value })} />
                  </Field>
                  <Field
                    label={t('mt.decision', { n })}
                    validationMessage={write.error?.fields[`paragraphs.${i}.decision`]}
                  >
                    <Select value={p.kind} onChange={(_, d) => edit({ kind: d.value as DecisionKind | '' })}>
                      <option value="">{t('mt.noDecision')}</option>
                      {DECISION_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {translate(lang, `decisionKind.${k}`)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Button
                    onClick={() => set({ paragraphs: draft.paragraphs.filter((_, j) => j !== i) })}
                    aria-label={`${t('mt.remove')}: ${t('mt.paragraph', { n })}`}
                  >
                    {t('mt.remove')}
                  </Button>
                </div>
              );
            })}
            <Button
              onClick={() => {
                set({ paragraphs: [...draft.paragraphs, { title: '', text: '', kind: '' }] });
                setFocusId(`minutes-p-${meetingId}-${draft.paragraphs.length}`);
              }}
              data-testid="add-paragraph"
            >
              {t('mt.addParagraph')}
            </Button>
          </fieldset>
          <fieldset className={styles.group}>
            <legend>{t('mt.actionItems')}</legend>
            {draft.actionItems.map((a, i) => {
              const n = i + 1;
              const edit = (patch: Partial<ActionItem>) =>
                set({ actionItems: draft.actionItems.map((q, j) => (j === i ? { ...q, ...patch } : q)) });
              return (
                <div key={i} className={styles.row} data-testid={`action-${n}`}>
                  <Field
                    label={t('mt.actionTitle', { n })}
                    required
                    validationMessage={write.error?.fields[`actionItems.${i}.title`]}
                  >
                    <Input
                      data-focus-key={`minutes-a-${meetingId}-${i}`}
                      value={a.title}
                      onChange={(_, d) => edit({ title: d.value })}
                    />
                  </Field>
                  <Field
                    label={t('mt.owner', { n })}
                    required
                    validationMessage={write.error?.fields[`actionItems.${i}.ownerPersonId`]}
                  >
                    <Select value={a.ownerPersonId} onChange={(_, d) => edit({ ownerPersonId: d.value })}>
                      <option value="">{t('mt.nobody')}</option>
                      {everyone.map((p) => (
                        <option key={p.personId} value={p.personId}>
                          {p.displayName}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field
                    label={t('mt.due', { n })}
                    required
                    validationMessage={write.error?.fields[`actionItems.${i}.dueDate`]}
                  >
                    <Input type="date" value={a.dueDate} onChange={(_, d) => edit({ dueDate: d.value })} />
                  </Field>
                  <Button
                    onClick={() => set({ actionItems: draft.actionItems.filter((_, j) => j !== i) })}
                    aria-label={`${t('mt.remove')}: ${t('mt.actionTitle', { n })}`}
                  >
                    {t('mt.remove')}
                  </Button>
                </div>
              );
            })}
            <Button
              onClick={() => {
                set({ actionItems: [...draft.actionItems, { title: '', ownerPersonId: '', dueDate: '' }] });
                setFocusId(`minutes-a-${meetingId}-${draft.actionItems.length}`);
              }}
              data-testid="add-action"
            >
              {t('mt.addActionItem')}
            </Button>
          </fieldset>
          <WriteErrorBar error={write.error} />
          <div className={styles.row}>
            <Button type="submit" appearance="primary" disabled={write.busy} data-testid="minutes-save">
              {correcting ? t('mt.saveCorrection') : t('mt.saveDraft')}
            </Button>
            {notice && <span role="status">{notice}</span>}
          </div>
        </form>
      )}
      {v.versions.length > 1 && (
        <section>
          <h4>{t('mt.versions')}</h4>
          <ul>
            {v.versions.map((ver) => (
              <li key={ver.id}>
                {t('mt.version', { n: ver.version })} – {t(`mt.minutesStatus.${ver.status}`)}
                {ver.correction ? ` (${ver.correction.reason})` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
