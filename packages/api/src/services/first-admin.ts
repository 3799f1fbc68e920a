import type { Database } from '@tindak/db';
import type { OrganizationKind } from '@tindak/shared';
import type { Actor } from '../context';
import { ConflictError, isUniqueViolation, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { findOfficeIdByNameAndRegion, insertOrganization } from '../repositories/organization.repo';
import { existingRegionCodes } from '../repositories/region.repo';
import { createAccount } from './account-person';

export interface HomeOffice {
  kind: OrganizationKind;
  name: string;
  /** Null for a ministry or a national deployment: it sees every region. */
  regionCode: string | null;
}

export interface AdminAccount {
  displayName: string;
  email: string;
  /** Set by the setup page; the command line invites instead (no password on a command line). */
  passwordHash?: string;
}

/** The office an admin belongs to: the one with this name and region, or a new one (with its event). */
export async function findOrCreateOffice(trx: Database, actor: Actor, office: HomeOffice): Promise<string> {
  if (office.regionCode && !(await existingRegionCodes(trx, [office.regionCode])).has(office.regionCode)) {
    throw new NotFoundError('regionNotFound', 'office.regionCode');
  }
  const existing = await findOfficeIdByNameAndRegion(trx, office.name, office.regionCode);
  if (existing) return existing;
  const values = { name: office.name, shortName: null, kind: office.kind, regionCode: office.regionCode };
  const id = await insertOrganization(trx, { ...values, idempotencyKey: null });
  await recordEvent(trx, actor, {
    aggregateType: 'organization',
    aggregateId: id,
    eventType: 'OrganizationCreated',
    payload: values,
  });
  return id;
}

/**
 * An admin of the given office, as a person in the directory (createAccount, the one way accounts
 * come to exist), with the account's event. In the caller's transaction.
 */
export async function createAdmin(
  trx: Database,
  actor: Actor,
  organizationId: string,
  admin: AdminAccount,
): Promise<{ userId: string; personId: string }> {
  try {
    const created = await createAccount(trx, actor, {
      email: admin.email,
      displayName: admin.displayName,
      role: 'admin',
      organizationId,
      ...(admin.passwordHash ? { passwordHash: admin.passwordHash } : {}),
    });
    await recordEvent(trx, actor, {
      aggregateType: 'user',
      aggregateId: created.userId,
      eventType: 'UserCreated',
      payload: { role: 'admin', demo: false },
    });
    return created;
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_uq'))
      throw new ConflictError('emailTaken', undefined, 'admin.email');
    throw error;
  }
}
