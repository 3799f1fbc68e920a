import type { Database } from '@tindak/db';
import type { OrganizationKind, Role } from '@tindak/shared';
import { issueToken } from '../auth/account.service';
import { queueAccountLinkMail } from '../auth/account-mail';
import { systemContext } from '../context';
import { DomainError } from '../errors';
import { findAccountMailTarget } from '../repositories/account.repo';
import { lockFirstAdmin } from '../repositories/setup.repo';
import { findRoleByEmail } from '../repositories/user.repo';
import { createAdmin, findOrCreateOffice } from './first-admin';

export interface CommandLineAdmin {
  email: string;
  name: string;
  office: string;
  region: string | null;
  kind: OrganizationKind;
}

export type AdminCreateResult =
  | { outcome: 'created'; userId: string; officeName: string; link: string }
  | { outcome: 'exists'; role: Role }
  | { outcome: 'regionNotFound' };

/**
 * The admin of `admin:create`, with its office (found by name and region, or made), as a person
 * in the directory, with the events and an invitation link mailed through the outbox, in one
 * transaction. Serialised with the setup page, so the two cannot make two first admins at once.
 */
export async function createAdminFromCommandLine(
  db: Database,
  publicUrl: string,
  admin: CommandLineAdmin,
): Promise<AdminCreateResult> {
  const system = { id: null };
  try {
    return await db.transaction().execute(async (trx) => {
      await lockFirstAdmin(trx);
      const existingRole = await findRoleByEmail(trx, admin.email);
      if (existingRole) return { outcome: 'exists', role: existingRole } as const;
      const office = { kind: admin.kind, name: admin.office, regionCode: admin.region };
      const organizationId = await findOrCreateOffice(trx, system, office);
      const { userId } = await createAdmin(trx, system, organizationId, {
        displayName: admin.name,
        email: admin.email,
      });
      const link = await issueToken(systemContext(trx, publicUrl), userId, 'invite');
      await queueAccountLinkMail(trx, await findAccountMailTarget(trx, userId), 'invite', link, null);
      return { outcome: 'created', userId, officeName: admin.office, link } as const;
    });
  } catch (error) {
    if (error instanceof DomainError && error.messageKey === 'regionNotFound')
      return { outcome: 'regionNotFound' };
    throw error;
  }
}
