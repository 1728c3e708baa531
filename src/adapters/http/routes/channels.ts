// Channel tabs: the routes of this capability (./index.ts joins the whole table).
import { z } from 'zod';
import * as S from '../../../services/schemas';
import type { Services } from '../../../services';
import { R } from '../../../services/responses';
import { type RouteDef } from './types';

export function channelsRoutes(s: Services): RouteDef[] {
  return [
    {
      method: 'post',
      path: '/api/channel-bindings',
      operationId: 'bindChannel',
      response: R.channelBinding,
      summary: 'Bind a Teams channel to an object (channel tab configuration)',
      tag: 'Teams',
      body: S.channelBinding,
      handle: async (i) => s.channels.bind(i.ctx, i.body),
    },
    {
      method: 'get',
      path: '/api/channel-bindings',
      operationId: 'getChannelBinding',
      response: R.channelBinding,
      summary: 'The object a channel is bound to',
      tag: 'Teams',
      query: z.strictObject({ channelId: z.string().min(1).max(300) }),
      handle: async ({ query }) => s.channels.forChannel(query['channelId'] as string),
    },
  ];
}
