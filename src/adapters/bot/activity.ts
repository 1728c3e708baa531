// The shape of what the Bot Connector sends, and what the bot reads from it.
import type { ILogger } from '@microsoft/teams.common';
import { z } from 'zod';
import type { IncomingConversation } from '../../services/channels/conversationService';
import type { Logger } from '../../services/ports/logger';
import type { AdaptiveCard } from './cards/card';

/** The least an activity from the Bot Connector has; the SDK trusts the rest. */
export const activityEnvelope = z.looseObject({
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

export interface ActivityLike {
  id?: string;
  type: string;
  conversation: { id: string; conversationType?: string; tenantId?: string };
  serviceUrl?: string;
  channelData?: { team?: { id?: string }; channel?: { id?: string }; tenant?: { id?: string } };
  from: { id: string; aadObjectId?: string };
  locale?: string;
  text?: string;
  value?: { action?: unknown; trigger?: string };
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

/** A card action's answer: the card that replaces the clicked one. */
export function cardResponse(card: AdaptiveCard) {
  return {
    statusCode: 200 as const,
    type: 'application/vnd.microsoft.card.adaptive' as const,
    value: card as never,
  };
}
export type CardResponse = ReturnType<typeof cardResponse>;

/** The SDK's logger interface over ours. Messages are only formatted when their level is written. */
export function teamsLogger(logger: Logger, name = 'teams'): ILogger {
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
