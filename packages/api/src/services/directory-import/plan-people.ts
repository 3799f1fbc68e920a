import {
  type DirectoryImportChoice,
  type DirectoryImportRow,
  emailSchema,
  nipSchema,
  personNameKey,
  seesNip,
  translateMessage,
} from '@tindak/shared';
import type { Context } from '../../context';
import { NotFoundError } from '../../errors';
import {
  type ImportOffice,
  type ImportPerson,
  importPeopleByEmails,
  importPeopleByIds,
  importPeopleByNames,
  importPeopleByNips,
} from '../../repositories/directory-import.repo';
import { normaliseName } from '../table-import/names';
import {
  blankRow,
  choicesByRow,
  type DirectoryLookups,
  keeps,
  officeRef,
  recogniseOffice,
  rowRegion,
  sayer,
} from './plan-common';
import { guessKind, type NewOffice } from './plan-offices';
import { formulaCell, type PersonRow } from './tables';

/** What apply does with one row, next to what the preview shows. */
export interface PlannedPerson extends DirectoryImportRow {
  create: {
    fullName: string;
    position: string | null;
    nip: string | null;
    organizationId: string | null;
    /** The office this import creates for them (shared by every row naming it). */
    newOfficeKey: string | null;
  } | null;
  update: { id: string; position?: { from: string | null; to: string }; nip?: string } | null;
  newOffice: (NewOffice & { key: string }) | null;
}

/** A row checked on its own, with its office recognised: or the reason it cannot be imported. */
type Checked =
  | { planned: PlannedPerson; done: true }
  | {
      planned: PlannedPerson;
      done: false;
      nip: string | null;
      email: string | null;
      office: ImportOffice | undefined;
      officeSuggestions: ImportOffice[];
      regionCode: string | null;
    };

const personRef = (p: ImportPerson) => ({ id: p.id, name: p.fullName, detail: p.officeName });

function checkRow(
  ctx: Context,
  lookups: DirectoryLookups,
  row: PersonRow,
  choice: { choice: DirectoryImportChoice; index: number } | undefined,
): Checked {
  const say = sayer(ctx);
  const { rowNumber, name, ...cells } = row;
  const planned: PlannedPerson = {
    ...blankRow(rowNumber, name, cells),
    create: null,
    update: null,
    newOffice: null,
  };
  const fail = (reason: string): Checked => ({ planned: { ...planned, reason }, done: true });
  if (choice?.choice.action === 'skip') return { planned: { ...planned, outcome: 'skip' }, done: true };
  const formula = formulaCell(row);
  if (formula !== undefined) return fail(say('importFormulaCell', formula.slice(0, 40)));
  if (!name) return fail(say('importMissingName'));
  if ([name, row.position, row.office].some((v) => v.length > 200)) return fail(say('tooLong', 200));
  let nip: string | null = null;
  if (row.nip) {
    const parsed = nipSchema.safeParse(row.nip);
    if (!parsed.success)
      return fail(translateMessage(parsed.error.issues[0]?.message ?? 'invalidNip', ctx.lang));
    nip = parsed.data;
  }
  let email: string | null = null;
  if (row.email) {
    const parsed = emailSchema.safeParse(row.email);
    if (!parsed.success) return fail(say('directoryImportInvalidEmail', row.email.slice(0, 80)));
    email = parsed.data;
  }
  const regionCode = row.office
    ? rowRegion(lookups, row.office, row.region)
    : lookups.regions.resolve(row.region);
  if (regionCode === undefined) return fail(say('importUnknownRegion', row.region.slice(0, 40)));

  let { office, suggestions } = row.office
    ? recogniseOffice(lookups, row.office, regionCode)
    : { office: undefined, suggestions: [] as ImportOffice[] };
  const chosenOffice = choice?.choice.organizationId;
  if (chosenOffice) {
    const picked = lookups.officeById.get(chosenOffice);
    const offered = picked !== undefined && (picked.id === office?.id || suggestions.includes(picked));
    if (!picked || !(offered || keeps(ctx, picked.regionCode)))
      throw new NotFoundError('organizationNotFound', `choices.${choice.index}.organizationId`);
    if (office && office.id !== picked.id) suggestions = [office, ...suggestions];
    office = picked;
  }
  return { planned, done: false, nip, email, office, officeSuggestions: suggestions, regionCode };
}

/**
 * Decides each row of a people table: a person to create (in an existing office, in one this
 * import creates, or in none), an existing one (by NIP, by their account's email, else by name in
 * the same office) to change (position, a missing NIP) or leave, a row left out, or one that
 * cannot be imported and why. Accounts are never created. Reads only; apply runs it again inside
 * its transaction.
 */
