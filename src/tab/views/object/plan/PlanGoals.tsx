// The period's goals (förvaltningsmål, seed 004 §4.2.2) and, for each, the budget lines (delmål, §4.2.3)
// that serve it. Every change is one write of the whole goal list, so text and links never disagree.
import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { canLinkStrategicGoals, strategicLinkers } from '../../../../domain/authorization/policy';
import { MAIN_ACTIVITIES, type PlanGoal } from '../../../../domain/model';
import { planGoals } from '../../../../domain/plan/goals';
import type { LineRow, PlanDetail } from '../../../api/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { RichText } from '../../../components/RichText';
import { translate } from '../../../../i18n/messages';
import { useTexts } from '../../../i18n';
import { useSession } from '../../../session';
import { ruleError, planUpdate } from './rules';
import type { PlanPatch } from './usePlanPatch';
import { refKey, useStrategicGoals } from './useStrategicGoals';

const useStyles = makeStyles({
  goal: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: `0 0 ${tokens.spacingVerticalM}`,
    display: 'grid',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  lines: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 16rem), 1fr))' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  grow: { flexGrow: 1, minWidth: 'min(100%, 14rem)' },
  h3: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  details: { minWidth: 0 },
  summary: {
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalXS} 0`,
    color: tokens.colorBrandForegroundLink,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

// One goal's text as the server checks it (an element of sections.goals).
const goalRule = planUpdate.shape.sections.unwrap().shape.goals.unwrap().element.shape.text;

export function PlanGoals({
  plan,
  lines,
  mayEdit,
  save,
}: {
  plan: PlanDetail;
  lines: LineRow[];
  mayEdit: boolean;
  save(body: PlanPatch): Promise<boolean>;
}) {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [newGoal, setNewGoal] = useState('');
  const [touched, setTouched] = useState(false);
  const [removing, setRemoving] = useState<PlanGoal | null>(null);
  // Links as ticked, until the reloaded plan says the same: a box answers at once, and a second tick
  // before the first is saved builds on it (writes are queued, each with the latest eTag).
  const [ticked, setTicked] = useState<Record<string, string[]>>({});
  const lineName = new Map(lines.map((l) => [l.id, l.name]));
  const stored = planGoals(plan.sections);
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x) => b.includes(x));
  // The strategic goals each goal serves, as picked until the reloaded plan says the same (as for lines).
  const [picked, setPicked] = useState<Record<string, NonNullable<PlanGoal['strategicRefs']>>>({});
  const strategic = useStrategicGoals(plan);
  // Why a reader cannot link the goals to strategic goals: the policy's words, as the server refuses it.
  const { actor } = useSession();
  const linking = actor ? canLinkStrategicGoals(actor, plan.objectId) : null;
  const mayNotLinkWhy =
    linking && !linking.allowed && strategic.plans.length > 0
      ? translate(lang, `forbidden.${linking.reason}`, { linkers: strategicLinkers() })
      : null;
  const goals = stored.map((g) => {
    const mine = ticked[g.id];
    const withLines = mine && !same(mine, g.lineIds) ? { ...g, lineIds: mine } : g;
    const refs = picked[g.id];
    const storedKeys = (g.strategicRefs ?? []).map(refKey);
    return refs && !same(refs.map(refKey), storedKeys) ? { ...withLines, strategicRefs: refs } : withLines;
  });

  const write = (next: PlanGoal[]) =>
    save({
      sections: {
        goals: next.map((g) => ({
          id: g.id || undefined,
          text: g.text,
          lineIds: g.lineIds,
          // Sent back as they are: leaving them out would unlink the goal on every other edit.
          ...(g.strategicRefs?.length ? { strategicRefs: g.strategicRefs } : {}),
        })),
      },
    });
  const servesText = (g: PlanGoal) =>
    g.strategicRefs?.length
      ? t('sl.serves', { goals: g.strategicRefs.map((r) => strategic.label(r)).join('; ') })
      : null;

  if (!mayEdit) {
    return (
      <>
        <h3 className={styles.h3}>{t('periodGoals')}</h3>
        {goals.length === 0 ? (
          <p>{t('plan.noGoals')}</p>
        ) : (
          <ul data-testid="goal-list">
            {goals.map((g) => (
              <li key={g.id}>
                {g.text}
                {g.lineIds.length > 0 && (
                  <div>
                    {t('plan.servedBy', {
                      lines: g.lineIds
                        .map((id) => lineName.get(id))
                        .filter(Boolean)
                        .join(', '),
                    })}
                  </div>
                )}
                {servesText(g) && <div data-testid="goal-serves">{servesText(g)}</div>}
              </li>
            ))}
          </ul>
        )}
        {mayNotLinkWhy && <p data-testid="strategic-link-why">{mayNotLinkWhy}</p>}
        <h3 className={styles.h3}>{t('longTermGoals')}</h3>
        <RichText text={plan.sections.longTermGoals} empty={<p>{t('plan.notWritten')}</p>} />
      </>
    );
  }

  const newError = touched ? ruleError(goalRule, newGoal, lang) : null;
  return (
    <>
      <p>{t('plan.goalsIntro')}</p>
      {goals.length === 0 && <p>{t('plan.noGoals')}</p>}
      {goals.map((g, n) => {
        const text = texts[g.id] ?? g.text;
        const error = ruleError(goalRule, text, lang);
        const dirty = text !== g.text;
        const commit = () => {
          if (!dirty || error) return;
          void write(goals.map((x) => (x.id === g.id ? { ...x, text: text.trim() } : x))).then(
            (ok) => ok && setTexts(({ [g.id]: _, ...rest }) => rest),
          );
        };
        return (
          <fieldset key={g.id} className={styles.goal} data-testid={`goal-${n}`}>
            <legend className={styles.legend}>{t('plan.goalN', { n: n + 1 })}</legend>
            <div className={styles.buttons}>
              <Field
                className={styles.grow}
                label={t('plan.goalText')}
                validationMessage={error ?? undefined}
                validationState={error ? 'error' : 'none'}
              >
                <Input
                  value={text}
                  data-testid={`goal-text-${n}`}
                  onChange={(_, d) => setTexts({ ...texts, [g.id]: d.value })}
                  onBlur={commit}
                  onKeyDown={(e) => e.key === 'Enter' && commit()}
                />
              </Field>
              <Button onClick={() => setRemoving(g)} aria-label={t('plan.removeGoal', { n: n + 1 })}>
                {t('plan.remove')}
              </Button>
            </div>
            {lines.length === 0 ? (
              <p>{t('plan.noLinesToLink')}</p>
            ) : (
              // A plan has dozens of lines: the list opens on demand, its summary says how many serve the goal.
              <details className={styles.details} data-testid={`goal-${n}-links`}>
                <summary className={styles.summary}>
                  {t('plan.servingLinesCount', { count: g.lineIds.length })}
                </summary>
                <fieldset className={styles.goal}>
                  <legend className={styles.legend}>{t('plan.servingLines')}</legend>
                  <div className={styles.lines}>
                    {MAIN_ACTIVITIES.flatMap((a) =>
                      lines
                        .filter((l) => l.mainActivity === a)
                        .sort((x, y) => x.sortOrder - y.sortOrder)
                        .map((l) => (
                          <Checkbox
                            key={l.id}
                            label={`${l.name} (${t(`activity.${a}`)})`}
                            checked={g.lineIds.includes(l.id)}
                            data-testid={`goal-${n}-line-${l.id}`}
                            onChange={(_, d) => {
                              const lineIds = d.checked
                                ? [...g.lineIds, l.id]
                                : g.lineIds.filter((id) => id !== l.id);
                              setTicked((prev) => ({ ...prev, [g.id]: lineIds }));
                              void write(goals.map((x) => (x.id === g.id ? { ...x, lineIds } : x))).then(
                                (ok) => ok || setTicked(({ [g.id]: _, ...rest }) => rest),
                              );
                            }}
                          />
                        )),
                    )}
                  </div>
                </fieldset>
              </details>
            )}
            {strategic.loading ? null : strategic.plans.length === 0 ? (
              <p>{t('sl.none', { year: plan.year })}</p>
            ) : (
              <details className={styles.details} data-testid={`goal-${n}-strategic`}>
                <summary className={styles.summary}>
                  {t('sl.servesCount', { count: g.strategicRefs?.length ?? 0 })}
                </summary>
                {strategic.plans.map((sp) => (
                  <fieldset key={sp.id} className={styles.goal}>
                    <legend className={styles.legend}>
                      {t('sl.legend', { from: sp.fromYear, to: sp.toYear })}
                    </legend>
                    <div className={styles.lines}>
                      {sp.options.map((o) => {
                        const refs = g.strategicRefs ?? [];
                        return (
                          <Checkbox
                            key={refKey(o)}
                            label={t('sl.goalLabel', { year: o.year, text: o.text })}
                            checked={refs.some((r) => refKey(r) === refKey(o))}
                            data-testid={`goal-${n}-strategic-${o.goalId}`}
                            onChange={(_, d) => {
                              const ref = { strategicPlanId: o.strategicPlanId, goalId: o.goalId };
                              const next = d.checked
                                ? [...refs, ref]
                                : refs.filter((r) => refKey(r) !== refKey(o));
                              setPicked((prev) => ({ ...prev, [g.id]: next }));
                              void write(
                                goals.map((x) => (x.id === g.id ? { ...x, strategicRefs: next } : x)),
                              ).then((ok) => ok || setPicked(({ [g.id]: _, ...rest }) => rest));
                            }}
                          />
                        );
                      })}
                    </div>
                  </fieldset>
                ))}
              </details>
            )}
            {servesText(g) && <p data-testid={`goal-${n}-serves`}>{servesText(g)}</p>}
          </fieldset>
        );
      })}
      <form
        className={styles.buttons}
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (ruleError(goalRule, newGoal, lang)) return;
          void write([...goals, { id: '', text: newGoal.trim(), lineIds: [] }]).then((ok) => {
            if (ok) {
              setNewGoal('');
              setTouched(false);
            }
          });
        }}
      >
        <Field
          className={styles.grow}
          label={t('plan.newGoal')}
          validationMessage={newError ?? undefined}
          validationState={newError ? 'error' : 'none'}
        >
          <Input
            value={newGoal}
            data-testid="new-goal"
            onChange={(_, d) => {
              setNewGoal(d.value);
              setTouched(true);
            }}
          />
        </Field>
        <Button type="submit" appearance="primary" data-testid="add-goal">
          {t('plan.addGoal')}
        </Button>
      </form>
      <ConfirmDialog
        open={removing !== null}
        title={t('plan.removeGoalTitle')}
        confirmLabel={t('plan.remove')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const goal = removing!;
          setRemoving(null);
          void write(goals.filter((g) => g.id !== goal.id));
        }}
      >
        {removing ? t('plan.removeGoalBody', { text: removing.text }) : ''}
      </ConfirmDialog>
    </>
  );
}
