import { pathTo } from '@tindak/shared';

/** The id of an indicator's part of the region page, so a link can land on it. */
export const indicatorAnchor = (indicatorId: string) => `indikator-${indicatorId}`;

/** A region page at its indicators (or at one indicator's series and the work on it). */
export function regionIndicatorPath(regionCode: string, indicatorId?: string): string {
  return `${pathTo('region', { code: regionCode })}#${indicatorId ? indicatorAnchor(indicatorId) : 'indikator'}`;
}
