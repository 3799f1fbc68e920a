import { type Database, queues } from '@tindak/db';
import type { EmailKind, Language } from '@tindak/shared';
import { enqueue } from '../jobs/enqueue';
import { insertEmail } from '../repositories/email.repo';
import type { RenderedMail } from './content';

export interface OutgoingMail {
  /** Same key, same email: queueing twice (a retried job, a duplicate event) sends once. */
  dedupeKey: string;
  kind: EmailKind;
  userId: string | null;
  to: string;
  language: Language;
  rendered: RenderedMail;
  /** Holds a sign-in link: its body is blanked once a mail server has accepted it. */
  sensitive?: boolean;
}

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
