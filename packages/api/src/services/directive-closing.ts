import type { Context } from '../context';
import { recordEvent } from '../events/record-event';
import { allItemsSettled, lockDirectiveRow, updateDirective } from '../repositories/directive.repo';

/**
 * A directive closes when every office's item is done or cancelled, in the transaction of the item
 * change that settled the last one (the action item service calls this after any status change of
 * a directive's item; the item is already locked, and only the directive's row is taken here, the
 * item-then-directive order that `lockDirective` also follows). A cancelled directive stays so.
 * Items never leave done or cancelled, so a closed directive reopens only when offices are added.
 */
export async function closeDirectiveIfSettled(ctx: Context, directiveId: string, byItemId: string) {
  const directive = await lockDirectiveRow(ctx.db, directiveId);
  if (directive?.status !== 'open') return;
  if (!(await allItemsSettled(ctx.db, directiveId))) return;
  await updateDirective(ctx.db, directiveId, directive.version, { status: 'closed', closedAt: new Date() });
  await recordEvent(ctx.db, ctx.actor, {
    aggregateType: 'directive',
    aggregateId: directiveId,
    regions: [],
    eventType: 'DirectiveClosed',
    payload: { byItemId },
  });
}
