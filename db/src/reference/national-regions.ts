import type { RegionRecord } from './regions';

/** A row of idn-area-data's provinces.csv / regencies.csv (Kemendagri codes and names). */
export interface PublishedProvince {
  code: string;
  name: string;
}
export interface PublishedRegency {
  code: string;
  name: string;
  province_code: string;
}

/**
 * Our names as the app shows them: the package names provinces bare ("Jambi") and regencies and
 * cities with their kind ("Kabupaten Kerinci", "Kota Jambi"). We say "Provinsi Jambi", except for
 * the two whose official name already says what they are (Daerah Khusus Ibukota Jakarta, Daerah
 * Istimewa Yogyakarta). A regency's kind is read from its name, as Kemendagri writes it.
 */
export function provinceName(published: string): string {
  const name = published.trim();
  return /^(Provinsi|Daerah) /.test(name) ? name : `Provinsi ${name}`;
}

export function regencyKind(name: string): 'regency' | 'city' {
  return /^Kota /.test(name.trim()) ? 'city' : 'regency';
}

export function nationalRegions(
  provinces: readonly PublishedProvince[],
  regencies: readonly PublishedRegency[],
): RegionRecord[] {
  const provinceCodes = new Set(provinces.map((p) => p.code));
  const rows: RegionRecord[] = provinces.map((p) => ({
    code: p.code,
    name: provinceName(p.name),
    kind: 'province',
    parentCode: null,
  }));
  for (const r of regencies) {
    if (!provinceCodes.has(r.province_code)) {
      throw new Error(`regency ${r.code} ${r.name}: unknown province ${r.province_code}`);
    }
    rows.push({ code: r.code, name: r.name.trim(), kind: regencyKind(r.name), parentCode: r.province_code });
  }
  // Each province followed by its regencies and cities, as the file is read and reviewed.
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
