import type { DirectoryImportChoice, DirectoryImportRow, OrganizationKind } from '@tindak/shared';
import type { Context } from '../../context';
import { NotFoundError } from '../../errors';
import type { ImportOffice } from '../../repositories/directory-import.repo';
import { normaliseName } from '../table-import/names';
import { officeKey } from '../table-import/office-key';
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
import { formulaCell, kindFromCell, type OfficeRow } from './tables';

export interface NewOffice {
  name: string;
  shortName: string | null;
  kind: OrganizationKind;
  regionCode: string | null;
}

/** What apply does with one row, next to what the preview shows. */
export interface PlannedOffice extends DirectoryImportRow {
  create: NewOffice | null;
  update: { id: string; shortName?: string; kind?: OrganizationKind; before: ImportOffice } | null;
}

/** The kind an office's name implies when the file does not say: "Diskominfo …" is one. */
export function guessKind(name: string, lookups: DirectoryLookups): OrganizationKind {
  return officeKey(name, lookups.regions.index).kind === 'dinas kominfo' ? 'diskominfo' : 'other';
}

/**
 * Decides each row of an offices table: an office to create, an existing one to change (short name,
 * kind) or leave as it is, a row left out, or one that cannot be imported and why. The importer's
 * choices override what was recognised; a chosen office that was not offered and that they do not
 * keep is refused as not found. Reads only; apply runs it again inside its transaction.
 */
export function planOffices(
  ctx: Context,
  lookups: DirectoryLookups,
  rows: readonly OfficeRow[],
  choices: readonly DirectoryImportChoice[],
): PlannedOffice[] {
  const say = sayer(ctx);
  const chosen = choicesByRow(choices);
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const { rowNumber, name, ...cells } = row;
    const planned: PlannedOffice = { ...blankRow(rowNumber, name, cells), create: null, update: null };
    const fail = (reason: string): PlannedOffice => ({ ...planned, outcome: 'error', reason });
    const choice = chosen.get(rowNumber);
    if (choice?.choice.action === 'skip') return { ...planned, outcome: 'skip' };

    const formula = formulaCell(row);
    if (formula !== undefined) return fail(say('importFormulaCell', formula.slice(0, 40)));
    if (!name) return fail(say('importMissingName'));
    if (name.length > 200) return fail(say('tooLong', 200));
    if (row.shortName.length > 60) return fail(say('tooLong', 60));
    const kind = row.kind ? kindFromCell(row.kind) : null;
    if (kind === undefined) return fail(say('directoryImportUnknownKind', row.kind.slice(0, 40)));
    const regionCode = rowRegion(lookups, name, row.region);
    if (regionCode === undefined) return fail(say('importUnknownRegion', row.region.slice(0, 40)));

    let { office, suggestions } = recogniseOffice(lookups, name, regionCode);
    if (choice?.choice.action === 'create' && office) {
      // What was recognised stays on offer, so the choice can be undone.
      suggestions = [office, ...suggestions];
      office = undefined;
    }
    if (choice?.choice.action === 'match') {
      const picked = choice.choice.matchId ? lookups.officeById.get(choice.choice.matchId) : undefined;
      const offered = picked !== undefined && (picked.id === office?.id || suggestions.includes(picked));
      if (!picked || !(offered || keeps(ctx, picked.regionCode)))
        throw new NotFoundError('organizationNotFound', `choices.${choice.index}.matchId`);
      if (office && office.id !== picked.id) suggestions = [office, ...suggestions];
      office = picked;
    }
    planned.suggestions = suggestions.filter((o) => o.id !== office?.id).map(officeRef);

    const key = office ? `id:${office.id}` : `name:${name.toLowerCase()}|${regionCode ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) return fail(say('directoryImportRepeatedRow', first));
    seen.set(key, rowNumber);

    if (office) {
      planned.existing = officeRef(office);
      const shortName = row.shortName && row.shortName !== office.shortName ? row.shortName : undefined;
      const newKind = kind && kind !== office.kind ? kind : undefined;
      if (shortName === undefined && newKind === undefined) return { ...planned, outcome: 'unchanged' };
      if (!keeps(ctx, office.regionCode)) return fail(say('directoryImportOutOfScope'));
      return {
        ...planned,
        outcome: 'update',
        changes: [
          ...(shortName !== undefined ? [{ field: 'shortName', from: office.shortName, to: shortName }] : []),
          ...(newKind !== undefined ? [{ field: 'kind', from: office.kind, to: newKind }] : []),
        ],
        update: {
          id: office.id,
          before: office,
          ...(shortName !== undefined ? { shortName } : {}),
          ...(newKind !== undefined ? { kind: newKind } : {}),
        },
      };
    }
    if (!keeps(ctx, regionCode)) return fail(say('directoryImportOutOfScope'));
    // The same name in the same region is one office (the database's unique index says so too).
    const taken = lookups.offices.some(
      (o) => o.regionCode === regionCode && normaliseName(o.name) === normaliseName(name),
    );
    if (taken) return fail(say('organizationExists'));
    return {
      ...planned,
      outcome: 'new',
      create: {
        name,
        shortName: row.shortName || null,
        kind: kind ?? guessKind(name, lookups),
        regionCode,
      },
    };
  });
}
