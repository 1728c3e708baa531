// The bot on the Teams SDK, served by the app's own Express server at /api/messages. Routes stay thin:
// parse the activity, call a use case, render a card.
import { App, ExpressAdapter } from '@microsoft/teams.apps';
import type { CloudEnvironment } from '@microsoft/teams.api';
import type { ILogger } from '@microsoft/teams.common';
import express from 'express';
import { z } from 'zod';
import { translate } from '../../i18n/messages';
import type { Services } from '../../services';
import type { Actor } from '../../services/context';
import { AppError, ServiceUnavailable } from '../../services/errors';
import { runTimedRequest } from '../requestTiming';
import type { IncomingConversation } from '../../services/bot/botService';
import type { Logger } from '../../services/ports/logger';
import type { CardRenderer, Links } from './cardRenderer';
import { APPROVAL_VERBS, type ApprovalView } from './cards/approvalCard';
import { DECISION_OUTCOMES, ESCALATION_VERBS, type EscalationView } from './cards/escalationCard';
import { ESCALATION_LEVELS } from '../../domain/model';
import { ORDER_VERBS, type OrderView } from './cards/orderCard';
import type { ApproverStatus } from '../../domain/plan/lifecycle';
import type { AdaptiveCard } from './cards/card';
import { helpCard, noticeCard, planCard, statusCard } from './cards/infoCards';
import { cardLocale, say, type CardLocale } from './cards/texts';
import { cardActivity } from './connector';
import type { OutboxDispatcher } from './outboxDispatcher';
import { runInAuditScope } from '../../services/audit/auditScope';
import type { BotCredentials } from './settings';
import type { ServiceUrlPolicy } from './serviceUrls';
import { endpointGuard } from './endpointGuard';

export interface BotDeps {
  services: Services;
  renderer: CardRenderer;
  /** Asked to send due outbox messages soon, after a change that updates cards. */
  dispatcher: Pick<OutboxDispatcher, 'nudge'>;
  links: Links;
  logger: Logger;
  /** Demo mode: unauthenticated Bot Connector requests are accepted and "agera som" is allowed. */
  demo: boolean;
  credentials?: BotCredentials | undefined;
  /** Where the bot may send; an activity naming any other serviceUrl is refused (400). */
  serviceUrls: ServiceUrlPolicy;
  /** Activities per conversation and per remote address per minute (0: unlimited). */
  rateLimit: { perConversation: number; perAddress: number };
  /** Entra mode: the tenants whose conversations the bot serves. */
  allowedTenants?: string[] | undefined;
  /** Tests: a token for outgoing Bot Connector calls instead of acquiring one. */
  token?: () => string;
  /** Tests: the Bot Connector's key set at a local address. */
  cloud?: CloudEnvironment | undefined;
}

/** What an Action.Execute may carry. Who clicked comes from the activity, never from here. */
const cardAction = z.object({
  type: z.literal('Action.Execute'),
  verb: z.enum([APPROVAL_VERBS.refresh, APPROVAL_VERBS.approve, APPROVAL_VERBS.reject]),
  data: z.object({
    planId: z.string().min(1).max(100),
    round: z.number().int().min(0).max(100_000),
    comment: z.string().max(2000).optional(),
  }),
});

/** The least an activity from the Bot Connector has; the SDK trusts the rest. */
const activityEnvelope = z.looseObject({
  type: z.string().min(1).max(100),
  name: z.string().max(200).optional(),
  id: z.string().max(500).optional(),
  locale: z.string().max(50).optional(),
  text: z.string().max(100_000).optional(),
  from: z.looseObject({
    id: z.string().min(1).max(500),
    name: z.string().max(500).optional(),
    aadObjectId: z.string().max(100).optional(),
  }),
  recipient: z.looseObject({ id: z.string().max(500) }).optional(),
  conversation: z.looseObject({
    id: z.string().min(1).max(1000),
    conversationType: z.string().max(50).optional(),
    tenantId: z.string().max(100).optional(),
  }),
  channelData: z.looseObject({}).optional(),
  // The Bot Connector always says where to answer, on http(s); without it the SDK fails on the activity.
  serviceUrl: z
    .string()
    .max(2000)
    .regex(/^https?:\/\/[^\s]+$/),
});

