import type { Database } from '@tindak/db';
import type { EmailDetail, EmailKind, EmailStatus, EmailSummary, Language } from '@tindak/shared';
import { sql } from 'kysely';
import type { RenderedMail } from '../mail/content';
import { compiledOnce, marker } from './compiled-once';
import { afterCreatedCursor, type CreatedCursor, createdAtKey } from './created-keyset';
import { inRegion } from './region-filter';

export interface NewEmail {
  /** Same key, same email: queueing twice (a retried job, a duplicate event) sends once. */
  dedupeKey: string;
  kind: EmailKind;
  userId: string | null;
  to: string;
  language: Language;
  rendered: RenderedMail;
  sensitive: boolean;
}

/** Puts an email in the outbox: its id, or null when one with the same dedupe key exists. */
export async function insertEmail(db: Database, mail: NewEmail): Promise<string | null> {
  const row = emailRow(mail);
  const [inserted] = await insertEmailRow(
    db,
    row.dedupeKey,
    row.kind,
    row.userId,
    row.toAddress,
    row.language,
    row.subject,
    row.preview,
    row.html,
    row.textBody,
    row.sensitive,
  );
  return inserted?.id ?? null;
}

/** An email's outbox columns. */
function emailRow({ dedupeKey, kind, userId, to, language, rendered, sensitive }: NewEmail) {
  const { subject, preview, html, text } = rendered;
  return {
    dedupeKey,
    kind,
    userId,
    toAddress: to,
    language,
    subject,
    preview,
    html,
    textBody: text,
    sensitive,
  };
}

/**
 * Puts a group's emails in the outbox in one statement (the weekly digest's groups): their ids by
 * dedupe key. A key already in the outbox has no id in the map.
 */
export async function insertEmails(db: Database, mails: readonly NewEmail[]): Promise<Map<string, string>> {
  if (mails.length === 0) return new Map();
  const rows = await db
    .insertInto('emails')
    .values(mails.map(emailRow))
    .onConflict((c) => c.column('dedupeKey').doNothing())
    .returning(['id', 'dedupeKey'])
    .execute();
  return new Map(rows.map((row) => [row.dedupeKey, row.id]));
}

// The outbox's statements run once per mail (20,000 for the weekly digest): compiled once.
const insertEmailRow = compiledOnce(
  (
    db: Database,
    dedupeKey: string,
    kind: EmailKind,
    userId: string | null,
    toAddress: string,
    language: Language,
    subject: string,
    preview: string,
    html: string,
    textBody: string,
    sensitive: boolean,
  ) =>
    db
      .insertInto('emails')
      .values({ dedupeKey, kind, userId, toAddress, language, subject, preview, html, textBody, sensitive })
      .onConflict((c) => c.column('dedupeKey').doNothing())
      .returning('id'),
  [
    marker('dedupeKey'),
    marker('kind'),
    marker('userId'),
    marker('toAddress'),
    marker('language'),
    marker('subject'),
    marker('preview'),
    marker('html'),
    marker('textBody'),
    marker('sensitive'),
  ],
);

const lockEmailRow = compiledOnce(
  (db: Database, id: string) =>
    db.selectFrom('emails').selectAll().where('id', '=', id).forUpdate().skipLocked(),
  [marker('id')],
);

/** The email to send, locked for the sending; undefined while another job holds it. */
export async function lockEmailForSending(db: Database, id: string) {
  const [email] = await lockEmailRow(db, id);
  return email;
}

/** The mail server (or the outbox) took it; a sensitive body is blanked with `redactedBody`. */
export async function markEmailSent(
  db: Database,
  id: string,
  sent: {
    transport: 'smtp' | 'outbox';
    messageId: string;
    redactedBody?: { html: string; text: string } | undefined;
  },
): Promise<void> {
  const { transport, messageId, redactedBody } = sent;
  if (!redactedBody) {
    await markSentRow(db, id, transport, messageId);
    return;
  }
  await db
    .updateTable('emails')
    .set({ ...sentColumns(transport, messageId), html: redactedBody.html, textBody: redactedBody.text })
    .where('id', '=', id)
    .execute();
}

