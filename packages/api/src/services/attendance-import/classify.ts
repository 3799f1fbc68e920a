import type { Database } from '@tindak/db';
import {
  type AttendanceRow,
  type AttendanceRowChoice,
  type Language,
  type MessageKey,
  messageRef,
  nipSchema,
  personNameKey,
  regionInScope,
  translateMessage,
} from '@tindak/shared';
import type { Context } from '../../context';
import { NotFoundError } from '../../errors';
import {
  listOfficeNames,
  listRegionNames,
  participantPersonIds,
  peopleByNips,
  peopleInOffices,
} from '../../repositories/attendance-lookup.repo';
import { findPeople } from '../../repositories/person.repo';
import { scopeOf } from '../scope';
import { normaliseName } from '../table-import/names';
import {
  type KeyedOffice,
  keyOffice,
  matchOffice,
  officeKey,
  type RegionIndex,
} from '../table-import/office-key';
import { type RegionLookup, regionLookup } from '../table-import/regions';
import type { ImportedRow } from './parse';

/** What the import will do with one row, with what apply needs to do it. */
export interface PlannedRow extends AttendanceRow {
  /** The existing office the person belongs to, if any. */
  organizationId: string | null;
  /** The key of the office to create (normalised name + region), for a new person in a new office. */
  newOfficeKey: string | null;
  nipValue: string | null;
}

type OfficeRow = Awaited<ReturnType<typeof listOfficeNames>>[number];
type Choices = readonly AttendanceRowChoice[];

interface Lookups {
  regions: RegionIndex;
  resolveRegion: RegionLookup['resolve'];
  officeById: Map<string, OfficeRow>;
  officesByName: Map<string, OfficeRow[]>;
  keyedOffices: KeyedOffice[];
  peopleByNip: Map<string, { id: string; fullName: string }>;
  participants: Set<string>;
}

async function loadLookups(
  db: Database,
  meetingId: string | null,
  rows: readonly ImportedRow[],
): Promise<Lookups> {
  const regionRows = regionLookup(await listRegionNames(db));
  const regions = regionRows.index;
  const offices = await listOfficeNames(db);
  const nips = rows.map((r) => r.nip.replace(/\s+/g, '')).filter((n) => /^\d{18}$/.test(n));
  const [byNip, participants] = await Promise.all([
    peopleByNips(db, nips),
    meetingId ? participantPersonIds(db, meetingId) : [],
  ]);
  return {
    regions,
    resolveRegion: regionRows.resolve,
    officeById: new Map(offices.map((o) => [o.id, o])),
    officesByName: byName(offices),
    keyedOffices: offices.map((o) => keyOffice(o, regions)),
    peopleByNip: new Map(byNip.flatMap((p) => (p.nip ? [[p.nip, { id: p.id, fullName: p.fullName }]] : []))),
    participants: new Set(participants),
  };
}

function byName(offices: readonly OfficeRow[]) {
  const map = new Map<string, OfficeRow[]>();
  for (const office of offices) {
    const key = normaliseName(office.name);
    map.set(key, [...(map.get(key) ?? []), office]);
  }
  return map;
}

/**
 * Offices and people the importer may pick for a row by id: those of their own scope (or
 * national, or of the province above them), and whatever the import itself offered for that row.
 */
function mayPick(ctx: Context, regionCode: string | null, offered: boolean): boolean {
  if (offered || !ctx.user || ctx.user.role === 'admin' || regionCode === null) return true;
  const scope = scopeOf(ctx);
  return regionInScope(scope, regionCode) || scope?.startsWith(`${regionCode}.`) === true;
}

/** Where each row's office stands before people are looked at: its region, office and suggestions. */
interface OfficeStep {
  regionCode: string | null | undefined;
  office: OfficeRow | undefined;
  /** The importer chose "buat baru" for the office. */
  forceNew: boolean;
  suggestions: OfficeRow[];
}

/** The office the row's text means, by name or by key, with the offices it may mean instead. */
function recognise(lookups: Lookups, row: ImportedRow, step: OfficeStep) {
  // No region column: the region the office text names, when it names exactly one.
  const named = officeKey(row.office, lookups.regions).regionCodes;
  if (step.regionCode === null && named?.length === 1) step.regionCode = named[0] ?? null;
  const regionCode = step.regionCode ?? null;
  // The same name in the same region is certain; otherwise the name's key (kind words + region).
  const office = (lookups.officesByName.get(normaliseName(row.office)) ?? []).find(
    (o) => regionCode === null || o.regionCode === regionCode,
  );
  if (office) {
    step.office = office;
    return;
  }
  const match = matchOffice({ office: row.office, regionCode }, lookups.keyedOffices, lookups.regions);
  step.office = match.officeId ? lookups.officeById.get(match.officeId) : undefined;
  step.suggestions = match.suggestions.flatMap((id) => lookups.officeById.get(id) ?? []);
}

/** The row's office: recognised, then overridden by the importer's choice. Null: a choice they may not make. */
function officeStep(
  ctx: Context,
  lookups: Lookups,
  row: ImportedRow,
  choice: AttendanceRowChoice | undefined,
): OfficeStep | null {
  const step: OfficeStep = {
    regionCode: lookups.resolveRegion(row.region),
    office: undefined,
    forceNew: false,
    suggestions: [],
  };
  if (step.regionCode !== undefined && row.office) recognise(lookups, row, step);
  const recognised = step.office;
  const id = choice?.organizationId;
  if (!id) return step;
  // Once the importer chooses, what was recognised stays on offer, so the choice can be undone.
  if (recognised && recognised.id !== id) step.suggestions = [recognised, ...step.suggestions];
  if (id === 'new') {
    step.office = undefined;
    step.forceNew = true;
    return step;
  }
  const chosen = lookups.officeById.get(id);
  const offered = step.suggestions.some((o) => o.id === id) || recognised?.id === id;
  if (!chosen || !mayPick(ctx, chosen.regionCode, offered)) return null;
  step.office = chosen;
  return step;
}

