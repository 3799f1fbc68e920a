import type { Database } from '@tindak/db';
import {
  type AttendanceRow,
  type Language,
  type MessageKey,
  messageRef,
  nipSchema,
  personNameKey,
  regionInScope,
  translateMessage,
} from '@tindak/shared';
import type { Context } from '../../context';
import {
  listOfficeNames,
  listRegionNames,
  participantPersonIds,
  peopleByNips,
  peopleInOffices,
} from '../../repositories/attendance-lookup.repo';
import { scopeOf } from '../scope';
import type { ImportedRow } from './parse';

/** Names compare without case, punctuation or extra spaces: "Drs. Ariansyah, M.E." = "drs ariansyah me". */
export function normaliseName(value: string): string {
  return value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const regionPrefix = /^(provinsi|prov|kabupaten|kab|kota|kotamadya)\s+/;

/** What the import will do with one row, with what apply needs to do it. */
export interface PlannedRow extends AttendanceRow {
  regionCode: string | null;
  /** The existing office the person belongs to, if any. */
  organizationId: string | null;
  /** The key of the office to create (normalised name + region), for a new person in a new office. */
  newOfficeKey: string | null;
  nipValue: string | null;
}

interface Lookups {
  regionByCode: Set<string>;
  regionByName: Map<string, string[]>;
  offices: { id: string; name: string; regionCode: string | null }[];
  peopleByNip: Map<string, { id: string; fullName: string }>;
  peopleByOffice: Map<string, { id: string; fullName: string }[]>;
  participants: Set<string>;
}

async function loadLookups(db: Database, meetingId: string, rows: readonly ImportedRow[]): Promise<Lookups> {
  const regions = await listRegionNames(db);
  const regionByName = new Map<string, string[]>();
  for (const r of regions) {
    const full = normaliseName(r.name);
    for (const key of new Set([full, full.replace(regionPrefix, '')]))
      regionByName.set(key, [...(regionByName.get(key) ?? []), r.code]);
  }
  const officeNames = [...new Set(rows.map((r) => normaliseName(r.office)).filter(Boolean))];
  const allOffices = await listOfficeNames(db);
  const offices = allOffices.filter((o) => officeNames.includes(normaliseName(o.name)));
  const nips = rows.map((r) => r.nip.replace(/\s+/g, '')).filter((n) => /^\d{18}$/.test(n));
  const [byNip, inOffices, participants] = await Promise.all([
    peopleByNips(db, nips),
    peopleInOffices(
      db,
      offices.map((o) => o.id),
    ),
    participantPersonIds(db, meetingId),
  ]);
  const peopleByOffice = new Map<string, { id: string; fullName: string }[]>();
  for (const p of inOffices) {
    if (!p.organizationId) continue;
    peopleByOffice.set(p.organizationId, [...(peopleByOffice.get(p.organizationId) ?? []), p]);
  }
  return {
    regionByCode: new Set(regions.map((r) => r.code)),
    regionByName,
    offices,
    peopleByNip: new Map(byNip.flatMap((p) => (p.nip ? [[p.nip, { id: p.id, fullName: p.fullName }]] : []))),
    peopleByOffice,
    participants: new Set(participants),
  };
}

function resolveRegion(lookups: Lookups, value: string): string | null | undefined {
  if (!value) return null;
  if (lookups.regionByCode.has(value)) return value;
  const byName = lookups.regionByName.get(normaliseName(value));
  return byName?.length === 1 ? byName[0] : undefined;
}

/**
 * Decides each row: an existing person (by NIP, else by name within the same office), a new one,
 * someone already on the meeting (or earlier in the file), or a row that cannot be imported and why.
 * Reads only; apply runs it again inside its transaction.
 */
export async function planImport(
  ctx: Context,
  meetingId: string,
  rows: readonly ImportedRow[],
): Promise<PlannedRow[]> {
  const lookups = await loadLookups(ctx.db, meetingId, rows);
  const lang: Language = ctx.lang;
  const say = (key: MessageKey, param?: string | number) => translateMessage(messageRef(key, param), lang);
  const seen = new Map<string, number>();

  return rows.map((row) => {
    const planned: PlannedRow = {
      ...row,
      outcome: 'error',
      person: null,
      matchedBy: null,
      officeStatus: null,
      reason: null,
      regionCode: null,
      organizationId: null,
      newOfficeKey: null,
      nipValue: null,
    };
    const fail = (reason: string): PlannedRow => ({ ...planned, outcome: 'error', reason });
    if (!row.name) return fail(say('importMissingName'));
    if (row.name.length > 200) return fail(say('tooLong', 200));
    if (row.position.length > 200 || row.office.length > 200) return fail(say('tooLong', 200));
    if (row.nip) {
      const nip = nipSchema.safeParse(row.nip);
      if (!nip.success) return fail(translateMessage(nip.error.issues[0]?.message ?? 'invalidNip', lang));
      planned.nipValue = nip.data;
    }
    const regionCode = resolveRegion(lookups, row.region);
    if (regionCode === undefined) return fail(say('importUnknownRegion', row.region));
    planned.regionCode = regionCode;

    const officeName = normaliseName(row.office);
    const office = officeName
      ? lookups.offices.find(
          (o) => normaliseName(o.name) === officeName && (regionCode === null || o.regionCode === regionCode),
        )
      : undefined;
    planned.organizationId = office?.id ?? null;
    if (office && !regionCode) planned.regionCode = office.regionCode;

    let person: { id: string; fullName: string } | undefined;
    if (planned.nipValue) {
      person = lookups.peopleByNip.get(planned.nipValue);
      if (person) planned.matchedBy = 'nip';
    }
    if (!person && office) {
      // People match as the directory search matches them (titles, apostrophes, spaces aside).
      const wanted = personNameKey(row.name);
      const named = wanted
        ? (lookups.peopleByOffice.get(office.id) ?? []).filter((p) => personNameKey(p.fullName) === wanted)
        : [];
      if (named.length > 1 && !planned.nipValue) return fail(say('importAmbiguousPerson'));
      if (named.length === 1) {
        person = named[0];
        planned.matchedBy = 'nameAndOffice';
      }
    }

    const key = person
      ? `person:${person.id}`
      : planned.nipValue
        ? `nip:${planned.nipValue}`
        : `name:${personNameKey(row.name) || normaliseName(row.name)}|${officeName}|${planned.regionCode ?? ''}`;
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      return {
        ...planned,
        person: person ?? null,
        outcome: 'duplicate',
        reason: say('importRepeatedRow', firstRow),
      };
    }
    seen.set(key, row.rowNumber);

    if (person) {
      planned.person = { id: person.id, fullName: person.fullName };
      if (lookups.participants.has(person.id))
        return { ...planned, outcome: 'duplicate', reason: say('importAlreadyParticipant') };
      return { ...planned, outcome: 'match' };
    }
    planned.matchedBy = null;
    if (!officeName) return { ...planned, outcome: 'new', officeStatus: 'none' };
    if (office) return { ...planned, outcome: 'new', officeStatus: 'existing' };
    // Like organizations.create: an office is created only within the caller's region (or national).
    const canCreate =
      !ctx.user ||
      ctx.user.role === 'admin' ||
      regionCode === null ||
      regionInScope(scopeOf(ctx), regionCode);
    if (!canCreate) return fail(say('importOfficeOutOfScope'));
    return {
      ...planned,
      outcome: 'new',
      officeStatus: 'created',
      newOfficeKey: `${officeName}|${regionCode ?? ''}`,
    };
  });
}

/** The row as the caller sees it: the plan's internals stay on the server. */
export function toPreviewRow(row: PlannedRow): AttendanceRow {
  const { regionCode: _r, organizationId: _o, newOfficeKey: _k, nipValue: _n, ...visible } = row;
  return visible;
}
