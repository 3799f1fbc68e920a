import type { Region } from '@tindak/shared';
import { useState } from 'react';
import { useRegions } from '../kit/use-regions';
import { useCurrentUser } from '../session/use-current-user';

/**
 * The province whose regencies and cities are ranked, from the user's scope: their own province, a
 * regency user's province; null (the provinces ranked) for a national user, who may pick one.
 */
export function provinceOf(scope: string | null, regions: readonly Region[]): string | null {
  if (scope === null) return null;
  const region = regions.find((r) => r.code === scope);
  if (region) return region.kind === 'province' ? region.code : (region.parentCode ?? region.code);
  // The list is still loading: Kemendagri codes start with their province's.
  return scope.split('.')[0] ?? scope;
}

export function useRankingParent(): [string | null, (code: string | null) => void] {
  const scope = useCurrentUser().organization.regionCode;
  const { regions } = useRegions();
  const [picked, setPicked] = useState<string | null>(null);
  return [scope === null ? picked : provinceOf(scope, regions), setPicked];
}