const officeRef = (o: OfficeRow) => ({ id: o.id, name: o.name, regionName: o.regionName });

/**
 * Decides each row: an existing person (by NIP, else by name within the same office), a new one,
 * someone already on the meeting (or earlier in the file), or a row that cannot be imported and why.
 * The importer's choices ("Cocokkan dengan…") override what was recognised; a chosen office or
 * person they may not pick is refused as not found. Reads only; apply runs it again inside its
 * transaction. Without a meeting (the create form), nobody is already taking part.
 */
export async function planImport(
  ctx: Context,
  meetingId: string | null,
  rows: readonly ImportedRow[],
  choices: Choices = [],
): Promise<PlannedRow[]> {
  const lookups = await loadLookups(ctx.db, meetingId, rows);
  const lang: Language = ctx.lang;
  const say = (key: MessageKey, param?: string | number) => translateMessage(messageRef(key, param), lang);
  const choiceAt = new Map(choices.map((c, index) => [c.rowNumber, { choice: c, index }]));

  const steps = rows.map((row) => {
    const chosen = choiceAt.get(row.rowNumber);
    const step = officeStep(ctx, lookups, row, chosen?.choice);
    if (!step) throw new NotFoundError('organizationNotFound', `choices.${chosen?.index}.organizationId`);
    return step;
  });
  const officeIds = new Set(
    steps.flatMap((s) => [...(s.office ? [s.office.id] : []), ...s.suggestions.map((o) => o.id)]),
  );
  const chosenPeopleIds = choices.flatMap((c) => (c.personId && c.personId !== 'new' ? [c.personId] : []));
  const [inOffices, chosenPeople] = await Promise.all([
    peopleInOffices(ctx.db, [...officeIds]),
    findPeople(ctx.db, chosenPeopleIds),
  ]);
  const peopleByOffice = new Map<string, { id: string; fullName: string }[]>();
  for (const p of inOffices) {
    if (!p.organizationId) continue;
    peopleByOffice.set(p.organizationId, [...(peopleByOffice.get(p.organizationId) ?? []), p]);
  }
  const named = (officeId: string, name: string) => {
    const wanted = personNameKey(name);
    return wanted
      ? (peopleByOffice.get(officeId) ?? []).filter((p) => personNameKey(p.fullName) === wanted)
      : [];
  };
  const seen = new Map<string, number>();

  return rows.map((row, index) => {
    const step = steps[index] as OfficeStep;
    const chosen = choiceAt.get(row.rowNumber);
    const planned: PlannedRow = {
      ...row,
      outcome: 'error',
      person: null,
      matchedBy: null,
      officeStatus: null,
      reason: null,
      organization: null,
      regionCode: null,
      officeSuggestions: [],
      personSuggestions: [],
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
    const regionCode = step.regionCode;
    if (regionCode === undefined) return fail(say('importUnknownRegion', row.region));
    planned.regionCode = regionCode;

    const officeName = normaliseName(row.office);
    const office = step.office;
    planned.organizationId = office?.id ?? null;
    planned.organization = office ? officeRef(office) : null;
    if (office) planned.regionCode = office.regionCode ?? regionCode;
    planned.officeSuggestions = step.suggestions.filter((o) => o.id !== office?.id).map(officeRef);
    planned.personSuggestions = step.suggestions.flatMap((o) =>
      named(o.id, row.name).map((p) => ({ id: p.id, fullName: p.fullName, officeName: o.name })),
    );

    let person: { id: string; fullName: string } | undefined;
    if (chosen?.choice.personId && chosen.choice.personId !== 'new') {
      const picked = chosenPeople.get(chosen.choice.personId);
      const offered =
        planned.personSuggestions.some((p) => p.id === picked?.id) ||
        (office !== undefined && named(office.id, row.name).some((p) => p.id === picked?.id));
      if (!picked || !mayPick(ctx, picked.regionCode, offered))
        throw new NotFoundError('personNotFound', `choices.${chosen.index}.personId`);
      person = { id: picked.id, fullName: picked.fullName };
      planned.matchedBy = 'choice';
    }
    const newPerson = chosen?.choice.personId === 'new';
    if (!person && !newPerson && planned.nipValue) {
      person = lookups.peopleByNip.get(planned.nipValue);
      if (person) planned.matchedBy = 'nip';
    }
    if (!person && !newPerson && office) {
      // People match as the directory search matches them (titles, apostrophes, spaces aside).
      const sameName = named(office.id, row.name);
      if (sameName.length > 1 && !planned.nipValue) return fail(say('importAmbiguousPerson'));
      if (sameName.length === 1) {
        person = sameName[0];
        planned.matchedBy = 'nameAndOffice';
      }
    }

    const key = person
      ? `person:${person.id}`
      : planned.nipValue
        ? `nip:${planned.nipValue}`
        : `name:${personNameKey(row.name) || normaliseName(row.name)}|${office?.id ?? officeName}|${planned.regionCode ?? ''}`;
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
  const { organizationId: _o, newOfficeKey: _k, nipValue: _n, ...visible } = row;
  return visible;
}
