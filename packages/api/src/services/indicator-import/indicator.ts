import { type Indicator, isPeriodOfKind } from '@tindak/shared';
import type { Context } from '../../context';
import { BadRequestError } from '../../errors';
import { requireSeenIndicator } from '../indicator-access';

/**
 * The indicator a file's values are for: one the caller sees (else NOT_FOUND, as everywhere) and
 * still in use (a retired one takes no values), and the period chosen for the whole file of its kind.
 */
export async function importableIndicator(
  ctx: Context,
  input: { indicatorId: string; period?: string | undefined },
): Promise<Indicator> {
  const indicator = await requireSeenIndicator(ctx, input.indicatorId);
  if (!indicator.active) throw new BadRequestError('indicatorInactive', 'indicatorId');
  if (input.period && !isPeriodOfKind(input.period, indicator.periodKind))
    throw new BadRequestError('indicatorImportPeriodKind', 'period', input.period);
  return indicator;
}
