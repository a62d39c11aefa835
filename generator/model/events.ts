/** Receive operations: the events the server pushes, with their tolerance rules. */
import { channelOf } from './channels.js';
import type { ModelContext } from './context.js';
import { messageModel, topLevelAliases } from './messages.js';
import { anchorOf } from './names.js';
import type { EventModel } from './types.js';

export function eventsOf(ctx: ModelContext): EventModel[] {
  const events: EventModel[] = [];
  for (const [id, op] of Object.entries<any>(ctx.raw.operations ?? {})) {
    if (op.action !== 'receive') continue;
    const { key, channel } = channelOf(ctx, op, id);
    const message = messageModel(ctx, op.messages?.[0], ['operations', id, 'messages', 0]);
    const props: Record<string, any> = ctx.schemas[message.schema]?.properties ?? {};
    const event: EventModel = {
      id,
      destination: String(channel.address),
      summary: String(op.summary ?? ''),
      description: String(op.description ?? '').trim(),
      message,
      jsonStringFields: Object.entries(props).filter(([, p]) => p?.['x-json-string'] === true).map(([f]) => f),
      aliases: topLevelAliases(ctx, message.schema),
      anchor: anchorOf(id),
    };
    if (key.length === 0) ctx.fail(['operations', id], 'empty channel');
    events.push(event);
  }
  return events;
}