/** The SDK's logger interface over ours. Messages are only formatted when their level is written. */
const escalationAction = z.object({
  type: z.literal('Action.Execute'),
  verb: z.enum([ESCALATION_VERBS.refresh, ESCALATION_VERBS.decide]),
  data: z.object({
    initiativeId: z.string().min(1).max(100),
    level: z.enum(ESCALATION_LEVELS),
    outcome: z.enum(DECISION_OUTCOMES).optional(),
    comment: z.string().max(2000).optional(),
    /** Stopping is final: only the confirmation view's button carries this. */
    confirmed: z.boolean().optional(),
  }),
});

/** An owner's answer on an order's approval card (issue 17); `state` is the step the card was posted for. */
const orderAction = z.object({
  type: z.literal('Action.Execute'),
  verb: z.enum([ORDER_VERBS.refresh, ORDER_VERBS.approve, ORDER_VERBS.reject]),
  data: z.object({
    orderId: z.string().min(1).max(100),
    state: z.string().min(1).max(40),
    comment: z.string().max(2000).optional(),
  }),
});

function teamsLogger(logger: Logger, name = 'teams'): ILogger {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...msg: unknown[]) =>
      logger.enabled(level) &&
      logger.log(
        level,
        msg
          .map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m)))
          .join(' ')
          .slice(0, 1000),
        { component: name },
      );
  const self: ILogger = {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    trace: at('debug'),
    log: (level, ...msg) =>
      at(level === 'trace' ? 'debug' : (level as 'debug' | 'info' | 'warn' | 'error'))(...msg),
    child: (child: string) => teamsLogger(logger, `${name}/${child}`),
  };
  return self;
}

interface ActivityLike {
  conversation: { id: string; conversationType?: string; tenantId?: string };
  serviceUrl?: string;
  channelData?: { team?: { id?: string }; channel?: { id?: string }; tenant?: { id?: string } };
  from: { id: string; aadObjectId?: string };
  locale?: string;
}

/** The conversation an activity came from; in a channel, the channel itself (not the reply thread). */
export function conversationOf(activity: ActivityLike): IncomingConversation {
  const type = activity.conversation.conversationType;
  const conversationType = type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
  const channelId =
    activity.channelData?.channel?.id ??
    (conversationType === 'channel' ? activity.conversation.id.split(';')[0]! : null);
  return {
    conversationId: channelId ?? activity.conversation.id,
    serviceUrl: activity.serviceUrl ?? '',
    tenantId: activity.channelData?.tenant?.id ?? activity.conversation.tenantId ?? null,
    teamId: activity.channelData?.team?.id ?? null,
    channelId,
    conversationType,
  };
}

function cardResponse(card: AdaptiveCard) {
  return {
    statusCode: 200 as const,
    type: 'application/vnd.microsoft.card.adaptive' as const,
    value: card as never,
  };
}

