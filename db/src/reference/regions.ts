import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Database } from '../client';

const rowSchema = z.object({
  code: z.string().regex(/^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/, 'a Kemendagri code such as 15 or 15.01'),
  name: z.string().trim().min(1),
  kind: z.enum(['province', 'regency', 'city']),
  parent_code: z
    .string()
    .transform((v) => v.trim() || null)
    .nullable(),
});

export interface RegionRecord {
  code: string;
  name: string;
  kind: 'province' | 'regency' | 'city';
  parentCode: string | null;
}

/**
 * Reads a region list (CSV with the header code,name,kind,parent_code). Another province's
 * deployment ships its own file; nothing in the code names a region.
 */
export function readRegionsFile(file: string): RegionRecord[] {
  const records = parse(readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  });
  const rows = (records as unknown[]).map((record, index) => {
    const parsed = rowSchema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file} line ${index + 2}: ${issue?.path.join('.')} ${issue?.message}`);
    }
    const { parent_code, ...rest } = parsed.data;
    return { ...rest, parentCode: parent_code };
  });
  return rows.sort(parentsFirst);
}

/** Parents first, so each row's foreign key is satisfied within one statement order. */
function parentsFirst(a: RegionRecord, b: RegionRecord): number {
  return a.code.split('.').length - b.code.split('.').length || a.code.localeCompare(b.code);
}

/** All 38 provinces and 514 regencies/cities, generated from idn-area-data (see regions:generate). */
export const NATIONAL_REGIONS_FILE = path.resolve(import.meta.dirname, '../../data/regions.csv');

/**
 * The regions loaded at start: the national list, then the deployment's own file (REGIONS_FILE),
 * whose rows add regions (e.g. districts beneath a regency) or override a national row by code.
 */
export function readConfiguredRegions(extraFile?: string): RegionRecord[] {
  const byCode = new Map(readRegionsFile(NATIONAL_REGIONS_FILE).map((r) => [r.code, r]));
  if (extraFile) for (const r of readRegionsFile(extraFile)) byCode.set(r.code, r);
  return [...byCode.values()].sort(parentsFirst);
}

/** Inserts new regions and renames existing ones; never deletes (meetings may refer to them). */
export async function upsertRegions(db: Database, rows: readonly RegionRecord[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('regions')
    .values([...rows])
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        kind: eb.ref('excluded.kind'),
        parentCode: eb.ref('excluded.parentCode'),
      })),
    )
    .execute();
}
