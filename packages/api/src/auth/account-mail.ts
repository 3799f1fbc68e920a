import type { Database } from '@tindak/db';
import { queueEmail } from '../mail/outbox';
import { renderAccountLinkMail } from '../mail/render';
import type { AccountMailTarget } from '../repositories/account.repo';

export const TOKEN_HOURS = { invite: 7 * 24, reset: 1 } as const;

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
