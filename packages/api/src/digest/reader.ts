import type { Database } from '@tindak/db';
import type { Language, NotifyMode, Role } from '@tindak/shared';
import { sql } from 'kysely';
import type { DigestReader } from './compose';
import { isoWeekSql } from './period';

export interface DigestRecipient extends DigestReader {
  email: string;
  displayName: string;
  language: Language;
  notifyMode: NotifyMode;
  /** What the reader's scope is called: their office's region, or everything. */
  scopeName: string;
}

/**
 * An active user as a digest reader, or undefined (unknown or deactivated: no digest). With
 * `weeklyAt`, also whether their weekly digest for the ISO week holding that instant (in their own
 * zone, as the tick reckons it) was already delivered: the worker's first question, asked in the
 * same statement.
 */
export async function loadDigestRecipient(
  db: Database,
  userId: string,
  weeklyAt?: Date,
): Promise<(DigestRecipient & { weeklyDelivered: boolean }) | undefined> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('organizations as o', 'o.id', 'u.organizationId')
    .leftJoin('regions as r', 'r.code', 'o.regionCode')
    .select([
      'u.id',
      sql<Role>`u.role`.as('role'),
      'u.organizationId',
      'u.personId',
      'o.regionCode as scopeRegion',
      'u.timeZone',
      'u.email',
      'u.displayName',
      sql<Language>`u.language`.as('language'),
      sql<NotifyMode>`u.notify_mode`.as('notifyMode'),
      'r.name as regionName',
      weeklyAt
        ? sql<boolean>`exists (select 1 from digest_deliveries d where d.user_id = u.id and d.kind = 'weekly'
            and d.period = ${isoWeekSql(weeklyAt, 'u.time_zone')})`.as('weeklyDelivered')
        : sql<boolean>`false`.as('weeklyDelivered'),
    ])
    .where('u.id', '=', userId)
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  const { regionName, ...reader } = row;
  const everything = reader.language === 'en' ? 'All regions' : 'Semua wilayah';
  return { ...reader, scopeName: regionName ?? everything };
}
