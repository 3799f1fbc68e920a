import type { Organization, organizationCreateInput, organizationListInput } from '@tindak/shared';
import { regionInScope } from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { ConflictError, isUniqueViolation, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import {
  findOrganization,
  findOrganizationIdByKey,
  insertOrganization,
  listOrganizations as listOrganizationRows,
} from '../repositories/organization.repo';
import { existingRegionCodes } from '../repositories/region.repo';
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
