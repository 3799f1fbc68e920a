import {
  type DirectoryImportChoice,
  type DirectoryImportCounts,
  type DirectoryImportRecordRef,
  type DirectoryImportRow,
  type MessageKey,
  mayKeepOffice,
  messageRef,
  translateMessage,
} from '@tindak/shared';
import type { Context } from '../../context';
import { listRegionNames } from '../../repositories/attendance-lookup.repo';
import { type ImportOffice, listImportOffices } from '../../repositories/directory-import.repo';
import { actorOf } from '../authority';
import { normaliseName } from '../table-import/names';
import { type KeyedOffice, keyOffice, matchOffice, officeKey } from '../table-import/office-key';
import { type RegionLookup, regionLookup } from '../table-import/regions';

/** The directory as an import reads it once: regions, and the offices still in use. */
export interface DirectoryLookups {
  regions: RegionLookup;
  offices: ImportOffice[];
  officeById: Map<string, ImportOffice>;
  officesByName: Map<string, ImportOffice[]>;
  keyedOffices: KeyedOffice[];
}

export async function loadDirectory(ctx: Context): Promise<DirectoryLookups> {
  const [regionRows, offices] = await Promise.all([listRegionNames(ctx.db), listImportOffices(ctx.db)]);
  const regions = regionLookup(regionRows);
  const officesByName = new Map<string, ImportOffice[]>();
  for (const office of offices) {
    const key = normaliseName(office.name);
    officesByName.set(key, [...(officesByName.get(key) ?? []), office]);
  }
  return {
    regions,
    offices,
    officeById: new Map(offices.map((o) => [o.id, o])),
    officesByName,
    keyedOffices: offices.map((o) => keyOffice(o, regions.index)),
  };
}

/** The region a row's office is in: its region cell, else the one its name names (if just one). */
export function rowRegion(
  lookups: DirectoryLookups,
  officeText: string,
  regionCell: string,
): string | null | undefined {
  const resolved = lookups.regions.resolve(regionCell);
  if (resolved !== null) return resolved;
  const named = officeKey(officeText, lookups.regions.index).regionCodes;
  return named?.length === 1 ? (named[0] ?? null) : null;
}

/** The existing office an office text means (same name and region, else by key), with what it may mean. */
export function recogniseOffice(
  lookups: DirectoryLookups,
  text: string,
  regionCode: string | null,
): { office: ImportOffice | undefined; suggestions: ImportOffice[] } {
  const sameName = (lookups.officesByName.get(normaliseName(text)) ?? []).find(
    (o) => o.regionCode === regionCode,
  );
  if (sameName) return { office: sameName, suggestions: [] };
  const match = matchOffice({ office: text, regionCode }, lookups.keyedOffices, lookups.regions.index);
  return {
    office: match.officeId ? lookups.officeById.get(match.officeId) : undefined,
    suggestions: match.suggestions.flatMap((id) => lookups.officeById.get(id) ?? []),
  };
}

export const officeRef = (o: ImportOffice): DirectoryImportRecordRef => ({
  id: o.id,
  name: o.name,
  detail: o.regionName,
});

/** The caller keeps offices of this region (admins all; secretariat and heads their scope). */
export function keeps(ctx: Context, regionCode: string | null): boolean {
  return !ctx.user || mayKeepOffice(actorOf(ctx.user), { regionCode });
}

/** Translates a message for the row's reason, in the caller's language. */
export function sayer(ctx: Context) {
  return (key: MessageKey, param?: string | number) => translateMessage(messageRef(key, param), ctx.lang);
}

export function choicesByRow(choices: readonly DirectoryImportChoice[]) {
  return new Map(choices.map((choice, index) => [choice.rowNumber, { choice, index }]));
}

/** A row before it is decided: what the file says, nothing recognised yet. */
export function blankRow(rowNumber: number, name: string, cells: Record<string, string>): DirectoryImportRow {
  return {
    rowNumber,
    name,
    cells,
    outcome: 'error',
    reason: null,
    existing: null,
    changes: [],
    suggestions: [],
    office: null,
    officeSuggestions: [],
  };
}

export function countOutcomes(rows: readonly { outcome: DirectoryImportRow['outcome'] }[]) {
  const counts: DirectoryImportCounts = { new: 0, update: 0, unchanged: 0, skip: 0, error: 0 };
  for (const row of rows) counts[row.outcome]++;
  return counts;
}
