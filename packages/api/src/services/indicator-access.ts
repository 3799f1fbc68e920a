import { type Indicator, isPeriodOfKind, regionInScope, seesIndicator } from '@tindak/shared';
import type { Context } from '../context';
import { BadRequestError, NotFoundError } from '../errors';
import { findIndicator } from '../repositories/indicator.repo';
import { existingRegionCodes } from '../repositories/region.repo';
import { readableAmong } from './linked-records';
import { scopeOf } from './scope';

/** The indicator, when the caller sees it (`seesIndicator`); one they do not see reads as missing. */
export async function requireSeenIndicator(
  ctx: Context,
  id: string,
  field = 'indicatorId',
): Promise<Indicator> {
  const indicator = await findIndicator(ctx.db, id);
  if (!indicator || !seesIndicator(scopeOf(ctx), indicator.responsibleOffice.regionCode))
    throw new NotFoundError('indicatorNotFound', field);
  return indicator;
}

/** Regions that exist and lie in the caller's scope; any other reads as missing (never revealed). */
export async function requireRegionsInScope(ctx: Context, codes: readonly string[], field: string) {
  const existing = await existingRegionCodes(ctx.db, codes);
  if (codes.some((code) => !existing.has(code) || !regionInScope(scopeOf(ctx), code)))
    throw new NotFoundError('regionNotFound', field);
}

/** A period written as the indicator's kind asks (`2025` for a yearly one). */
export function requirePeriodOfKind(indicator: Pick<Indicator, 'periodKind'>, period: string): void {
  if (!isPeriodOfKind(period, indicator.periodKind))
    throw new BadRequestError('indicatorPeriodInvalid', 'period');
}

type Source = { meeting: { id: string } | null; actionItem: { id: string } | null };

/**
 * Hides, in place, the meeting or action item a value came from when the reader may not read it
 * (a province forum a regency did not attend): the kind stays, the title does not travel.
 */
export async function hideUnreadableSources(
  ctx: Context,
  sources: (Source | null | undefined)[],
): Promise<void> {
  const present = sources.filter((s): s is Source => !!s);
  const meetings = await readableAmong(
    ctx,
    'meeting',
    present.map((s) => s.meeting?.id),
  );
  const items = await readableAmong(
    ctx,
    'actionItem',
    present.map((s) => s.actionItem?.id),
  );
  for (const source of present) {
    if (source.meeting && !meetings.has(source.meeting.id)) source.meeting = null;
    if (source.actionItem && !items.has(source.actionItem.id)) source.actionItem = null;
  }
}
