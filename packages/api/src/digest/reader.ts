import type { Database } from '@tindak/db';
import type { Language, NotifyMode } from '@tindak/shared';
import { findDigestRecipientRow, findWeeklyRecipientRows } from '../repositories/digest-delivery.repo';
import type { DigestReader } from './compose';

export interface DigestRecipient extends DigestReader {
  email: string;
  displayName: string;
  language: Language;
  notifyMode: NotifyMode;
  /** What the reader's scope is called: their office's region, or everything. */
  scopeName: string;
}

/** An active user as a digest reader, or undefined (unknown or deactivated: no digest). */
export async function loadDigestRecipient(
  db: Database,
  userId: string,
): Promise<DigestRecipient | undefined> {
  const row = await findDigestRecipientRow(db, userId);
  return row && asRecipient(row);
}

/**
 * A group of users as digest readers, by id (a user not active is not in it), with whether their
 * weekly digest for the ISO week holding `weeklyAt` (in their own zone, as the tick reckons it) was
 * already delivered: the worker's first question, asked in the same statement.
 */
export async function loadWeeklyRecipients(
  db: Database,
  userIds: readonly string[],
  weeklyAt: Date,
): Promise<Map<string, DigestRecipient & { weeklyDelivered: boolean }>> {
  const rows = await findWeeklyRecipientRows(db, userIds, weeklyAt);
  return new Map(rows.map((row) => [row.id, asRecipient(row)]));
}

function asRecipient<Row extends Omit<DigestRecipient, 'scopeName'> & { regionName: string | null }>(
  row: Row,
) {
  const { regionName, ...reader } = row;
  const everything = reader.language === 'en' ? 'All regions' : 'Semua wilayah';
  return { ...reader, scopeName: regionName ?? everything };
}
