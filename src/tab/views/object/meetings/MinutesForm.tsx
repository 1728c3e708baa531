// The minutes of a meeting that has begun (issue 15): the convener, a delegate, the forum's minutes keeper
// or the named secretary writes the draft during the meeting — attendance, chair, secretary, adjusters,
// numbered paragraphs with decisions (checked by the server against the forum's mandate and quorum) and
// action items with owner and due date; the named adjusters adjust; adjusted minutes are corrected with a
// reason. Plain form controls in reading order, so the whole form is usable with the keyboard alone.
// The same form is the meeting's side panel (issue 19, `autosave`): saved as you go, a new paragraph
// takes the agenda's current item. Decisions are checked against the forum's mandate as they are taken
// (the policy's own check, the server's words) and the form checks as you type with the server's schema.
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
import { useEffect, useRef, useState } from 'react';
import {
  canAdjustMinutes,
  canWriteMinutes,
  checkMandate,
  forumForDecision,
} from '../../../../domain/authorization/policy';
import { FORUM_RULES } from '../../../../domain/forums/forums';
import { DECISION_KINDS, type DecisionKind, type Forum, type Meeting } from '../../../../domain/model';
import { capitalise, translate } from '../../../../i18n/messages';
import { minutesDraft } from '../../../../services/meetings/minutesSchemas';
import { useApi, useResource } from '../../../api/hooks';
import type { Rec } from '../../../api/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorBar, Loading } from '../../../components/Feedback';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { useWrite, validate } from '../structure/forms';
import { WriteErrorBar } from '../structure/ui';
import { ListEditor } from './ListEditor';
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

/** The agenda's current item: the first one the minutes have no paragraph for yet. */
export function currentAgendaItem(agenda: readonly string[], paragraphTitles: readonly string[]) {
  return agenda.find((title) => !paragraphTitles.includes(title)) ?? null;
}

const AUTOSAVE_MS = 800;

