/**
 * Writes db/data/regions.csv, the national region list loaded at start, from the npm package
 * idn-area-data (Kemendagri codes and names; data under the ODbL, see README "Data"). Run after
 * upgrading the package: `pnpm --filter @tindak/db regions:generate`, then review the diff.
 * The app reads only the generated file, so the package is a development dependency.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { getProvinces, getRegencies } from 'idn-area-data';
import { nationalRegions } from '../reference/national-regions';

const target = path.resolve(import.meta.dirname, '../../data/regions.csv');
const rows = nationalRegions(await getProvinces(), await getRegencies());
const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const lines = rows.map((r) => [r.code, r.name, r.kind, r.parentCode ?? ''].map(csvField).join(','));
writeFileSync(target, `${['code,name,kind,parent_code', ...lines].join('\n')}\n`);
const provinces = rows.filter((r) => r.kind === 'province').length;
process.stdout.write(`${target}: ${provinces} provinces, ${rows.length - provinces} regencies and cities\n`);
