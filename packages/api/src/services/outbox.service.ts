import { queues } from '@tindak/db';
import {
  can,
  type EmailDetail,
  type EmailSummary,
  type outboxListInput,
  translateMessage,
} from '@tindak/shared';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Context, SessionUser } from '../context';
import { BadRequestError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { enqueue } from '../jobs/enqueue';
import { afterCreatedCursor, createdAtKey } from '../repositories/created-keyset';
import { createdCursor } from './cursor';

/** Admins see every email; everyone else the ones addressed to them. */
function visibleEmails(ctx: Context, user: SessionUser) {
  let query = ctx.db.selectFrom('emails as e').leftJoin('users as u', 'u.id', 'e.userId');
  if (!can(user.role, 'mail.manage')) query = query.where('e.userId', '=', user.id);
  return query;
}

const summaryColumns = [
  'e.id',
  'e.kind',
  'e.toAddress as to',
  'u.displayName as recipientName',
  'e.subject',
  'e.status',
  'e.transport',
  'e.attempts',
  'e.lastError',
  sql<string>`to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('createdAt'),
  sql<string | null>`to_char(e.sent_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('sentAt'),
] as const;

export async function listOutbox(ctx: Context, user: SessionUser, input: z.output<typeof outboxListInput>) {
  const cursor = input.cursor ? createdCursor.decode(input.cursor) : undefined;
  let query = visibleEmails(ctx, user)
    .select([...summaryColumns, createdAtKey('e.created_at').as('cursorAt')])
    .orderBy('e.createdAt', 'desc')
    .orderBy('e.id', 'desc')
    .limit(input.limit + 1);
  if (input.status) query = query.where('e.status', '=', input.status);
  if (cursor) query = query.where(afterCreatedCursor('e.created_at', 'e.id', cursor));
  const rows = await query.execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ cursorAt: _, ...row }) => row as EmailSummary),
    nextCursor: rows.length > input.limit && last ? createdCursor.encode([last.cursorAt, last.id]) : null,
  };
}

/**
 * One email with its content. A password-reset mail is for its recipient alone: whoever else may
 * see the outbox (an admin, when there is no mail server) learns that it was sent, to whom and
 * when, but not the link, which would let them take the account over. Invitations stay readable:
 * the admin who invites hands the link over anyway.
 */
export async function getEmail(ctx: Context, user: SessionUser, id: string): Promise<EmailDetail> {
  const row = await visibleEmails(ctx, user)
    .select([...summaryColumns, 'e.userId', 'e.preview', 'e.html', 'e.textBody as text'])
    .where('e.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('emailNotFound', 'id');
  const { userId, ...email } = row;
  if (email.kind === 'reset' && userId !== user.id) {
    const notice = translateMessage('resetMailWithheld', ctx.lang);
    return { ...email, preview: notice, html: `<p>${notice}</p>`, text: notice } as EmailDetail;
  }
  return email as EmailDetail;
}

/** An admin sends a failed email again (after fixing an address or the mail server). */
export async function retryEmail(ctx: Context, user: SessionUser, id: string): Promise<EmailDetail> {
  await ctx.db.transaction().execute(async (trx) => {
    const email = await trx
      .selectFrom('emails')
      .select(['id', 'status'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!email) throw new NotFoundError('emailNotFound', 'id');
    if (email.status !== 'failed') throw new BadRequestError('emailNotFailed', 'id');
    await trx.updateTable('emails').set({ status: 'pending', failedAt: null }).where('id', '=', id).execute();
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
