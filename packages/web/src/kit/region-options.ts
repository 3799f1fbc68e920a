import type { Region } from '@tindak/shared';

export interface RegionOptionGroup {
  group: string;
  items: { value: string; label: string }[];
}

/**
 * Provinces with their regencies and cities under them, in code order. The province itself is the
 * first item of its group; `provinceLabel` lets a filter say it covers the whole province.
 */
export function regionOptionGroups(
  regions: readonly Region[],
  provinceLabel: (name: string) => string = (name) => name,
): RegionOptionGroup[] {
  const byCode = [...regions].sort((a, b) => a.code.localeCompare(b.code));
  const provinces = byCode.filter((r) => r.kind === 'province');
  const groups = provinces.map((province) => ({
    group: province.name,
    items: [
      { value: province.code, label: provinceLabel(province.name) },
      ...byCode.filter((r) => r.parentCode === province.code).map((r) => ({ value: r.code, label: r.name })),
    ],
  }));
  const provinceCodes = new Set(provinces.map((p) => p.code));
  const orphans = byCode.filter(
    (r) => r.kind !== 'province' && !(r.parentCode && provinceCodes.has(r.parentCode)),
  );
  // Regions whose province is not in the list still need to be choosable.
  for (const region of orphans)
    groups.push({ group: region.name, items: [{ value: region.code, label: region.name }] });
  return groups;
}
