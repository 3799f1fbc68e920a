import type { Database } from '@tindak/db';
import type {
  DirectoryListOutput,
  DirectoryOffice,
  directoryListInput,
  EventPayloadInput,
  Organization,
  organizationCreateInput,
  organizationListInput,
  organizationSetActiveInput,
  organizationUpdateInput,
} from '@tindak/shared';
import { mayKeepOffice, regionInScope } from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError, ConflictError, DomainError, isUniqueViolation, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import {
  findOrganization,
  findOrganizationIdByKey,
  insertOrganization,
  listOrganizations as listOrganizationRows,
} from '../repositories/organization.repo';
import {
  findDirectoryOffice,
  indicatorNameClashIn,
  type LockedOffice,
  listDirectory,
  lockOffice,
  moveOfficeItemsToRegion,
  type OfficeChanges,
  updateOffice,
} from '../repositories/organization-directory.repo';
import { existingRegionCodes } from '../repositories/region.repo';
import { actorOf } from './authority';
import { directoryPage } from './directory-page';
import { createOnce } from './idempotent';
import { scopeOf } from './scope';

export function listOrganizations(ctx: Context, input: z.output<typeof organizationListInput>) {
  return listOrganizationRows(ctx.db, input ?? {});
}

export async function createOrganization(
  ctx: Context,
  input: z.output<typeof organizationCreateInput>,
): Promise<Organization> {
  const { id } = await createOnce(
    input.idempotencyKey,
    (key) => findOrganizationIdByKey(ctx.db, key),
    async () => {
      if (
        input.regionCode &&
        !(await existingRegionCodes(ctx.db, [input.regionCode])).has(input.regionCode)
      ) {
        throw new NotFoundError('regionNotFound', 'regionCode');
      }
      // Secretariats and heads add offices of their own regions (or national ones); admins any.
      const outOfScope =
        ctx.user &&
        ctx.user.role !== 'admin' &&
        input.regionCode &&
        !regionInScope(scopeOf(ctx), input.regionCode);
      if (outOfScope) throw new NotFoundError('regionNotFound', 'regionCode');
      try {
        return await ctx.db.transaction().execute(async (trx) => {
          const { idempotencyKey, ...values } = input;
          const organizationId = await insertOrganization(trx, {
            ...values,
            idempotencyKey: idempotencyKey ?? null,
          });
          await recordEvent(trx, ctx.actor, {
            aggregateType: 'organization',
            aggregateId: organizationId,
            eventType: 'OrganizationCreated',
            payload: values,
          });
          return organizationId;
        });
      } catch (error) {
        if (isUniqueViolation(error, 'organizations_name_region_uq')) {
          throw new ConflictError('organizationExists', undefined, 'name');
        }
        throw error;
      }
    },
  );
  const created = await findOrganization(ctx.db, id);
  if (!created) throw new NotFoundError('organizationNotFound');
  return created;
}

/**
 * One page of the directory (`/instansi`). Every signed-in user reads all of it: a meeting in Jambi
 * is attended by Komdigi and by offices of other provinces, and each must be findable by name.
 */
export function listDirectoryOffices(
  ctx: Context,
  input: z.output<typeof directoryListInput>,
): Promise<DirectoryListOutput> {
  return directoryPage(
    input,
    (query) => listDirectory(ctx.db, { ...query, kind: input.kind }),
    (office) => office.name,
  );
}

export async function getDirectoryOffice(ctx: Context, id: string): Promise<DirectoryOffice> {
  const office = await findDirectoryOffice(ctx.db, id);
  if (!office) throw new NotFoundError('organizationNotFound', 'id');
  return office;
}

/** The caller keeps this (locked) office's directory entry (`mayKeepOffice`); the system always. */
export function requireOfficeKeeper(ctx: Context, office: { regionCode: string | null }): void {
  if (ctx.user && !mayKeepOffice(actorOf(ctx.user), office)) {
    throw new DomainError('FORBIDDEN', 'notKeeperOfOffice');
  }
}

const STALE = Symbol('stale');

/**
 * One change to one office in one transaction: locked, the caller's to change (FORBIDDEN), still at
 * the version they saw (CONFLICT with the current state); then `work` writes it and its event.
 */
