import type { Database } from '@tindak/db';
import type { Language, Role } from '@tindak/shared';
import { queueEmail } from '../mail/outbox';
import { renderAccountLinkMail } from '../mail/render';

export const TOKEN_HOURS = { invite: 7 * 24, reset: 1 } as const;

export interface AccountMailTarget {
  id: string;
  email: string;
  displayName: string;
  language: Language;
  timeZone: string;
  role: Role;
  officeName: string | null;
}

/**
 * Queues the email carrying a one-time link, in the transaction that issued the link (the raw token
 * exists only here; the database keeps its hash). Marked sensitive: once a mail server has taken
 * it, the stored copy loses its body.
 */
export async function queueAccountLinkMail(
  trx: Database,
  target: AccountMailTarget,
  purpose: 'invite' | 'reset',
  link: string,
  invitedBy: string | null,
): Promise<string | null> {
  const rendered = await renderAccountLinkMail({
    recipient: { name: target.displayName, language: target.language, timeZone: target.timeZone },
    purpose,
    url: link,
    expiresAt: new Date(Date.now() + TOKEN_HOURS[purpose] * 3600_000).toISOString(),
    invitedBy,
    role: target.role,
    officeName: target.officeName,
  });
  const token = new URL(link).searchParams.get('token') ?? link;
  return queueEmail(trx, {
    // One mail per link: the key changes with every link issued.
    dedupeKey: `${purpose}:${target.id}:${token.slice(0, 16)}`,
    kind: purpose,
    userId: target.id,
    to: target.email,
    language: target.language,
    rendered,
    sensitive: true,
  });
}

export async function loadAccountMailTarget(db: Database, userId: string): Promise<AccountMailTarget> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('organizations as o', 'o.id', 'u.organizationId')
    .select([
      'u.id',
      'u.email',
      'u.displayName',
      'u.language',
      'u.timeZone',
      'u.role',
      'o.name as officeName',
    ])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
  return { ...row, language: row.language, role: row.role };
}
