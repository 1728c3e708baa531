// Channel → object bindings: one object per channel, replaced when the tab is configured again.
import { canBindChannel } from '../../domain/authorization/policy';
import { ensure, requireActor, type RequestContext, type ServiceDeps } from '../context';
import { notFound } from '../errors';
import { mustGet } from '../records';
import * as S from '../schemas';

export class ChannelService {
  constructor(private readonly deps: ServiceDeps) {}

  async bind(ctx: RequestContext, input: unknown) {
    const actor = requireActor(ctx);
    const body = S.parseInput(S.channelBinding, input, ctx.locale);
    await mustGet(this.deps.store.objects, 'objekt', body.objectId);
    ensure(canBindChannel(actor, body.objectId));
    const record = {
      ...body,
      boundByPersonId: actor.personId,
      boundAt: this.deps.clock.now().toISOString(),
    };
    return this.deps.store.transaction(async (tx) => {
      const existing = await tx.channelBindings.findAll({ channelId: body.channelId });
      if (existing[0]) {
        for (const extra of existing.slice(1)) await tx.channelBindings.delete(extra.id);
        return tx.channelBindings.update(existing[0].id, record, existing[0].etag);
      }
      return tx.channelBindings.create(record);
    });
  }

  async forChannel(channelId: string) {
    const [binding] = await this.deps.store.channelBindings.findAll({ channelId });
    if (!binding) throw notFound('kanalkoppling', channelId);
    return binding;
  }
}