async function changeOffice(
  ctx: Context,
  input: { id: string; version: number },
  work: (scoped: Context, office: LockedOffice) => Promise<void>,
): Promise<DirectoryOffice> {
  const outcome = await ctx.db
    .transaction()
    .execute(async (trx) => {
      const office = await lockOffice(trx, input.id);
      if (!office) throw new NotFoundError('organizationNotFound', 'id');
      requireOfficeKeeper(ctx, office);
      if (office.version !== input.version) return STALE;
      await work({ ...ctx, db: trx }, office);
      return undefined;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error, 'organizations_name_region_uq')) {
        throw new ConflictError('organizationExists', undefined, 'name');
      }
      throw error;
    });
  if (outcome === STALE) {
    throw new ConflictError('staleVersion', await getDirectoryOffice(ctx, input.id), 'version');
  }
  return getDirectoryOffice(ctx, input.id);
}

/** A region an office is moved to must exist and, for all but admins, lie within the caller's scope. */
async function requireRegionToKeep(ctx: Context, regionCode: string | null): Promise<void> {
  if (regionCode === null) return;
  if (!(await existingRegionCodes(ctx.db, [regionCode])).has(regionCode)) {
    throw new NotFoundError('regionNotFound', 'regionCode');
  }
  // Out of scope reads like a region that is not there, as when creating an office.
  if (ctx.user && !mayKeepOffice(actorOf(ctx.user), { regionCode })) {
    throw new NotFoundError('regionNotFound', 'regionCode');
  }
}

/**
 * Takes the office's action items and indicators to its new region. An indicator named like one
 * already there would break `indicators_name_uq`: refused, naming it, so the caller renames one.
 */
export async function moveOfficeItems(
  db: Database,
  officeId: string,
  regionCode: string | null,
  field: string,
): Promise<void> {
  const clash = await indicatorNameClashIn(db, officeId, regionCode);
  if (clash !== undefined) throw new BadRequestError('indicatorNameTakenInRegion', field, clash);
  await moveOfficeItemsToRegion(db, officeId, regionCode).catch((error: unknown) => {
    // One defined there by another request since the check: the same refusal, without the name.
    if (isUniqueViolation(error, 'indicators_name_uq'))
      throw new BadRequestError('indicatorNameTaken', field);
    throw error;
  });
}

/** Name, short name, kind or region, and (issue 19) the kop surat and paper; the event names only what changed. */
export function updateOrganization(ctx: Context, input: z.output<typeof organizationUpdateInput>) {
  return changeOffice(ctx, input, async (scoped, before) => {
    const changes: OfficeChanges = {};
    const facts: EventPayloadInput<'OrganizationUpdated'> = {};
    for (const field of ['name', 'shortName', 'kind', 'regionCode'] as const) {
      if (before[field] !== input[field]) {
        Object.assign(changes, { [field]: input[field] });
        Object.assign(facts, { [field]: { from: before[field], to: input[field] } });
      }
    }
    if (input.letterhead) {
      const letterhead = {
        paperSize: input.letterhead.paperSize,
        letterheadGovernment: input.letterhead.government,
        address: input.letterhead.address,
        phone: input.letterhead.phone,
        email: input.letterhead.email,
        website: input.letterhead.website,
      };
      for (const [field, value] of Object.entries(letterhead) as [keyof typeof letterhead, string | null][]) {
        if (before[field] !== value) {
          Object.assign(changes, { [field]: value });
          Object.assign(facts, { [field]: { from: before[field], to: value } });
        }
      }
    }
    if (Object.keys(facts).length === 0) return;
    if (changes.regionCode !== undefined) {
      await requireRegionToKeep(scoped, input.regionCode);
      await moveOfficeItems(scoped.db, input.id, input.regionCode, 'regionCode');
    }
    await updateOffice(scoped.db, input.id, changes);
    await recordEvent(scoped.db, ctx.actor, {
      aggregateType: 'organization',
      aggregateId: input.id,
      eventType: 'OrganizationUpdated',
      payload: facts,
    });
  });
}

/**
 * Deactivate (no longer offered when recording something new; what names it keeps it) or
 * reactivate. A merged duplicate stays inactive: its records now live with the office kept.
 */
export function setOrganizationActive(ctx: Context, input: z.output<typeof organizationSetActiveInput>) {
  return changeOffice(ctx, input, async (scoped, before) => {
    if (before.active === input.active) return;
    if (input.active && before.mergedInto) throw new BadRequestError('organizationMerged', 'id');
    await updateOffice(scoped.db, input.id, { active: input.active });
    await recordEvent(scoped.db, ctx.actor, {
      aggregateType: 'organization',
      aggregateId: input.id,
      eventType: input.active ? 'OrganizationReactivated' : 'OrganizationDeactivated',
      payload: {},
    });
  });
}
