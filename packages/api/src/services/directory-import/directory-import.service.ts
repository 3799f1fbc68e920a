import {
  type DirectoryImportPreview,
  type DirectoryImportResult,
  type directoryImportApplyInput,
  directoryImportApplyOutput,
  type directoryImportPreviewInput,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../../context';
import { recordEvent } from '../../events/record-event';
import {
  findDirectoryImport,
  lockImportKey,
  updatePersonFields,
} from '../../repositories/directory-import.repo';
import { insertOrganization } from '../../repositories/organization.repo';
import { updateOffice } from '../../repositories/organization-directory.repo';
import { insertPerson } from '../../repositories/person.repo';
import { importConflict } from '../table-import/import-conflicts';
import { countOutcomes, loadDirectory } from './plan-common';
import { type PlannedOffice, planOffices } from './plan-offices';
import { type PlannedPerson, planPeople } from './plan-people';
import { readOfficeTable, readPersonTable } from './tables';

type PreviewInput = z.output<typeof directoryImportPreviewInput>;
type Planned = PlannedOffice | PlannedPerson;

/** Reads the file (outside any transaction: parsing is the slow part) and returns how to plan it. */
async function readFile(input: PreviewInput) {
  const content = Buffer.from(input.content, 'base64');
  if (input.kind === 'offices') {
    const rows = await readOfficeTable(content);
    return async (ctx: Context): Promise<Planned[]> =>
      planOffices(ctx, await loadDirectory(ctx), rows, input.choices);
  }
  const rows = await readPersonTable(content);
  return async (ctx: Context): Promise<Planned[]> =>
    planPeople(ctx, await loadDirectory(ctx), rows, input.choices);
}

/** The row as the caller sees it: the plan's internals stay on the server. */
function toPreviewRow(row: Planned) {
  const { create: _c, update: _u, ...visible } = row;
  if ('newOffice' in visible) {
    const { newOffice: _n, ...rest } = visible;
    return rest;
  }
  return visible;
}

/** What importing this file would do, row by row; writes nothing. */
export async function previewDirectoryImport(
  ctx: Context,
  input: PreviewInput,
): Promise<DirectoryImportPreview> {
  const plan = await readFile(input);
  const rows = await plan(ctx);
  return { kind: input.kind, rows: rows.map(toPreviewRow), counts: countOutcomes(rows) };
}

async function applyOffice(ctx: Context, row: PlannedOffice): Promise<void> {
  if (row.create) {
    const id = await insertOrganization(ctx.db, { ...row.create, idempotencyKey: null });
    await recordEvent(ctx.db, ctx.actor, {
      aggregateType: 'organization',
      aggregateId: id,
      eventType: 'OrganizationCreated',
      payload: { ...row.create, source: 'directoryImport' },
    });
  }
  if (row.update) {
    const { id, before, ...changes } = row.update;
    await updateOffice(ctx.db, id, changes);
    await recordEvent(ctx.db, ctx.actor, {
      aggregateType: 'organization',
      aggregateId: id,
      eventType: 'OrganizationUpdated',
      payload: {
        ...(changes.shortName !== undefined
          ? { shortName: { from: before.shortName, to: changes.shortName } }
          : {}),
        ...(changes.kind !== undefined ? { kind: { from: before.kind, to: changes.kind } } : {}),
      },
    });
  }
}

/** Creates the offices the people rows name that are not in the directory yet, once each. */
async function createOfficesFor(ctx: Context, rows: readonly PlannedPerson[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const row of rows) {
    const office = row.outcome === 'new' ? row.newOffice : null;
    if (!office || ids.has(office.key)) continue;
    const { key, ...values } = office;
    const id = await insertOrganization(ctx.db, { ...values, idempotencyKey: null });
    await recordEvent(ctx.db, ctx.actor, {
      aggregateType: 'organization',
      aggregateId: id,
      eventType: 'OrganizationCreated',
      payload: { ...values, source: 'directoryImport' },
    });
    ids.set(key, id);
  }
  return ids;
}

async function applyPerson(ctx: Context, row: PlannedPerson, newOffices: Map<string, string>): Promise<void> {
  if (row.create) {
    const { newOfficeKey, ...values } = row.create;
    const organizationId =
      values.organizationId ?? (newOfficeKey ? (newOffices.get(newOfficeKey) ?? null) : null);
    const id = await insertPerson(ctx.db, { ...values, organizationId, idempotencyKey: null });
    // As in people.create: the event records that a NIP was given, not its digits.
    await recordEvent(ctx.db, ctx.actor, {
      aggregateType: 'person',
      aggregateId: id,
      eventType: 'PersonCreated',
      payload: {
        fullName: values.fullName,
        position: values.position,
        organizationId,
        hasNip: values.nip !== null,
        source: 'directoryImport',
      },
    });
  }
  if (row.update) {
    const { id, position, nip } = row.update;
    await updatePersonFields(ctx.db, id, {
      ...(position ? { position: position.to } : {}),
      ...(nip ? { nip } : {}),
    });
    await recordEvent(ctx.db, ctx.actor, {
      aggregateType: 'person',
      aggregateId: id,
      eventType: 'PersonUpdated',
      payload: { ...(position ? { position } : {}), ...(nip ? { nipChanged: true as const } : {}) },
    });
  }
}

/**
 * Imports the file in one transaction. The file is planned again inside it with the preview's
 * choices, so every row is checked against the directory as it is now (scope included; a choice
 * the caller may not make refuses it all). Rows in error are left out and counted. The key makes
 * a retried apply return the first one's summary without writing anything.
 */
export async function applyDirectoryImport(
  ctx: Context,
  input: z.output<typeof directoryImportApplyInput>,
): Promise<DirectoryImportResult> {
  const user = ctx.user;
  if (!user) throw new Error('applyDirectoryImport needs a signed-in user');
  const plan = await readFile(input);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const scoped = { ...ctx, db: trx };
      await lockImportKey(trx, input.idempotencyKey);
      const earlier = await findDirectoryImport(trx, user.id, input.idempotencyKey);
      if (earlier) {
        // The event's payload is the summary plus the key (which the output schema leaves out).
        return directoryImportApplyOutput.parse(earlier);
      }
      const rows = await plan(scoped);
      const counts = countOutcomes(rows);
      let createdOffices = 0;
      if (input.kind === 'offices') {
        for (const row of rows as PlannedOffice[]) await applyOffice(scoped, row);
      } else {
        const people = rows as PlannedPerson[];
        const newOffices = await createOfficesFor(scoped, people);
        createdOffices = newOffices.size;
        for (const row of people) await applyPerson(scoped, row, newOffices);
      }
      const summary: DirectoryImportResult = {
        kind: input.kind,
        created: counts.new,
        updated: counts.update,
        unchanged: counts.unchanged,
        skipped: counts.skip,
        errors: counts.error,
        createdOffices,
      };
      // Nothing written: no event, so importing a file already in the directory leaves no trace.
      if (counts.new + counts.update === 0) return summary;
      await recordEvent(trx, ctx.actor, {
        aggregateType: 'user',
        aggregateId: user.id,
        eventType: 'DirectoryImported',
        payload: { ...summary, idempotencyKey: input.idempotencyKey },
      });
      return summary;
    });
  } catch (error) {
    throw importConflict(error);
  }
}
