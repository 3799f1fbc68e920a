import type { Database } from '@tindak/db';
import type { PaperSize } from '@tindak/shared';
import { findOfficeLetterhead } from '../repositories/letter.repo';

/** The kop surat, already worded: the renderers only lay it out. */
export interface Letterhead {
  /** "PEMERINTAH PROVINSI JAMBI": the office's own line, else its region's; none for a ministry without one. */
  government: string | null;
  office: string;
  /** Address, then telephone, email and website: each only when the office recorded it. */
  contactLines: string[];
  paperSize: PaperSize;
  /** "Jambi": where the office's letters are dated, from its region. */
  city: string | null;
}

/** "Provinsi Jambi" -> "Jambi", "Kabupaten Kerinci" -> "Kerinci": how a letter names its place. */
export function cityOf(regionName: string | null | undefined): string | null {
  if (!regionName) return null;
  return regionName.replace(/^(Provinsi|Kabupaten|Kota)\s+/i, '') || null;
}

export async function loadLetterhead(db: Database, organizationId: string): Promise<Letterhead> {
  const office = await findOfficeLetterhead(db, organizationId);
  if (!office) throw new Error(`office ${organizationId} of a readable record is missing`);
  const contacts = [
    office.phone ? `Telepon ${office.phone}` : null,
    office.email ? `Email ${office.email}` : null,
    office.website ? `Laman ${office.website}` : null,
  ].filter((part): part is string => part !== null);
  return {
    government:
      office.letterheadGovernment ??
      (office.regionName ? `PEMERINTAH ${office.regionName.toUpperCase()}` : null),
    office: office.name.toUpperCase(),
    contactLines: [office.address, contacts.join(' · ')].filter((line): line is string => Boolean(line)),
    paperSize: office.paperSize,
    city: cityOf(office.regionName),
  };
}

/** A letter's file name: safe in any file system, still readable ("Undangan-Rakornis-2026-12-03"). */
export function letterFileBase(kind: string, title: string, day: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return [kind, slug, day].filter(Boolean).join('-');
}