export async function createTeamsBot(deps: BotDeps): Promise<{ router: express.Express; app: App }> {
  const { services, renderer, dispatcher, links, demo } = deps;
  const web = express();
  // Every request passes through this app (mounted first): it must not announce Express either.
  web.disable('x-powered-by');
  // Bot Framework answers are never cached or revalidated; an ETag would only cost a hash of each card.
  web.set('etag', false);
  const guard = endpointGuard({
    serviceUrls: deps.serviceUrls,
    authenticated: Boolean(deps.credentials),
    rateLimit: deps.rateLimit,
    allowedTenants: deps.allowedTenants,
    logger: deps.logger,
    conversationOf,
  });
  // Before the SDK sees it: an address over its limit (before parsing); anything that is not shaped
  // like an activity is a 400, not a crash in the SDK (a JSON array made it answer 500); then the
  // guard's checks of the serviceUrl, the token's claim and the tenant. Registered first, so it runs
  // before the SDK's own route.
  web.post(
    '/api/messages',
    guard.limitAddress,
    express.json({ limit: '1mb' }),
    (req, res, next) => {
      if (activityEnvelope.safeParse(req.body).success) return next();
      res.status(400).json({ error: { code: 'validation', message: 'Not a Bot Framework activity.' } });
    },
    guard.checkActivity,
  );
  const app = new App({
    httpServerAdapter: new ExpressAdapter(web, { logger: teamsLogger(deps.logger, 'express') }),
    logger: teamsLogger(deps.logger),
    // The SDK copies its HTTP client several times per activity; with our logger in the client's
    // options the copies share it instead of each building a console logger of its own.
    client: { logger: teamsLogger(deps.logger, 'http'), middlewares: [guard.onlyBotConnectors] },
    activity: { mentions: { stripText: true } },
    ...(deps.credentials
      ? {
          clientId: deps.credentials.clientId,
          tenantId: deps.credentials.tenantId,
          ...(deps.credentials.kind === 'secret'
            ? { clientSecret: deps.credentials.clientSecret }
            : { managedIdentityClientId: deps.credentials.managedIdentityClientId }),
          // Said explicitly: left undefined, the SDK reads DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS.
          dangerouslyAllowUnauthenticatedRequests: false,
        }
      : { dangerouslyAllowUnauthenticatedRequests: true }),
    ...(deps.token ? { token: deps.token } : {}),
    ...(deps.cloud ? { cloud: deps.cloud } : {}),
  });

  app.use(guard.limitConversation);

  // Writes made while handling an activity are audited as the bot's, by the Teams user who sent it
  // (from.aadObjectId, never anything inside a card's data).
  app.use((ctx) => {
    const from = (ctx.activity as unknown as { from?: { aadObjectId?: string } }).from;
    return runInAuditScope(
      { via: 'bot', requestId: ctx.activity.id ?? null, entraObjectId: from?.aadObjectId ?? null },
      () => ctx.next(),
    );
  });

  // A dependency down while handling an activity (the store on SharePoint): the sender is told when the
  // reply can go, and the activity is answered 200, not 500 — it was received, and a 5xx would only have
  // the connector send it again into the same outage. Waiting for Graph's retries is bounded from the
  // activity's arrival, as for an API request.
  app.use(async (ctx) => {
    try {
      return await runTimedRequest(() => ctx.next());
    } catch (error) {
      if (!(error instanceof ServiceUnavailable)) throw error;
      deps.logger.log('warn', 'dependency unavailable', {
        dependency: error.dependency,
        detail: error.detail,
        activity: ctx.activity.type,
      });
      if (ctx.activity.type === 'message')
        await sendReply(ctx, noticeCard(translate(cardLocale(ctx.activity.locale), error.key)));
      return undefined;
    }
  });

  // Every conversation the bot hears from is remembered in the store, so it can post there later. Only
  // an activity that got this far does it (authenticated, with credentials), and never over a reference
  // of another tenant or serviceUrl: a conversation id does not move, and taking it over would send the
  // next decision card to whoever asked.
  app.use(async (ctx) => {
    const c = conversationOf(ctx.activity as unknown as ActivityLike);
    const verified = { verified: Boolean(deps.credentials) };
    const outcome = await services.bot.rememberConversation(c, verified).catch((e: unknown) => {
      deps.logger.log('warn', 'could not store conversation', { error: String(e) });
      return 'unchanged' as const;
    });
    if (outcome === 'otherTenant' || (outcome === 'otherServiceUrl' && !deps.credentials)) {
      deps.logger.log('warn', 'activity refused: the conversation is known with another address', {
        outcome,
        conversationId: c.conversationId.slice(0, 200),
      });
      return {
        status: outcome === 'otherTenant' ? 403 : 400,
        body: { error: { code: outcome, message: 'The conversation is known with another address.' } },
      };
    }
    // With credentials Microsoft signed this serviceUrl (Multi-Geo moves happen; the old one keeps
    // working): the reply goes to it, the stored reference stays as it is.
    return ctx.next();
  });

  /**
   * A reply that cannot be delivered (the Bot Connector unreachable or refusing) is logged, and the
   * activity still answered 200: it was received and handled, and a 5xx would only make the connector
   * send it again. Cards that must arrive go through the outbox, which retries.
   */
  const sendReply = (ctx: { send(activity: never): Promise<unknown> }, card: AdaptiveCard) =>
    ctx.send(cardActivity(card) as never).then(
      () => undefined,
      (error: unknown) =>
        deps.logger.log('error', 'could not send a reply', {
          error: error instanceof Error ? error.message : String(error),
        }),
    );

  app.on('install.add', async (ctx) => {
    await sendReply(ctx, noticeCard(say(cardLocale(ctx.activity.locale), 'welcome')));
  });

  app.on('install.remove', async (ctx) => {
    await services.bot.forgetConversation(
      conversationOf(ctx.activity as unknown as ActivityLike).conversationId,
    );
  });

  app.on('message', async (ctx) => {
    const activity = ctx.activity as unknown as ActivityLike & { text?: string };
    const locale = cardLocale(activity.locale);
    const conversation = conversationOf(activity);
    const reply = (card: AdaptiveCard) => sendReply(ctx, card);
    const text = (activity.text ?? '').replace(/\s+/g, ' ').trim();
    const command = text.toLocaleLowerCase('sv').replace(/[.!?]+$/, '');

    if (command === '' || command === 'hjälp' || command === 'help' || command === '?') {
      await reply(helpCard(locale, demo));
      return;
    }
    const actAs = /^(?:agera som|act as)\s+(.+)$/i.exec(text);
    if (actAs && demo && activity.from.aadObjectId) {
      const person = await services.bot.actAs(activity.from.aadObjectId, activity.from.id, actAs[1]!);
      await reply(
        noticeCard(
          person
            ? say(locale, 'actingAs', { name: person.displayName })
            : say(locale, 'unknownPerson', { name: actAs[1]! }),
        ),
      );
      return;
    }
    const link = /^(?:koppla|link)\s+(\S+)$/i.exec(text);
    const forumKind = link?.[1]?.toLowerCase();
    if (link && (forumKind === 'psg' || forumKind === 'olf')) {
      // "koppla PSG": the channel where PSG's (or OLF's) agendas and decisions are posted.
      const actor = await services.bot.actorFor(activity.from.aadObjectId, activity.from.id);
      if (!actor) {
        await reply(noticeCard(say(locale, 'unknownUser')));
        return;
      }
      const [forum] = (await services.forums.list()).filter((f) => f.kind === forumKind);
      try {
        await services.forums.bindChannel({ actor, locale }, forum!.id, {
          channelId: conversation.channelId ?? conversation.conversationId,
          teamId: conversation.teamId,
        });
        await reply(noticeCard(say(locale, 'forumBound', { name: forum!.name })));
      } catch (error) {
        await reply(noticeCard(explain(error, locale)));
      }
      return;
    }
    if (link) {
      const object = await services.bot.objectByCode(link[1]!);
      if (!object) {
        await reply(noticeCard(say(locale, 'unknownObject', { code: link[1]! })));
        return;
      }
      const actor = await services.bot.actorFor(activity.from.aadObjectId, activity.from.id);
      if (!actor) {
        await reply(noticeCard(say(locale, 'unknownUser')));
        return;
      }
      try {
        await services.bot.bind(actor, conversation, object.id, locale);
        await reply(noticeCard(say(locale, 'bound', { name: object.name, code: object.code })));
      } catch (error) {
        await reply(noticeCard(explain(error, locale)));
      }
      return;
    }
    if (command === 'status' || command === 'plan') {
      const object = await services.bot.objectForConversation(conversation.conversationId);
      if (!object) {
        await reply(noticeCard(say(locale, 'notBound')));
        return;
      }
      if (command === 'status') {
        const s = await services.bot.status(object.id);
        const year = s.plan?.year ?? new Date().getFullYear();
        await reply(
          statusCard({
            locale,
            objectCode: object.code,
            objectName: object.name,
            plan: s.plan
              ? {
                  year: s.plan.year,
                  status: s.plan.status,
                  late: s.plan.late.map((d) => translateDeliverable(d, locale)),
                }
              : null,
            planYear: year,
            nextMeeting: s.nextMeeting,
            openApprovals: s.openApprovals,
            url: links.objectTab(object.id),
          }),
        );
        return;
      }
      const plan = await services.bot.currentPlan(object.id);
      if (!plan) {
        await reply(noticeCard(say(locale, 'noPlan', { year: new Date().getFullYear() })));
        return;
      }
      const summary = await services.bot.planSummary(plan.id);
      await reply(
        planCard({
          locale,
          objectCode: object.code,
          year: plan.year,
          status: plan.status,
          budgetTotal: summary.table.totals.total,
          fte: summary.table.fte.total,
          deadlines: summary.deadlines.map((d) => ({
            label: translateDeliverable(d.deliverable, locale),
            due: d.due,
            state: d.met
              ? locale === 'en'
                ? 'done'
                : 'klar'
              : d.late
                ? say(locale, 'late').toLowerCase()
                : locale === 'en'
                  ? 'upcoming'
                  : 'kommande',
          })),
          url: links.objectTab(object.id, { view: 'plan', year: plan.year }, conversation.channelId),
        }),
      );
      // A plan awaiting approval gets its approval card here, tracked so that it updates in place.
      if (plan.status === 'preliminary' && conversation.serviceUrl) {
        if (
          await services.bot.ensureApprovalCard(
            { conversationId: conversation.conversationId, serviceUrl: conversation.serviceUrl },
            plan.id,
          )
        ) {
          dispatcher.nudge();
        }
      }
      return;
    }
    await reply(noticeCard(say(locale, 'didNotUnderstand', { text: text.slice(0, 80) })));
  });

  app.on('card.action', async (ctx) => {
    const activity = ctx.activity as unknown as ActivityLike & {
      value?: { action?: unknown; trigger?: string };
    };
    const locale = cardLocale(activity.locale);
    const escalation = escalationAction.safeParse(activity.value?.action);
    if (escalation.success) return decideEscalation(escalation.data, activity, locale);
    const order = orderAction.safeParse(activity.value?.action);
    if (order.success) return answerOrder(order.data, activity, locale);
    const parsed = cardAction.safeParse(activity.value?.action);
    if (!parsed.success) {
      return cardResponse(
        noticeCard(
          say(locale, 'error', {
            reason: locale === 'en' ? 'the card is not one Objektnav knows' : 'kortet känns inte igen',
          }),
        ),
      );
    }
    const { verb, data } = parsed.data;
    // An answer learns the clicker's Teams user id in its own transaction; a refresh learns it at once.
    const actor = await services.bot.actorFor(
      activity.from.aadObjectId,
      activity.from.id,
      verb === APPROVAL_VERBS.refresh ? 'now' : 'with-answer',
    );
    const show = (view: ApprovalView) => renderer.approval(data.planId, locale, view).then(cardResponse);
    /** The approver rows of the clicker in an approval state. */
    const mineOf = (state: { approval: { approvers: ApproverStatus[] } }, personId: string) =>
      state.approval.approvers.filter((a) => a.personIds.includes(personId));
    try {
      if (!actor) return await show({ kind: 'notice', message: say(locale, 'unknownUser') });
      if (verb === APPROVAL_VERBS.refresh) {
        const state = await services.bot.approvalState(data.planId);
        const mine = mineOf(state, actor.personId);
        // Someone who clicked "approve or reject" without being an approver is told why nothing happens.
        const view = viewFor(mine, state.plan.status);
        const clicked = (activity.value as { trigger?: string } | undefined)?.trigger === 'manual';
        if (view.kind === 'shared' && clicked && state.plan.status === 'preliminary') {
          return await show({ kind: 'notice', message: say(locale, 'notApprover') });
        }
        return await show(view);
      }
      const outcome = verb === APPROVAL_VERBS.approve ? 'approved' : 'rejected';
      let result: Awaited<ReturnType<typeof services.plans.answer>>;
      try {
        // The round the card was for goes along: the service refuses an answer to an earlier round.
        const input = { comment: data.comment ?? '', round: data.round };
        result = await services.bot.answerApproval(
          { actor, locale },
          activity.from.id,
          data.planId,
          outcome,
          input,
        );
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.kind === 'forbidden')
          return await show({ kind: 'notice', message: say(locale, 'notApprover') });
        if (error.key === 'conflict.staleRound')
          return await show({ kind: 'notice', message: say(locale, 'staleRound') });
        if (error.kind === 'validation') {
          const mine = mineOf(await services.bot.approvalState(data.planId), actor.personId);
          return await show({
            kind: 'approver',
            role: (mine.find((a) => a.outcome === null) ?? mine[0])?.role ?? 'ownerBusiness',
            error: translate(locale, error.key, error.params),
          });
        }
        return await show({ kind: 'notice', message: translate(locale, error.key, error.params) });
      }
      // Everyone's copy of the card is updated through the outbox; the clicker gets theirs at once,
      // rendered around the plan and approval the answer returned (not read again).
      dispatcher.nudge();
      const after = await services.bot.approvalStateOf(result.plan, result.approval);
      return cardResponse(renderer.approvalFrom(after, locale, { kind: 'answered', outcome }));
    } catch (error) {
      deps.logger.log(error instanceof AppError ? 'info' : 'error', 'card action failed', {
        verb,
        error: String(error),
      });
      return cardResponse(noticeCard(explain(error, locale)));
    }
  });

  /** A decision on a priority question at its current rung, by whoever decides there. */
  async function decideEscalation(
    action: z.infer<typeof escalationAction>,
    activity: ActivityLike & { value?: { trigger?: string } },
    locale: CardLocale,
  ) {
    const { verb, data } = action;
    const show = (view: EscalationView) =>
      renderer.escalation(data.initiativeId, locale, view).then(cardResponse);
    try {
      const actor = await services.bot.actorFor(activity.from.aadObjectId, activity.from.id);
      if (!actor) return await show({ kind: 'notice', message: say(locale, 'unknownUser') });
      const state = await services.bot.escalationState(data.initiativeId);
      const decides = state.deciders.some((p) => p.id === actor.personId);
      if (verb === ESCALATION_VERBS.refresh) {
        if (decides && state.open) return await show({ kind: 'decider' });
        const clicked = activity.value?.trigger === 'manual';
        return await show(
          clicked && state.open ? { kind: 'notice', message: say(locale, 'notDecider') } : { kind: 'shared' },
        );
      }
      if (data.level !== state.initiative.escalationLevel || !data.outcome) {
        return await show({ kind: 'notice', message: say(locale, 'staleLevel') });
      }
      // "Stoppa initiativet …" (and the old cards' "Avbryt") first asks; only "Ja, stoppa" decides.
      // Anyone else, or a closed question, goes on to the refusal the decision itself gives.
      if (data.outcome === 'stopped' && data.confirmed !== true && decides && state.open)
        return await show({ kind: 'confirmStop', ...(data.comment ? { comment: data.comment } : {}) });
      try {
        await services.initiatives.decide({ actor, locale }, data.initiativeId, {
          outcome: data.outcome,
          comment: data.comment ?? '',
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.kind === 'forbidden')
          return await show({ kind: 'notice', message: say(locale, 'notDecider') });
        return await show({ kind: 'notice', message: translate(locale, error.key, error.params) });
      }
      dispatcher.nudge();
      return await show({ kind: 'decided' });
    } catch (error) {
      deps.logger.log(error instanceof AppError ? 'info' : 'error', 'card action failed', {
        verb,
        error: String(error),
      });
      return cardResponse(noticeCard(explain(error, locale)));
    }
  }

  /** An owner approves or rejects an order above the threshold from its card. */
  async function answerOrder(
    action: z.infer<typeof orderAction>,
    activity: ActivityLike & { value?: { trigger?: string } },
    locale: CardLocale,
  ) {
    const { verb, data } = action;
    const show = (view: OrderView) =>
      renderer.order(data.orderId, data.state, locale, view).then(cardResponse);
    try {
      const actor = await services.bot.actorFor(activity.from.aadObjectId, activity.from.id);
      if (!actor) return await show({ kind: 'notice', message: say(locale, 'unknownUser') });
      const state = await services.orders.cardState(data.orderId);
      const mine = state.approvers.filter((a) => a.personIds.includes(actor.personId));
      const asking = state.order.state === 'awaitingApproval' && data.state === 'awaitingApproval';
      if (verb === ORDER_VERBS.refresh) {
        const open = mine.find((a) => a.outcome === null);
        if (asking && open) return await show({ kind: 'approver' });
        const answered = mine.find((a) => a.outcome !== null);
        if (answered?.outcome) return await show({ kind: 'answered', outcome: answered.outcome });
        const clicked = activity.value?.trigger === 'manual';
        return await show(
          clicked && asking
            ? { kind: 'notice', message: translate(locale, 'card.order.notApprover') }
            : { kind: 'shared' },
        );
      }
      if (!asking) return await show({ kind: 'notice', message: translate(locale, 'card.order.moved') });
      const outcome = verb === ORDER_VERBS.approve ? 'approved' : 'rejected';
      try {
        await services.orders.answer({ actor, locale }, data.orderId, outcome, {
          comment: data.comment ?? '',
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.kind === 'forbidden')
          return await show({ kind: 'notice', message: translate(locale, 'card.order.notApprover') });
        if (error.kind === 'validation')
          return await show({ kind: 'approver', error: translate(locale, error.key, error.params) });
        return await show({ kind: 'notice', message: translate(locale, error.key, error.params) });
      }
      dispatcher.nudge();
      return await show({ kind: 'answered', outcome });
    } catch (error) {
      deps.logger.log(error instanceof AppError ? 'info' : 'error', 'card action failed', {
        verb,
        error: String(error),
      });
      return cardResponse(noticeCard(explain(error, locale)));
    }
  }

  await app.initialize();
  return { router: web, app };
}

function viewFor(
  mine: { role: string; outcome: 'approved' | 'rejected' | null }[],
  status: string,
): ApprovalView {
  if (mine.length === 0) return { kind: 'shared' };
  const open = mine.find((a) => a.outcome === null);
  if (open && status === 'preliminary') return { kind: 'approver', role: open.role };
  const answered = mine.find((a) => a.outcome !== null);
  return answered?.outcome ? { kind: 'answered', outcome: answered.outcome } : { kind: 'shared' };
}

function explain(error: unknown, locale: CardLocale): string {
  if (error instanceof AppError) {
    const reason = translate(locale, error.key, error.params);
    return error.kind === 'forbidden' ? say(locale, 'forbidden', { reason }) : reason;
  }
  return say(locale, 'error', { reason: locale === 'en' ? 'try again later' : 'försök igen senare' });
}

function translateDeliverable(deliverable: string, locale: CardLocale): string {
  const names: Record<string, [string, string]> = {
    objectPlanPreliminary: ['Preliminär objektplan', 'Preliminary object plan'],
    objectPlanApproved: ['Objektplan godkänd av OSG', 'Object plan approved by OSG'],
    objectReport: ['Objektberättelse', 'Object report'],
  };
  const pair = names[deliverable];
  return pair ? pair[locale === 'en' ? 1 : 0] : deliverable;
}

export type { Actor };
