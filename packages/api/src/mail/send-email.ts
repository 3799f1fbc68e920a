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

/** Marks an email failed when its retries ran out (its job reached the dead-letter queue). */
export async function markEmailDead(db: Database, emailId: string): Promise<void> {
  await markEmailRetriesExhausted(db, emailId);
}

function describeMailError(error: unknown): string {
  const { responseCode, code, response, message } = (error ?? {}) as Record<string, unknown>;
  const parts = [responseCode, code, response ?? message].filter((p) => p !== undefined && p !== null);
  return parts.map(String).join(' ').slice(0, 500) || 'unknown error';
}
