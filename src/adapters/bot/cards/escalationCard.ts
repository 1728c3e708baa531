// A priority question on its way up the ladder (objektledare → objektägare → PSG). Those who decide at the
// current rung get their own view with the decision; everyone else sees where the question stands.
import type { EscalationLevel, InitiativeStatus } from '../../../domain/model';
import {
  card,
  execute,
  facts,
  heading,
  MAX_REFRESH_USERS,
  openUrl,
  plain,
  text,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './card';
import { say, type CardLocale } from './texts';

export interface EscalationCardModel {
  locale: CardLocale;
  initiativeId: string;
  title: string;
  description: string;
  objects: string;
  level: EscalationLevel;
  status: InitiativeStatus;
  open: boolean;
  score: number;
  benefit: number;
  goalContribution: number;
  effort: number;
  lastReason: string;
  deciderNames: string[];
  deciderUserIds: string[];
  url: string;
}

export type EscalationView =
  | { kind: 'shared' }
  | { kind: 'decider'; error?: string }
  /** "Stoppa initiativet …" was clicked: a final decision, so it is confirmed on the card first. */
  | { kind: 'confirmStop'; comment?: string }
  | { kind: 'decided' }
  | { kind: 'notice'; message: string };

export const ESCALATION_VERBS = { refresh: 'initiative.refresh', decide: 'initiative.decide' } as const;
export const DECISION_OUTCOMES = ['prioritised', 'rejected', 'stopped'] as const;

export function escalationCard(
  m: EscalationCardModel,
  view: EscalationView = { kind: 'shared' },
): AdaptiveCard {
  const l = m.locale;
  const data = { initiativeId: m.initiativeId, level: m.level };
  const body: CardElement[] = [
    heading(say(l, 'escalationTitle', { title: m.title })),
    ...(m.description ? [text(m.description)] : []),
    facts([
      [say(l, 'objects'), m.objects],
      [say(l, 'level'), say(l, `level.${m.level}`)],
      [say(l, 'deciders'), m.deciderNames.join(', ') || '–'],
      [
        say(l, 'priorityInputs'),
        say(l, 'priorityValues', {
          benefit: m.benefit,
          goal: m.goalContribution,
          effort: m.effort,
          score: m.score,
        }),
      ],
      [say(l, 'status'), say(l, `initiative.${m.status}`)],
      ...(m.lastReason ? ([[say(l, 'reason'), m.lastReason]] as [string, string][]) : []),
    ]),
  ];
  const actions: CardAction[] = [];
  if (view.kind === 'decider' && m.open) {
    if (view.error) body.push(text(plain(view.error), { color: 'Attention', weight: 'Bolder' }));
    body.push({
      type: 'Input.Text',
      id: 'comment',
      label: say(l, 'decisionComment'),
      isMultiline: true,
      maxLength: 2000,
    });
    actions.push(
      execute(say(l, 'prioritise'), ESCALATION_VERBS.decide, { ...data, outcome: 'prioritised' }, 'positive'),
    );
    actions.push(
      execute(
        say(l, 'rejectInitiative'),
        ESCALATION_VERBS.decide,
        { ...data, outcome: 'rejected' },
        'destructive',
      ),
    );
    // Without `confirmed` the server answers with the confirmation view, never with a decision.
    actions.push(execute(say(l, 'stopInitiative'), ESCALATION_VERBS.decide, { ...data, outcome: 'stopped' }));
  }
  if (view.kind === 'confirmStop' && m.open) {
    body.push(
      text(say(l, 'confirmStop', { title: plain(m.title) }), { weight: 'Bolder', color: 'Attention' }),
    );
    body.push({
      type: 'Input.Text',
      id: 'comment',
      label: say(l, 'decisionComment'),
      isMultiline: true,
      maxLength: 2000,
      ...(view.comment ? { value: view.comment } : {}),
    });
    actions.push(
      execute(
        say(l, 'confirmStopYes'),
        ESCALATION_VERBS.decide,
        { ...data, outcome: 'stopped', confirmed: true },
        'destructive',
      ),
    );
    actions.push(execute(say(l, 'confirmStopNo'), ESCALATION_VERBS.refresh, data));
  }
  if (view.kind === 'shared' && m.open)
    actions.push(execute(say(l, 'decideEllipsis'), ESCALATION_VERBS.refresh, data));
  if (view.kind === 'decided')
    body.push(
      text(say(l, 'youDecided', { outcome: say(l, `initiative.${m.status}`).toLowerCase() }), {
        weight: 'Bolder',
      }),
    );
  if (view.kind === 'notice') body.push(text(plain(view.message), { color: 'Attention', weight: 'Bolder' }));
  actions.push(openUrl(say(l, 'openInTab'), m.url));
  const userIds = m.deciderUserIds.slice(0, MAX_REFRESH_USERS);
  return card(
    body,
    actions,
    m.open && userIds.length
      ? { refresh: { action: execute(say(l, 'refresh'), ESCALATION_VERBS.refresh, data), userIds } }
      : {},
  );
}
