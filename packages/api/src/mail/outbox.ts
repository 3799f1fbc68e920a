import { type Database, queues } from '@tindak/db';
import { enqueue } from '../jobs/enqueue';
import { insertEmail, type NewEmail } from '../repositories/email.repo';

/** An email to queue; `sensitive`: holds a sign-in link, its body is blanked once a mail server has it. */
export type OutgoingMail = Omit<NewEmail, 'sensitive'> & { sensitive?: boolean };

/**
 * Puts an email in the outbox and enqueues its sending, both in the caller's transaction.
 * Returns the email's id, or null when an email with the same dedupe key already exists.
 */
export async function queueEmail(trx: Database, mail: OutgoingMail): Promise<string | null> {
  const id = await insertEmail(trx, { ...mail, sensitive: mail.sensitive ?? false });
  if (id === null) return null;
  await enqueue(trx, queues.sendEmail, { emailId: id });
  return id;
}