export function MinutesForm({
  meetingId,
  people,
  onChanged,
  autosave = false,
  agenda = [],
  onSaved,
}: {
  meetingId: string;
  people: ForumPeople;
  /** After an adjustment or a correction: decision records changed (the register reloads). */
  onChanged?: () => unknown;
  /** The side panel: every change is saved shortly after it is made. */
  autosave?: boolean;
  /** The agenda's titles: a new paragraph takes the current item's. */
  agenda?: readonly string[];
  /** After each save of the draft (the side panel's agenda follows the paragraphs). */
  onSaved?: () => unknown;
}) {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const api = useApi();
  const actor = useSession().actor;
  const view = useResource<MinutesView>(`/api/meetings/${meetingId}/minutes`);
  // A conflict shows what is saved now; otherwise the draft being typed is never replaced by a reload.
  const reset = useRef(true);
  const write = useWrite(() => {
    reset.current = true;
    return view.reload();
  });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [adjusting, setAdjusting] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  // Changes made since the last save (autosave waits for a pause, and saves again what came meanwhile).
  const edits = useRef(0);
  // Bumped on every change and after a save that others followed: each bump starts the pause anew.
  const [pending, setPending] = useState(0);
  const shownKey = useRef('');
  // The reload after the form's own save: its new status or version is what the form already shows.
  const ownSave = useRef(false);
  useEffect(() => {
    if (!view.data) return;
    // A new version (adjusted, corrected) or status is shown as saved; so is the first load. Not after
    // the form's own save: the first one turns none into draft, and replacing the draft then would drop
    // every choice made while it was on its way.
    const key = `${view.data.status}:${view.data.minutes?.version ?? 0}`;
    if (reset.current || (key !== shownKey.current && !ownSave.current)) setDraft(draftOf(view.data));
    reset.current = false;
    ownSave.current = false;
    shownKey.current = key;
  }, [view.data]);
  const saveRef = useRef<() => Promise<void>>(async () => undefined);
  useEffect(() => {
    if (!autosave || pending === 0) return;
    const timer = setTimeout(() => void saveRef.current(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [autosave, pending]);
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
    setDraft((d) => ({ ...(d ?? draft), ...patch }));
    edits.current += 1;
    // Corrections are deliberate (a reason, then save): only drafts save as you go.
    if (!correcting) setPending((n) => n + 1);
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
  // The server's own rules, as you type: the schema, and each decision against the forum's mandate.
  const live = validate(minutesDraft, body, lang);
  const forumName = translate(lang, `forumName.${v.forum.kind}`);
  draft.paragraphs.forEach((p, i) => {
    if (p.kind && !checkMandate(v.forum.kind, p.kind).allowed)
      live[`paragraphs.${i}.decision`] = translate(lang, 'forbidden.decisionOutsideMandate', {
        title: p.title,
        kind: translate(lang, `decisionKind.${p.kind}`),
        forum: forumName,
        holder: capitalise(translate(lang, `forumName.${forumForDecision(p.kind)}`)),
      });
  });
  const valid = Object.keys(live).length === 0;
  // The rules show after a first save attempt (an empty new row does not start out red); a decision
  // outside the mandate at once, as it is taken.
  const msg = (path: string) =>
    write.error?.fields[path] ?? (submitted || path.endsWith('.decision') ? live[path] : undefined);
  const save = async () => {
    if (write.busy) return;
    const sent = edits.current;
    if (!valid) return;
    const ok = await write.run(() => {
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
    });
    if (!ok) return;
    // The new eTag for the next save; what was typed meanwhile stays and is saved next (a change made
    // while this save was busy found it busy and did not save).
    ownSave.current = !correcting;
    await view.reload();
    onSaved?.();
    if (edits.current === sent) setNotice(t('mt.draftSaved'));
    else setPending((n) => n + 1);
    if (correcting) {
      reset.current = true;
      await onChanged?.();
    }
  };
  saveRef.current = save;
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
            .then(async (ok) => {
              // A refusal (e.g. the minutes name no secretary yet) stays in the dialog, in words.
              if (!ok) return;
              setAdjusting(false);
              await view.reload();
              await onChanged?.();
            })
        }
      >
        <p>{t('mt.adjustConfirm')}</p>
        <WriteErrorBar error={write.error} />
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
            setSubmitted(true);
            void save();
          }}
        >
          {correcting && (
            <>
              <MessageBar intent="info">
                <MessageBarBody>{t('mt.correctionInfo')}</MessageBarBody>
              </MessageBar>
              <Field label={t('mt.reason')} required validationMessage={msg('reason')}>
                <Textarea value={draft.reason} onChange={(_, d) => set({ reason: d.value })} />
              </Field>
            </>
          )}
          <Field label={t('mt.place')} validationMessage={msg('place')}>
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
            <Field label={t('mt.chair')} validationMessage={msg('chairPersonId')}>
              <Select value={draft.chairPersonId} onChange={(_, d) => set({ chairPersonId: d.value })}>
                <option value="">{t('mt.nobody')}</option>
                {present.map((a) => (
                  <option key={a.personId} value={a.personId}>
                    {a.displayName}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('mt.secretary')} validationMessage={msg('secretaryPersonId')}>
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
          <ListEditor
            legend={t('mt.paragraphs')}
            items={draft.paragraphs}
            onChange={(paragraphs) => set({ paragraphs })}
            blank={(): Paragraph => ({
              title:
                currentAgendaItem(
                  agenda,
                  draft.paragraphs.map((p) => p.title),
                ) ?? '',
              text: '',
              kind: '',
            })}
            layout="stack"
            testId="paragraph"
            addLabel={t('mt.addParagraph')}
            rowName={(n) => t('mt.paragraph', { n })}
            renderRow={(p, i, edit, focusKey) => {
              const n = i + 1;
              return (
                <>
                  <Field
                    label={t('mt.paragraphTitle', { n })}
                    required
                    validationMessage={msg(`paragraphs.${i}.title`)}
                  >
                    <Input
                      data-focus-key={focusKey}
                      value={p.title}
                      onChange={(_, d) => edit({ title: d.value })}
                    />
                  </Field>
                  <Field label={t('mt.paragraphText', { n })}>
                    <Textarea value={p.text} onChange={(_, d) => edit({ text: d.value })} />
                  </Field>
                  <Field label={t('mt.decision', { n })} validationMessage={msg(`paragraphs.${i}.decision`)}>
                    <Select value={p.kind} onChange={(_, d) => edit({ kind: d.value as DecisionKind | '' })}>
                      <option value="">{t('mt.noDecision')}</option>
                      {DECISION_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {translate(lang, `decisionKind.${k}`)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </>
              );
            }}
          />
          <ListEditor
            legend={t('mt.actionItems')}
            items={draft.actionItems}
            onChange={(actionItems) => set({ actionItems })}
            blank={() => ({ title: '', ownerPersonId: '', dueDate: '' })}
            layout="row"
            testId="action"
            addLabel={t('mt.addActionItem')}
            rowName={(n) => t('mt.actionTitle', { n })}
            renderRow={(a, i, edit, focusKey) => {
              const n = i + 1;
              return (
                <>
                  <Field
                    label={t('mt.actionTitle', { n })}
                    required
                    validationMessage={msg(`actionItems.${i}.title`)}
                  >
                    <Input
                      data-focus-key={focusKey}
                      value={a.title}
                      onChange={(_, d) => edit({ title: d.value })}
                    />
                  </Field>
                  <Field
                    label={t('mt.owner', { n })}
                    required
                    validationMessage={msg(`actionItems.${i}.ownerPersonId`)}
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
                    validationMessage={msg(`actionItems.${i}.dueDate`)}
                  >
                    <Input type="date" value={a.dueDate} onChange={(_, d) => edit({ dueDate: d.value })} />
                  </Field>
                </>
              );
            }}
          />
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
