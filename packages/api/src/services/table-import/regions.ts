import { normaliseName } from './names';
import { type RegionIndex, regionIndex } from './office-key';

const regionPrefix = /^(provinsi|prov|kabupaten|kab|kota|kotamadya)\s+/;

/** Spaces dropped, so "Tanjungjabung Timur" meets "Tanjung Jabung Timur" and "Batang Hari" "Batanghari". */
const compact = (key: string) => key.replace(/ /g, '');

export interface RegionLookup {
  /** For office-key matching. */
  index: RegionIndex;
  /**
   * A region cell as typed (a code, or a name with or without its level): its code, null when
   * blank, undefined when it names no region or more than one.
   */
  resolve(value: string): string | null | undefined;
}

/** The regions table read once per import, so region names are never hard-coded. */
export function regionLookup(regions: readonly { code: string; name: string }[]): RegionLookup {
  const codes = new Set(regions.map((r) => r.code));
  const byName = new Map<string, string[]>();
  const byCompactName = new Map<string, string[]>();
  for (const r of regions) {
    const full = normaliseName(r.name);
    for (const key of new Set([full, full.replace(regionPrefix, '')])) {
      byName.set(key, [...(byName.get(key) ?? []), r.code]);
      byCompactName.set(compact(key), [...(byCompactName.get(compact(key)) ?? []), r.code]);
    }
  }
  return {
    index: regionIndex(regions),
    resolve(value) {
      if (!value) return null;
      if (codes.has(value)) return value;
      const key = normaliseName(value);
      // The spaced name first: only when it names nothing is the spelling without spaces tried.
      const named = byName.get(key) ?? byCompactName.get(compact(key.replace(regionPrefix, '')));
      return named?.length === 1 ? named[0] : undefined;
    },
  };
}
