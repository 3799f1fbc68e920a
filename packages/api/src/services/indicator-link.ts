import { type IndicatorLink, regionInScope, seesIndicator } from '@tindak/shared';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import {
  findIndicatorForLink,
  findIndicatorLink,
  findRegionForLink,
} from '../repositories/indicator-link.repo';
import { scopeOf } from './scope';

/**
 * The indicator and region an action item or commitment is meant to move (issue 18), as the form
 * sends it: left out (keep what is stored), null (no indicator), or an indicator with an optional
 * region (the item's own when left out).
 */
export type LinkInput = { indicatorId: string; regionCode?: string | null | undefined } | null | undefined;

export interface StoredLink {
  indicatorId: string | null;
  indicatorRegionCode: string | null;
}

const noLink: StoredLink = { indicatorId: null, indicatorRegionCode: null };

/**
 * The link to store, checked: the indicator exists, is still kept and is one the caller sees; the
 * region exists and lies in the caller's scope. Anything else answers NOT_FOUND on its field, as a
 * record outside the scope does. `undefined` when the input left the link out.
 */
export async function resolveIndicatorLink(
  ctx: Context,
  input: LinkInput,
  defaultRegion: string | null,
): Promise<StoredLink | undefined> {
  if (input === undefined) return undefined;
  if (input === null) return noLink;
  const scope = scopeOf(ctx);
  const indicator = await findIndicatorForLink(ctx.db, input.indicatorId);
  if (!indicator?.active || !seesIndicator(scope, indicator.regionCode)) {
    throw new NotFoundError('indicatorNotFound', 'indicator.indicatorId');
  }
  const regionCode = input.regionCode ?? defaultRegion;
  if (regionCode !== null) {
    const region = await findRegionForLink(ctx.db, regionCode);
    if (!region || !regionInScope(scope, regionCode)) {
      throw new NotFoundError('regionNotFound', 'indicator.regionCode');
    }
  }
  return { indicatorId: indicator.id, indicatorRegionCode: regionCode };
}

/** The event fields for a new item's link: none when it has no indicator (old readers see nothing new). */
export function linkPayload(link: StoredLink | undefined) {
  return link?.indicatorId
    ? { indicatorId: link.indicatorId, indicatorRegionCode: link.indicatorRegionCode }
    : {};
}

/** The link a record page shows; null without one, or when the reader does not see the indicator. */
export async function shownIndicatorLink(ctx: Context, stored: StoredLink): Promise<IndicatorLink | null> {
  if (!stored.indicatorId) return null;
  const found = await findIndicatorLink(ctx.db, stored.indicatorId, stored.indicatorRegionCode);
  if (!found || !seesIndicator(scopeOf(ctx), found.home)) return null;
  return found.link;
}
