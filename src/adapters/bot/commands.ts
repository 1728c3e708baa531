// The bot's chat commands as a table: what the text says → its arguments (zod) → a use case → a card.
// The first command whose pattern matches the text answers; anything else is "didn't understand".
import { z } from 'zod';
import type { MessageKey } from '../../i18n/messages';
import { translate } from '../../i18n/messages';
import type { BotDeps } from './botDeps';
import type { AdaptiveCard } from './cards/card';
import { helpCard, noticeCard, planCard, statusCard } from './cards/infoCards';
import { say, type CardLocale } from './cards/texts';
import { explain, type BotTurn } from './turn';

interface CommandResult {
  card: AdaptiveCard;
  /** Done after the reply went (e.g. posting a tracked approval card below it). */
  after?: () => Promise<void>;
}

interface BotCommand<S extends z.ZodType> {
  name: string;
  /** Matched against the text (spaces collapsed, trailing punctuation kept out); groups feed `args`. */
  pattern: RegExp;
  args: S;
  run(turn: BotTurn, args: z.infer<S>, deps: BotDeps): Promise<CommandResult>;
}

const command = <S extends z.ZodType>(c: BotCommand<S>) => c as BotCommand<z.ZodType>;
const notice = (text: string): CommandResult => ({ card: noticeCard(text) });
const none = z.object({});

