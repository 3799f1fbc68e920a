// How an attendance list's "Diskominfo Kab. Bungo" is recognised as the directory's "Dinas
// Komunikasi dan Informatika Kabupaten Bungo": both sides become a key of the office's kind words
// and its region. Pure functions, one pass over the words (no backtracking patterns), so a long
// or hostile cell costs linear time.

type Level = 'prov' | 'kab' | 'kota';

/** Words for a region's level as people write them; the `pem…` ones also say "pemerintah". */
const levelWords: Record<string, Level> = {
  provinsi: 'prov',
  propinsi: 'prov',
  prov: 'prov',
  pemprov: 'prov',
  kabupaten: 'kab',
  kab: 'kab',
  pemkab: 'kab',
  kota: 'kota',
  kotamadya: 'kota',
  pemkot: 'kota',
};

const governmentWords = new Set(['pemprov', 'pemkab', 'pemkot']);

/** Abbreviations written as one word, and what they stand for. */
const expansions: Record<string, readonly string[]> = {
  diskominfo: ['dinas', 'kominfo'],
  kemenkominfo: ['kementerian', 'kominfo'],
  kemkominfo: ['kementerian', 'kominfo'],
  setda: ['sekretariat', 'daerah'],
  sekda: ['sekretariat', 'daerah'],
  pemda: ['pemerintah'],
};

const fillerWords = new Set(['dan', 'and', 'of', 'the']);

/** At most this many trailing words are tried as a region name written without its level. */
const MAX_REGION_WORDS = 5;

/** Lower case, accents and punctuation dropped, split into words: "Kab. Bungo" -> ["kab", "bungo"]. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

export interface RegionIndex {
  /** "kab bungo" -> codes. */
  byLevelAndName: Map<string, string[]>;
  /** "bungo" -> codes ("jambi" -> the province and the city). */
  byName: Map<string, string[]>;
}

function add(map: Map<string, string[]>, key: string, code: string) {
  const codes = map.get(key);
  if (!codes) map.set(key, [code]);
  else if (!codes.includes(code)) codes.push(code);
}

/** The regions table read once per import, so region names are never hard-coded. */
export function regionIndex(regions: readonly { code: string; name: string }[]): RegionIndex {
  const index: RegionIndex = { byLevelAndName: new Map(), byName: new Map() };
  for (const region of regions) {
    const [first = '', ...rest] = words(region.name);
    const level = levelWords[first];
    const name = (level ? rest : [first, ...rest]).join(' ');
    if (!name) continue;
    add(index.byName, name, region.code);
    if (level) add(index.byLevelAndName, `${level} ${name}`, region.code);
  }
  return index;
}

export interface OfficeKey {
  /** The kind words, abbreviations spelled out: "dinas kominfo". */
  kind: string;
  /**
   * The regions the text names: null when it names none, [] when it names one we do not know,
   * several when the name alone is ambiguous ("Jambi": the province or the city).
   */
  regionCodes: string[] | null;
}

/** Spells out abbreviations and drops fillers: "dinas komunikasi dan informatika" -> "dinas kominfo". */
function kindOf(tokens: readonly string[]): string {
  const out: string[] = [];
  for (const token of tokens) {
    if (fillerWords.has(token)) continue;
    if (token === 'informatika' && out[out.length - 1] === 'komunikasi') {
      out[out.length - 1] = 'kominfo';
      continue;
    }
    out.push(...(expansions[token] ?? [token]));
  }
  // "Kominfo Bungo" is how people write the regency's Dinas Kominfo.
  if (out.length === 1 && out[0] === 'kominfo') out.unshift('dinas');
  return out.join(' ');
}