/** What sending sets: one more attempt, the last error cleared. */
function sentColumns(transport: 'smtp' | 'outbox', messageId: string) {
  return {
    status: 'sent' as const,
    transport,
    sentAt: sql<Date>`now()`,
    attempts: sql<number>`attempts + 1`,
    messageId,
    lastError: null,
  };
}

const markSentRow = compiledOnce(
  (db: Database, id: string, transport: 'smtp' | 'outbox', messageId: string) =>
    db.updateTable('emails').set(sentColumns(transport, messageId)).where('id', '=', id),
  [marker('id'), marker('transport'), marker('messageId')],
);

/** A permanent failure: the email is the dead letter. */
export async function markEmailFailed(db: Database, id: string, error: string): Promise<void> {
  await db
    .updateTable('emails')
    .set({ status: 'failed', failedAt: sql`now()`, attempts: sql`attempts + 1`, lastError: error })
    .where('id', '=', id)
    .execute();
}

/** A temporary failure: counted, and the email stays pending for the retry. */
export async function countEmailAttempt(db: Database, id: string, error: string): Promise<void> {
  await db
    .updateTable('emails')
    .set({ attempts: sql`attempts + 1`, lastError: error })
    .where('id', '=', id)
    .execute();
}

/** Marks the still pending of these emails failed once their retries ran out (one statement). */
export async function markEmailRetriesExhausted(db: Database, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('emails')
    .set({
      status: 'failed',
      failedAt: sql`now()`,
      lastError: sql`coalesce(last_error, '') || ' (percobaan habis / retries exhausted)'`,
    })
    .where('id', 'in', ids)
    .where('status', '=', 'pending')
    .execute();
}

/**
 * Whose emails a reader sees: their own, or (an admin's outbox) those of every account whose office
 * lies in a region (null: everyone's, including mail to no account).
 */
export type EmailReader = { ownerId: string } | { accountsIn: string | null };

function visibleEmails(db: Database, reader: EmailReader) {
  const query = db.selectFrom('emails as e').leftJoin('users as u', 'u.id', 'e.userId');
  if ('ownerId' in reader) return query.where('e.userId', '=', reader.ownerId);
  if (reader.accountsIn === null) return query;
  const region = reader.accountsIn;
  return query.where('u.organizationId', 'in', (eb) =>
    eb.selectFrom('organizations as o').select('o.id').where(inRegion('o.regionCode', region)),
  );
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

export interface OutboxPageQuery {
  /** Whose emails. */
  reader: EmailReader;
  status?: EmailStatus | undefined;
  after?: CreatedCursor | undefined;
  limit: number;
}

/** Newest first, with each row's keyset position (`cursorAt`, `id`). */
export async function listEmails(db: Database, page: OutboxPageQuery) {
  let query = visibleEmails(db, page.reader)
    .select([...summaryColumns, createdAtKey('e.created_at').as('cursorAt')])
    .orderBy('e.createdAt', 'desc')
    .orderBy('e.id', 'desc')
    .limit(page.limit);
  if (page.status) query = query.where('e.status', '=', page.status);
  if (page.after) query = query.where(afterCreatedCursor('e.created_at', 'e.id', page.after));
  const rows = await query.execute();
  return rows.map(({ cursorAt, ...row }) => ({ cursorAt, email: row as EmailSummary }));
}

/** One email with its content and recipient's id (the caller decides what they may read of it). */
export async function findEmail(db: Database, reader: EmailReader, id: string) {
  const row = await visibleEmails(db, reader)
    .select([...summaryColumns, 'e.userId', 'e.preview', 'e.html', 'e.textBody as text'])
    .where('e.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { userId: recipientId, ...email } = row;
  return { recipientId, email: email as EmailDetail };
}

export function lockEmailStatus(db: Database, id: string) {
  return db.selectFrom('emails').select(['id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Puts a failed email back in line for sending. */
export async function requeueEmail(db: Database, id: string): Promise<void> {
  await db.updateTable('emails').set({ status: 'pending', failedAt: null }).where('id', '=', id).execute();
}
