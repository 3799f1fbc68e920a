import type { Database } from '@tindak/db';
import { attachmentsFor } from '../letters/invitation-attachment';
import {
  countEmailAttempt,
  lockEmailForSending,
  markEmailFailed,
  markEmailRetriesExhausted,
  markEmailSent,
} from '../repositories/email.repo';
import { isPermanentMailError, type Mailer, type MailMessage } from './transport';

export class TemporaryMailError extends Error {}

const REDACTED = {
  html: '<p>Isi surel ini berisi tautan sekali pakai dan tidak disimpan setelah terkirim. / This email held a one-time link and is not kept after sending.</p>',
  text: 'Isi surel ini berisi tautan sekali pakai dan tidak disimpan setelah terkirim. / This email held a one-time link and is not kept after sending.',
};

export type DeliveryOutcome = 'sent' | 'failed' | 'skipped';

/**
 * Sends one email from the outbox, at most once per successful hand-over: the row is locked for
 * the duration (a second job for the same email skips it), and only a pending email is sent.
 * A temporary failure is recorded and thrown as TemporaryMailError so pg-boss retries with
 * backoff; a permanent one marks the email failed (the dead letter) and does not throw.
 *
 * The one window left: the server accepts the mail and this process dies before the commit.
 * The job then runs again and the mail goes out twice (see docs/notifications.md).
 */
export async function deliverEmail(
  db: Database,
  mailer: Mailer,
  emailId: string,
  from: string,
): Promise<DeliveryOutcome> {
  let temporary: unknown = null;
  const outcome = await db.transaction().execute(async (trx): Promise<DeliveryOutcome> => {
    const email = await lockEmailForSending(trx, emailId);
    if (email?.status !== 'pending') return 'skipped';
    try {
      const attachments = await attachmentsFor(trx, email.dedupeKey);
      await mailer.send({ ...outboxMessage(email, from), ...(attachments.length ? { attachments } : {}) });
      const redact = email.sensitive && mailer.kind === 'smtp';
      await markEmailSent(trx, email.id, {
        transport: mailer.kind,
        messageId: `<${email.id}@tindak>`,
        redactedBody: redact ? REDACTED : undefined,
      });
      return 'sent';
    } catch (error) {
      const message = describeMailError(error);
      if (isPermanentMailError(error)) {
        await markEmailFailed(trx, email.id, message);
        return 'failed';
      }
      await countEmailAttempt(trx, email.id, message);
      temporary = error;
      return 'skipped';
    }
  });
  if (temporary) throw new TemporaryMailError(describeMailError(temporary), { cause: temporary });
  return outcome;
}

/** How many of a job's emails ended each way. */
export type DeliveryTally = Partial<Record<DeliveryOutcome, number>>;

/**
 * The emails of one job, one after another, each sent as deliverEmail sends it alone (its own
 * transaction, lock and mark). A job names one email, or a group: the weekly digest queues one job
 * for each group of digests it composed together (digest/weekly.ts).
 *
 * A temporary failure of one email (a 4xx reply to its address) does not hold back the rest. A
 * failure without a reply (the server down, unreachable or silent) ends the job there: the rest
 * would each wait for the same timeout. Either way the job then fails with the first such error and
 * pg-boss retries it with backoff; the emails already sent are skipped then, so each retry sends
 * only what is still pending, and the dead letter marks only those failed.
 */
export async function deliverEmails(
  db: Database,
  mailer: Mailer,
  emailIds: readonly string[],
  from: string,
): Promise<DeliveryOutcome | DeliveryTally> {
  const [only] = emailIds;
  if (emailIds.length === 1 && only) return deliverEmail(db, mailer, only, from);
  const tally: DeliveryTally = {};
  let temporary: TemporaryMailError | null = null;
  for (const id of emailIds) {
    try {
      const outcome = await deliverEmail(db, mailer, id, from);
      tally[outcome] = (tally[outcome] ?? 0) + 1;
    } catch (error) {
      if (!(error instanceof TemporaryMailError)) throw error;
      temporary ??= error;
      if (!hasReply(error.cause)) break;
    }
  }
  if (temporary) throw temporary;
  return tally;
}

/** Whether the mail server answered (a reply code), rather than the connection failing. */
function hasReply(error: unknown): boolean {
  return typeof (error as { responseCode?: unknown } | null)?.responseCode === 'number';
}

/** What an outbox row is sent as (its attachments, if any, are made at sending: attachmentsFor). */
export function outboxMessage(
  email: { id: string; toAddress: string; subject: string; html: string; textBody: string; kind: string },
  from: string,
): MailMessage {
  return {
    from,
    to: email.toAddress,
    subject: email.subject,
    html: email.html,
    text: email.textBody,
    messageId: `<${email.id}@tindak>`,
    headers: { 'X-Tindak-Kind': email.kind },
  };
}

/**
 * Marks a job's emails failed when its retries ran out (it reached the dead-letter queue): those
 * still pending; any the job sent meanwhile stay sent.
 */
export async function markEmailsDead(db: Database, emailIds: readonly string[]): Promise<void> {
  await markEmailRetriesExhausted(db, emailIds);
}

function describeMailError(error: unknown): string {
  const { responseCode, code, response, message } = (error ?? {}) as Record<string, unknown>;
  const parts = [responseCode, code, response ?? message].filter((p) => p !== undefined && p !== null);
  return parts.map(String).join(' ').slice(0, 500) || 'unknown error';
}