/** Splits an office's name into its kind and the region it names, if any. */
export function officeKey(text: string, regions: RegionIndex): OfficeKey {
  const tokens = words(text);
  let levelAt = -1;
  for (let i = 0; i < tokens.length; i++)
    if (levelWords[tokens[i] ?? ''] && i < tokens.length - 1) levelAt = i;

  if (levelAt >= 0) {
    const levelWord = tokens[levelAt] ?? '';
    const level = levelWords[levelWord];
    const name = tokens.slice(levelAt + 1).join(' ');
    const kindTokens = tokens.slice(0, levelAt).filter((t) => !governmentWords.has(t));
    // "Pemkab Bungo" is the regency's government itself.
    if (governmentWords.has(levelWord) && kindTokens.length === 0) kindTokens.push('pemerintah');
    const codes = regions.byLevelAndName.get(`${level} ${name}`) ?? [];
    return { kind: kindOf(kindTokens), regionCodes: [...codes] };
  }

  // No level word: the longest run of trailing words that is a region's name ("... Muaro Jambi").
  for (let size = Math.min(MAX_REGION_WORDS, tokens.length - 1); size >= 1; size--) {
    const codes = regions.byName.get(tokens.slice(tokens.length - size).join(' '));
    if (codes) return { kind: kindOf(tokens.slice(0, tokens.length - size)), regionCodes: [...codes] };
  }
  return { kind: kindOf(tokens), regionCodes: null };
}

export interface KeyedOffice {
  id: string;
  regionCode: string | null;
  /** The kinds of its name and short name. */
  kinds: string[];
}

/** An office of the directory as a key: its region is the one recorded, not the one in its name. */
export function keyOffice(
  office: { id: string; name: string; shortName: string | null; regionCode: string | null },
  regions: RegionIndex,
): KeyedOffice {
  const kinds = [office.name, office.shortName ?? '']
    .filter(Boolean)
    .map((text) => officeKey(text, regions).kind)
    .filter(Boolean);
  return { id: office.id, regionCode: office.regionCode, kinds: [...new Set(kinds)] };
}

export interface OfficeMatch {
  /** The one office the row certainly means; null when none or not sure. */
  officeId: string | null;
  /** Offices it may mean, best first, for the person to choose from. */
  suggestions: string[];
}

const MAX_SUGGESTIONS = 5;

function sharedWordRatio(a: string, b: string): number {
  const left = new Set(a.split(' '));
  const right = new Set(b.split(' '));
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.max(left.size, right.size);
}

/**
 * Which office a row means, from its office text and its region column (already resolved to a
 * code, or null). Linked only when kind and region agree on exactly one office; a region column
 * that contradicts the text, a name shared by two regions or a partly matching kind only suggests.
 */
export function matchOffice(
  row: { office: string; regionCode: string | null },
  offices: readonly KeyedOffice[],
  regions: RegionIndex,
): OfficeMatch {
  const key = officeKey(row.office, regions);
  if (!key.kind) return { officeId: null, suggestions: [] };
  const named = key.regionCodes;
  let wanted: string[];
  let sure = true;
  if (named === null) wanted = row.regionCode ? [row.regionCode] : [];
  else if (row.regionCode && named.includes(row.regionCode)) wanted = [row.regionCode];
  else {
    wanted = row.regionCode ? [...new Set([...named, row.regionCode])] : named;
    sure = named.length === 1 && !row.regionCode;
  }
  const regionOk = (o: KeyedOffice) =>
    wanted.length ? o.regionCode !== null && wanted.includes(o.regionCode) : o.regionCode === null;

  const sameKind = offices.filter((o) => o.kinds.includes(key.kind));
  const exact = sameKind.filter(regionOk);
  if (sure && exact.length === 1) return { officeId: exact[0]?.id ?? null, suggestions: [] };

  const similar = offices
    .filter((o) => !o.kinds.includes(key.kind) && regionOk(o))
    .map((o) => ({ o, score: Math.max(...o.kinds.map((k) => sharedWordRatio(k, key.kind))) }))
    .filter((s) => s.score > 0.5)
    .sort((a, b) => b.score - a.score)
    .map((s) => s.o);
  // Unsure where the row points and nothing of that kind there: the same kind elsewhere may be it.
  const unsure = !sure || wanted.length === 0;
  const elsewhere = unsure && exact.length === 0 ? sameKind.filter((o) => !regionOk(o)) : [];
  const suggestions = [...exact, ...similar, ...elsewhere].map((o) => o.id);
  return { officeId: null, suggestions: [...new Set(suggestions)].slice(0, MAX_SUGGESTIONS) };
}
