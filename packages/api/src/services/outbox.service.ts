import { queues } from '@tindak/db';
import { can, type EmailDetail, type outboxListInput, translateMessage } from '@tindak/shared';
import type { z } from 'zod';
import type { Context, SessionUser } from '../context';
import { BadRequestError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { enqueue } from '../jobs/enqueue';
import {
  type EmailReader,
  findEmail,
  listEmails,
  lockEmailStatus,
  requeueEmail,
} from '../repositories/email.repo';
import { createdCursor } from './cursor';

/** Admins see the emails of the accounts in their scope; everyone else the ones addressed to them. */
function recipientFilter(user: SessionUser): EmailReader {
  return can(user.role, 'mail.manage') ? { accountsIn: user.scopeRegion } : { ownerId: user.id };
}

export async function listOutbox(ctx: Context, user: SessionUser, input: z.output<typeof outboxListInput>) {
  const cursor = input.cursor ? createdCursor.decode(input.cursor) : undefined;
  const rows = await listEmails(ctx.db, {
    reader: recipientFilter(user),
    status: input.status,
    after: cursor,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => row.email),
    nextCursor:
      rows.length > input.limit && last ? createdCursor.encode([last.cursorAt, last.email.id]) : null,
  };
}

/**
 * One email with its content. A password-reset mail is for its recipient alone: whoever else may
 * see the outbox (an admin, when there is no mail server) learns that it was sent, to whom and
 * when, but not the link, which would let them take the account over. Invitations stay readable:
 * the admin who invites hands the link over anyway.
 */
export async function getEmail(ctx: Context, user: SessionUser, id: string): Promise<EmailDetail> {
  const row = await findEmail(ctx.db, recipientFilter(user), id);
  if (!row) throw new NotFoundError('emailNotFound', 'id');
  const { recipientId, email } = row;
  if (email.kind === 'reset' && recipientId !== user.id) {
    const notice = translateMessage('resetMailWithheld', ctx.lang);
    return { ...email, preview: notice, html: `<p>${notice}</p>`, text: notice };
  }
  return email;
}

/** An admin sends a failed email again (after fixing an address or the mail server). */
export async function retryEmail(ctx: Context, user: SessionUser, id: string): Promise<EmailDetail> {
  await ctx.db.transaction().execute(async (trx) => {
    // Only mail the admin may read (accounts in their scope), checked before anything is written.
    if (!(await findEmail(trx, recipientFilter(user), id))) throw new NotFoundError('emailNotFound', 'id');
    const email = await lockEmailStatus(trx, id);
    if (!email) throw new NotFoundError('emailNotFound', 'id');
    if (email.status !== 'failed') throw new BadRequestError('emailNotFailed', 'id');
    await requeueEmail(trx, id);
    await enqueue(trx, queues.sendEmail, { emailId: id });
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'user',
      aggregateId: user.id,
      eventType: 'EmailRetried',
      payload: { emailId: id },
    });
  });
  return getEmail(ctx, user, id);
}