export const COMMANDS: readonly BotCommand<z.ZodType>[] = [
  command({
    name: 'help',
    pattern: /^(?:|hjälp|help|\?)$/i,
    args: none,
    run: async (turn, _args, deps) => ({ card: helpCard(turn.locale, deps.demo) }),
  }),
  command({
    // Demo only: a chat user chooses which demo person they are (the same as the tab's person picker).
    name: 'actAs',
    pattern: /^(?:agera som|act as)\s+(?<name>.+)$/i,
    args: z.object({ name: z.string().min(1).max(200) }),
    run: async (turn, { name }, deps) => {
      const { from } = turn.activity;
      if (!deps.demo || !from.aadObjectId) return notice(didNotUnderstand(turn));
      const person = await deps.services.conversations.actAs(from.aadObjectId, from.id, name);
      return notice(
        person
          ? say(turn.locale, 'actingAs', { name: person.displayName })
          : say(turn.locale, 'unknownPerson', { name }),
      );
    },
  }),
  command({
    // "koppla PSG": the channel where PSG's (or OLF's) agendas and decisions are posted.
    name: 'bindForum',
    pattern: /^(?:koppla|link)\s+(?<kind>psg|olf)$/i,
    args: z.object({ kind: z.string().transform((k) => k.toLowerCase() as 'psg' | 'olf') }),
    run: async (turn, { kind }, deps) => {
      const actor = await turn.actor();
      if (!actor) return notice(say(turn.locale, 'unknownUser'));
      const [forum] = (await deps.services.forums.list()).filter((f) => f.kind === kind);
      const c = turn.conversation;
      try {
        await deps.services.forums.bindChannel({ actor, locale: turn.locale }, forum!.id, {
          channelId: c.channelId ?? c.conversationId,
          teamId: c.teamId,
        });
        return notice(say(turn.locale, 'forumBound', { name: forum!.name }));
      } catch (error) {
        return notice(explain(error, turn.locale));
      }
    },
  }),
  command({
    name: 'bindObject',
    pattern: /^(?:koppla|link)\s+(?<code>\S+)$/i,
    args: z.object({ code: z.string().min(1).max(100) }),
    run: async (turn, { code }, deps) => {
      const object = await deps.services.conversations.objectByCode(code);
      if (!object) return notice(say(turn.locale, 'unknownObject', { code }));
      const actor = await turn.actor();
      if (!actor) return notice(say(turn.locale, 'unknownUser'));
      const c = turn.conversation;
      try {
        // The same use case and rule as the tab's configuration page.
        await deps.services.channels.bind(
          { actor, locale: turn.locale },
          {
            channelId: c.channelId ?? c.conversationId,
            teamId: c.teamId,
            tenantId: c.tenantId,
            objectId: object.id,
          },
        );
        return notice(say(turn.locale, 'bound', { name: object.name, code: object.code }));
      } catch (error) {
        return notice(explain(error, turn.locale));
      }
    },
  }),
  command({
    name: 'status',
    pattern: /^status$/i,
    args: none,
    run: async (turn, _args, deps) => {
      const object = await deps.services.conversations.objectOf(turn.conversation.conversationId);
      if (!object) return notice(say(turn.locale, 'notBound'));
      const s = await deps.services.planCards.objectStatus(object.id);
      const { locale } = turn;
      return {
        card: statusCard({
          locale,
          objectCode: object.code,
          objectName: object.name,
          plan: s.plan
            ? {
                year: s.plan.year,
                status: s.plan.status,
                late: s.plan.late.map((d) => deliverable(d, locale)),
              }
            : null,
          planYear: s.plan?.year ?? new Date().getFullYear(),
          nextMeeting: s.nextMeeting,
          openApprovals: s.openApprovals,
          url: deps.links.objectTab(object.id),
        }),
      };
    },
  }),
  command({
    name: 'plan',
    pattern: /^plan$/i,
    args: none,
    run: async (turn, _args, deps) => {
      const { locale, conversation } = turn;
      const object = await deps.services.conversations.objectOf(conversation.conversationId);
      if (!object) return notice(say(locale, 'notBound'));
      const plan = await deps.services.planCards.currentPlan(object.id);
      if (!plan) return notice(say(locale, 'noPlan', { year: new Date().getFullYear() }));
      const summary = await deps.services.planCards.summary(plan.id);
      const state = (d: { met: boolean; late: boolean }) =>
        d.met
          ? translate(locale, 'bot.deadline.done')
          : d.late
            ? say(locale, 'late').toLowerCase()
            : translate(locale, 'bot.deadline.upcoming');
      const card = planCard({
        locale,
        objectCode: object.code,
        year: plan.year,
        status: plan.status,
        budgetTotal: summary.table.totals.total,
        fte: summary.table.fte.total,
        deadlines: summary.deadlines.map((d) => ({
          label: deliverable(d.deliverable, locale),
          due: d.due,
          state: state(d),
        })),
        url: deps.links.objectTab(object.id, { view: 'plan', year: plan.year }, conversation.channelId),
      });
      // A plan awaiting approval gets its approval card here, tracked so that it updates in place.
      const after = async () => {
        if (plan.status !== 'preliminary' || !conversation.serviceUrl) return;
        const target = { conversationId: conversation.conversationId, serviceUrl: conversation.serviceUrl };
        if (await deps.services.planCards.ensureApprovalCard(target, plan.id)) deps.dispatcher.nudge();
      };
      return { card, after };
    },
  }),
];

function didNotUnderstand(turn: BotTurn) {
  return say(turn.locale, 'didNotUnderstand', { text: textOf(turn).slice(0, 80) });
}

const textOf = (turn: BotTurn) => (turn.activity.text ?? '').replace(/\s+/g, ' ').trim();

const DELIVERABLES: Record<string, MessageKey> = {
  objectPlanPreliminary: 'bot.deliverable.objectPlanPreliminary',
  objectPlanApproved: 'bot.deliverable.objectPlanApproved',
  objectReport: 'bot.deliverable.objectReport',
};

function deliverable(name: string, locale: CardLocale): string {
  const key = DELIVERABLES[name];
  return key ? translate(locale, key) : name;
}

/** Answers a chat message: the first command that matches, else "didn't understand". */
export async function runCommand(turn: BotTurn, deps: BotDeps): Promise<void> {
  const text = textOf(turn).replace(/[.!?]+$/, '');
  for (const c of COMMANDS) {
    const match = c.pattern.exec(text);
    if (!match) continue;
    const args = c.args.safeParse(match.groups ?? {});
    if (!args.success) break;
    const result = await c.run(turn, args.data, deps);
    await turn.reply(result.card);
    await result.after?.();
    return;
  }
  await turn.reply(noticeCard(didNotUnderstand(turn)));
}
