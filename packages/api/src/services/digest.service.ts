import { randomUUID } from 'node:crypto';
import { can, type DigestPreview } from '@tindak/shared';
import type { Context, SessionUser } from '../context';
import { nextMondayMorning } from '../digest/period';
import { loadDigestRecipient } from '../digest/reader';
import { previewDigest } from '../digest/weekly';
import { NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { appLinks } from '../mail/links';
import { queueEmail } from '../mail/outbox';
import { accountInScope } from '../repositories/user.repo';

/**
 * Whose digest: your own, or (admins) that of an account in their scope. Anyone else's id is not
 * found: a province admin does not read another province's digests.
 */
async function recipientFor(ctx: Context, user: SessionUser, userId: string | undefined) {
  const target = userId ?? user.id;
  if (target !== user.id && !(can(user.role, 'mail.manage') && (await accountInScope(ctx.db, target, user))))
    throw new NotFoundError('userNotFound', 'userId');
  const recipient = await loadDigestRecipient(ctx.db, target);
  if (!recipient) throw new NotFoundError('userNotFound', 'userId');
  return recipient;
}

/** This week's digest as it would be sent on Monday, for the in-app preview. */
export async function previewMyDigest(
  ctx: Context,
  user: SessionUser,
  input: { userId?: string | undefined; week: 'current' | 'next' },
): Promise<DigestPreview> {
  const recipient = await recipientFor(ctx, user, input.userId);
  const at = input.week === 'next' ? nextMondayMorning(new Date(), recipient.timeZone) : new Date();
  const { period, rendered, empty } = await previewDigest(ctx.db, recipient, at, appLinks(ctx.publicUrl));
  return {
    week: period.week,
    recipient: { id: recipient.id, displayName: recipient.displayName, email: recipient.email },
    empty,
    ...rendered,
  };
}

/**
 * An admin sends someone's digest now (to check it reaches them). It is an extra copy: it does
 * not count as, or stop, Monday's scheduled digest.
 */
export async function sendDigestNow(ctx: Context, user: SessionUser, userId: string) {
  const recipient = await recipientFor(ctx, user, userId);
  const links = appLinks(ctx.publicUrl);
  return ctx.db.transaction().execute(async (trx) => {
    const { rendered, empty } = await previewDigest(trx, recipient, new Date(), links);
    if (empty) return { queued: false, emailId: null };
    const emailId = await queueEmail(trx, {
      dedupeKey: `digest-now:${recipient.id}:${randomUUID()}`,
      kind: 'digest',
      userId: recipient.id,
      to: recipient.email,
      language: recipient.language,
      rendered,
    });
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'user',
      aggregateId: recipient.id,
      eventType: 'DigestSentNow',
      payload: { emailId },
    });
    return { queued: true, emailId };
  });
}
