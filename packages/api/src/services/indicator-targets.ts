import {
  type indicatorSetTargetsInput,
  type indicatorSetTargetsOutput,
  maySetIndicatorTarget,
  seesIndicator,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError, ConflictError, DomainError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { lockIndicator } from '../repositories/indicator.repo';
import { listTargets, lockTargets, upsertTargets } from '../repositories/indicator-value.repo';
import { actorOf } from './authority';
import { requirePeriodOfKind, requireRegionsInScope } from './indicator-access';
import { scopeOf } from './scope';

const STALE = Symbol('stale');

/**
 * One target for one period and many regions, all or nothing: every region must be one the caller
 * may set targets for and still at the version they saw; then one IndicatorTargetSet event says
 * what each region's target was before. The indicator row is locked, so two such steps on it queue.
 */
export async function setIndicatorTargets(
  ctx: Context,
  input: z.output<typeof indicatorSetTargetsInput>,
): Promise<z.output<typeof indicatorSetTargetsOutput>> {
  const expected = new Map<string, number | null>();
  for (const region of input.regions)
    if (!expected.has(region.code)) expected.set(region.code, region.version);
  const codes = [...expected.keys()];
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const scoped = { ...ctx, db: trx };
    const indicator = await lockIndicator(trx, input.indicatorId);
    if (!indicator || !seesIndicator(scopeOf(ctx), indicator.regionCode))
      throw new NotFoundError('indicatorNotFound', 'indicatorId');
    await requireRegionsInScope(scoped, codes, 'regions');
    const user = ctx.user;
    if (user && codes.some((code) => !maySetIndicatorTarget(actorOf(user), indicator.regionCode, code)))
      throw new DomainError('FORBIDDEN', 'notIndicatorTargetSetter', 'regions');
    if (!indicator.active) throw new BadRequestError('indicatorInactive', 'indicatorId');
    requirePeriodOfKind(indicator, input.period);
    const current = await lockTargets(trx, input.indicatorId, input.period, codes);
    if (codes.some((code) => (current.get(code)?.version ?? null) !== expected.get(code))) return STALE;
    await upsertTargets(trx, { ...input, setBy: ctx.actor.id }, codes);
    const previous: Record<string, number> = {};
    for (const [code, { target }] of current) previous[code] = target;
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'indicator',
      aggregateId: input.indicatorId,
      eventType: 'IndicatorTargetSet',
      payload: { period: input.period, target: input.target, regionCodes: codes, previous },
      regions: codes,
    });
    return undefined;
  });
  const targets = await listTargets(ctx.db, {
    indicatorIds: [input.indicatorId],
    scope: scopeOf(ctx),
    regionCodes: codes,
    periods: [input.period],
  });
  if (outcome === STALE) throw new ConflictError('staleVersion', { targets }, 'regions');
  return { targets };
}
