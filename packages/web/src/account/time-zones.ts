/** The three zones of Indonesia, offered first; everything else is under "Zona waktu lain". */
export const indonesianZones = [
  { zone: 'Asia/Jakarta', key: 'wib' },
  { zone: 'Asia/Makassar', key: 'wita' },
  { zone: 'Asia/Jayapura', key: 'wit' },
] as const;

export function isMainIndonesianZone(zone: string): boolean {
  return indonesianZones.some((z) => z.zone === zone);
}

/**
 * The other IANA zones this browser knows, in the form the server accepts (Area/City, or UTC).
 * The one the account already has is always offered, even if this browser does not know it.
 */
export function otherZones(current: string): string[] {
  let known: string[] = [];
  try {
    known = Intl.supportedValuesOf('timeZone');
  } catch {
    // An older browser: only the account's own zone can be kept.
  }
  const zones = new Set(known.filter((zone) => zone.includes('/') || zone === 'UTC'));
  if (current) zones.add(current);
  for (const { zone } of indonesianZones) zones.delete(zone);
  return [...zones].sort();
}
