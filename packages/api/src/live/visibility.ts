import type { LiveEvent } from '@tindak/shared';
import type { Context, SessionUser } from '../context';
import { isVisible, type ScopedKind } from '../repositories/scope';

const scopedKinds: Record<string, ScopedKind> = {
  meeting: 'meeting',
  proposal: 'proposal',
  commitment: 'commitment',
  action_item: 'actionItem',
};

/**
 * Whether a user may hear that something changed: only records in their scope (the same check the
 * pages themselves make), and their own account. The event carries no data either way; the page
 * refetches through the normal, scoped procedures.
 */
export function liveFilter(ctx: Context, user: SessionUser) {
  const cache = new Map<string, { visible: boolean; at: number }>();
  return async (event: LiveEvent): Promise<boolean> => {
    if (event.aggregateType === 'user') return event.aggregateId === user.id;
    const kind = scopedKinds[event.aggregateType];
    if (!kind) return false;
    const key = `${kind}:${event.aggregateId}`;
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < 60_000) return hit.visible;
    const visible = await isVisible(ctx.db, kind, event.aggregateId, user.scopeRegion);
    if (cache.size > 1000) cache.clear();
    cache.set(key, { visible, at: Date.now() });
    return visible;
  };
}
