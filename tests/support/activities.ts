// Bot Framework activities as Teams sends them, for driving the bot through its real endpoint.
import { randomUUID } from 'node:crypto';
import { demoObjectId } from '../../src/demo/seed';

export interface Speaker {
  aadObjectId: string;
  teamsUserId: string;
  name: string;
}

/** A demo person (by their key in the demo data) as Teams names them in an activity. */
export const speaker = (key: string, name: string): Speaker => ({
  aadObjectId: demoObjectId(key),
  teamsUserId: `29:${key}`,
  name,
});

export interface ChannelContext {
  serviceUrl: string;
  teamId: string;
  channelId: string;
  tenantId: string;
}

function base(ch: ChannelContext, from: Speaker, locale: string) {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: ch.serviceUrl,
    timestamp: new Date().toISOString(),
    locale,
    from: { id: from.teamsUserId, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: '28:objektnav-bot', name: 'Objektnav' },
    conversation: {
      id: `${ch.channelId};messageid=1700000000000`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: ch.tenantId,
    },
    channelData: { team: { id: ch.teamId }, channel: { id: ch.channelId }, tenant: { id: ch.tenantId } },
  };
}

export const message = (ch: ChannelContext, from: Speaker, text: string, locale = 'sv-SE') => ({
  ...base(ch, from, locale),
  type: 'message',
  text,
});

export const installation = (ch: ChannelContext, from: Speaker) => ({
  ...base(ch, from, 'sv-SE'),
  type: 'installationUpdate',
  action: 'add',
  conversation: { id: ch.teamId, conversationType: 'channel', isGroup: true, tenantId: ch.tenantId },
  channelData: {
    team: { id: ch.teamId },
    tenant: { id: ch.tenantId },
    settings: { selectedChannel: { id: ch.teamId } },
  },
});

export const cardAction = (
  ch: ChannelContext,
  from: Speaker,
  verb: string,
  data: Record<string, unknown>,
  locale = 'sv-SE',
) => ({
  ...base(ch, from, locale),
  type: 'invoke',
  name: 'adaptiveCard/action',
  value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
});

/** The message extension's search (composeExtension/query), as typed in the compose box. */
export const composeQuery = (
  ch: ChannelContext,
  from: Speaker,
  query: string,
  options: { locale?: string; messageText?: string } = {},
) => ({
  ...base(ch, from, options.locale ?? 'sv-SE'),
  type: 'invoke',
  name: 'composeExtension/query',
  value: {
    commandId: 'searchObjektnav',
    parameters: [{ name: 'query', value: query }],
    queryOptions: { skip: 0, count: 25 },
    ...(options.messageText !== undefined
      ? { messagePayload: { body: { contentType: 'html', content: `<p>${options.messageText}</p>` } } }
      : {}),
  },
});

/** A link pasted into the compose box, on a domain the manifest's messageHandlers name. */
export const composeQueryLink = (ch: ChannelContext, from: Speaker, url: string, locale = 'sv-SE') => ({
  ...base(ch, from, locale),
  type: 'invoke',
  name: 'composeExtension/queryLink',
  value: { url },
});

/** A message's "…" menu action (an action command without a task module): its form's data and the message. */
export const composeSubmit = (
  ch: ChannelContext,
  from: Speaker,
  data: Record<string, unknown>,
  messageText: string,
  locale = 'sv-SE',
) => ({
  ...base(ch, from, locale),
  type: 'invoke',
  name: 'composeExtension/submitAction',
  value: {
    commandId: 'shareFromMessage',
    commandContext: 'message',
    data,
    messagePayload: { id: '1700000000001', body: { contentType: 'html', content: `<p>${messageText}</p>` } },
  },
});