export async function planPeople(
  ctx: Context,
  lookups: DirectoryLookups,
  rows: readonly PersonRow[],
  choices: readonly DirectoryImportChoice[],
): Promise<PlannedPerson[]> {
  const say = sayer(ctx);
  const chosen = choicesByRow(choices);
  const checked = rows.map((row) => checkRow(ctx, lookups, row, chosen.get(row.rowNumber)));
  const open = checked.flatMap((c) => (c.done ? [] : [c]));
  const officeIds = new Set(
    open.flatMap((c) => [...(c.office ? [c.office] : []), ...c.officeSuggestions]).map((o) => o.id),
  );
  const [byNip, byEmail, byName, byId] = await Promise.all([
    importPeopleByNips(
      ctx.db,
      open.flatMap((c) => (c.nip ? [c.nip] : [])),
    ),
    importPeopleByEmails(
      ctx.db,
      open.flatMap((c) => (c.email ? [c.email] : [])),
    ),
    importPeopleByNames(
      ctx.db,
      [...officeIds],
      [...new Set(open.map((c) => personNameKey(c.planned.name)).filter(Boolean))],
    ),
    importPeopleByIds(
      ctx.db,
      choices.flatMap((c) => (c.action === 'match' && c.matchId ? [c.matchId] : [])),
    ),
  ]);
  const nipOwner = new Map(byNip.map((p) => [p.nip, p]));
  // As people.search: someone is found by NIP (or account email) only within the caller's scope;
  // beyond it a taken NIP is refused without saying whose it is.
  const findable = (p: ImportPerson | undefined) =>
    p && (!ctx.user || seesNip(ctx.user, p.regionCode)) ? p : undefined;
  const emailOwner = new Map(byEmail.map((p) => [p.email.toLowerCase(), p]));
  const pickedById = new Map(byId.map((p) => [p.id, p]));
  const namedIn = (officeId: string | undefined, name: string) => {
    const key = personNameKey(name);
    return officeId && key ? byName.filter((p) => p.organizationId === officeId && p.nameKey === key) : [];
  };
  const seen = new Map<string, number>();

  return checked.map((c) => {
    if (c.done) return c.planned;
    const { planned, nip, email, office, regionCode } = c;
    const fail = (reason: string): PlannedPerson => ({ ...planned, outcome: 'error', reason });
    const choice = chosen.get(planned.rowNumber);
    planned.officeSuggestions = c.officeSuggestions.filter((o) => o.id !== office?.id).map(officeRef);
    const sameName = namedIn(office?.id, planned.name);
    const suggested = c.officeSuggestions.flatMap((o) => namedIn(o.id, planned.name));

    let person: ImportPerson | undefined;
    if (choice?.choice.action === 'match') {
      const picked = choice.choice.matchId ? pickedById.get(choice.choice.matchId) : undefined;
      const offered = picked !== undefined && [...sameName, ...suggested].some((p) => p.id === picked.id);
      if (!picked || !(offered || keeps(ctx, picked.regionCode)))
        throw new NotFoundError('personNotFound', `choices.${choice.index}.matchId`);
      person = picked;
    } else if (choice?.choice.action !== 'create') {
      person =
        findable(nip ? nipOwner.get(nip) : undefined) ??
        findable(email ? emailOwner.get(email.toLowerCase()) : undefined);
      // Someone of the same name with another NIP is someone else.
      const candidates = sameName.filter((p) => !nip || !p.nip || p.nip === nip);
      if (!person && candidates.length > 1) return fail(say('importAmbiguousPerson'));
      person ??= candidates[0];
    }
    planned.suggestions = [...sameName, ...suggested].filter((p) => p.id !== person?.id).map(personRef);
    if (nip && nipOwner.has(nip) && nipOwner.get(nip)?.id !== person?.id) return fail(say('nipExists'));
    if (person?.nip && nip && person.nip !== nip) return fail(say('nipExists'));

    const key = person
      ? `id:${person.id}`
      : nip
        ? `nip:${nip}`
        : `name:${personNameKey(planned.name) || normaliseName(planned.name)}|${office?.id ?? normaliseName(planned.cells.office ?? '')}`;
    const first = seen.get(key);
    if (first !== undefined) return fail(say('directoryImportRepeatedRow', first));
    seen.set(key, planned.rowNumber);

    const position = planned.cells.position ?? '';
    if (person) {
      planned.existing = personRef(person);
      const newPosition = position && position !== person.position ? position : undefined;
      const newNip = nip && !person.nip ? nip : undefined;
      if (newPosition === undefined && newNip === undefined) return { ...planned, outcome: 'unchanged' };
      if (!keeps(ctx, person.regionCode)) return fail(say('directoryImportOutOfScope'));
      return {
        ...planned,
        outcome: 'update',
        changes: [
          ...(newPosition !== undefined
            ? [{ field: 'position', from: person.position, to: newPosition }]
            : []),
          ...(newNip !== undefined ? [{ field: 'nip', from: null, to: newNip }] : []),
        ],
        update: {
          id: person.id,
          ...(newPosition !== undefined ? { position: { from: person.position, to: newPosition } } : {}),
          ...(newNip !== undefined ? { nip: newNip } : {}),
        },
      };
    }

    const create = {
      fullName: planned.name,
      position: position || null,
      nip,
      organizationId: null,
      newOfficeKey: null,
    };
    const officeText = planned.cells.office ?? '';
    if (office) {
      if (!keeps(ctx, office.regionCode)) return fail(say('directoryImportOutOfScope'));
      return {
        ...planned,
        outcome: 'new',
        office: { id: office.id, name: office.name, status: 'existing' },
        create: { ...create, organizationId: office.id },
      };
    }
    if (!officeText) return { ...planned, outcome: 'new', create };
    // Like organizations.create: a new office only within the caller's scope.
    if (!keeps(ctx, regionCode)) return fail(say('directoryImportOutOfScope'));
    const newOfficeKey = `${officeText.toLowerCase()}|${regionCode ?? ''}`;
    return {
      ...planned,
      outcome: 'new',
      office: { id: null, name: officeText, status: 'created' },
      create: { ...create, newOfficeKey },
      newOffice: {
        key: newOfficeKey,
        name: officeText,
        shortName: null,
        kind: guessKind(officeText, lookups),
        regionCode,
      },
    };
  });
}
