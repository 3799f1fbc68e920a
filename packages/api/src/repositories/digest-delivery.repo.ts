import type { Database } from '@tindak/db';
import type { Language, NotifyMode, Role } from '@tindak/shared';
import { type RawBuilder, sql } from 'kysely';
import { compiledOnce, marker } from './compiled-once';

// Who gets a digest or a daily summary and when, and the row that records each one was delivered
// (claimed first, so a retried job or a second worker never sends it twice).

/**
 * `isoWeekIn(at, zone).week` in SQL, for the zone in a column (the tick and the worker ask it of
 * many users at once): "2026-W48".
 */
export function isoWeekSql(at: Date, zoneColumn: string): RawBuilder<string> {
  return sql<string>`to_char(${at}::timestamptz at time zone ${sql.raw(zoneColumn)}, 'IYYY-"W"IW')`;
}

/**
 * An active user with what a digest needs of them (scope, office, zone, language, the region's
 * name), or undefined.
 */
export async function findDigestRecipientRow(db: Database, userId: string) {
  const [row] = await recipient(db, userId);
  return row;
}

/**
 * The same for a group of users (the worker composes DIGEST_GROUP digests together): one row per
 * active user, in no particular order, with whether their weekly digest for the ISO week holding
 * `weeklyAt` (in their own zone) was already delivered, asked in the same statement.
 */
export function findWeeklyRecipientRows(db: Database, userIds: readonly string[], weeklyAt: Date) {
  return recipientsWithWeek(db, [...userIds], weeklyAt);
}

function recipientQuery(db: Database, weeklyDelivered: RawBuilder<boolean>) {
  return db
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
      weeklyDelivered.as('weeklyDelivered'),
    ])
    .where('u.active', '=', true);
}

/** Whether the user's weekly digest for the ISO week holding `weeklyAt` (in their zone) is recorded. */
function weeklyDeliveredSql(weeklyAt: Date) {
  return sql<boolean>`exists (select 1 from digest_deliveries d where d.user_id = u.id and d.kind = 'weekly'
        and d.period = ${isoWeekSql(weeklyAt, 'u.time_zone')})`;
}

// Asked once per group of digests (800 on a Monday): compiled once.
const recipientsWithWeek = compiledOnce(
  (db: Database, userIds: string[], weeklyAt: Date) =>
    recipientQuery(db, weeklyDeliveredSql(weeklyAt)).where('u.id', '=', sql<string>`any(${userIds}::uuid[])`),
  [marker('userIds'), marker('weeklyAt')],
);

const recipient = compiledOnce(
  (db: Database, userId: string) => recipientQuery(db, sql<boolean>`false`).where('u.id', '=', userId),
  [marker('userId')],
);

/** Users on "daily" with unsent notifications and no summary yet for their local date at `at`. */
export async function listDailySummaryCandidates(db: Database, at: Date) {
  const rows = await sql<{ id: string; timeZone: string }>`
    select u.id, u.time_zone as "timeZone" from users u
    where u.active and u.notify_mode = 'daily'
      and exists (select 1 from notifications n
        where n.user_id = u.id and n.delivery = 'daily' and n.email_id is null)
      and not exists (select 1 from digest_deliveries d
        where d.user_id = u.id and d.kind = 'daily'
          and d.period = to_char(${at}::timestamptz at time zone u.time_zone, 'YYYY-MM-DD'))`.execute(db);
  return rows.rows;
}

/**
 * Users whose Monday 07:00 has come in their zone this ISO week with no digest row for the week
 * yet: on Monday itself, and on any later day of the week (a tick that missed Monday sends the
 * week's digest late). A late digest goes only to users who were there on Monday at 07:00: one
 * created since waits for next Monday. A past week's digest is never listed: the week is `at`'s.
 */
export async function listWeeklyDigestCandidates(db: Database, at: Date): Promise<string[]> {
  const local = sql`(${at}::timestamptz at time zone u.time_zone)`;
  const rows = await sql<{ id: string }>`
    select u.id from users u
    left join organizations o on o.id = u.organization_id
    where u.active
      and (
        (extract(isodow from ${local}) = 1 and extract(hour from ${local}) >= 7)
        or (extract(isodow from ${local}) > 1
          and u.created_at < (date_trunc('week', ${local}) + interval '7 hours') at time zone u.time_zone))
      and not exists (
        select 1 from digest_deliveries d
        where d.user_id = u.id and d.kind = 'weekly'
          and d.period = ${isoWeekSql(at, 'u.time_zone')})
    order by o.region_code, u.time_zone, u.organization_id, u.language, u.id`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** Claims the day's summary for a user: false when it was claimed before. */
export async function claimDailyDelivery(db: Database, userId: string, date: string): Promise<boolean> {
  const claimed = await db
    .insertInto('digestDeliveries')
    .values({ userId, kind: 'daily', period: date, status: 'queued' })
    .onConflict((c) => c.columns(['userId', 'kind', 'period']).doNothing())
    .returning('userId')
    .executeTakeFirst();
  return claimed !== undefined;
}

export async function markDailyDelivery(
  db: Database,
  userId: string,
  date: string,
  status: 'queued' | 'empty',
  emailId: string | null,
): Promise<void> {
  await db
    .updateTable('digestDeliveries')
    .set({ status, emailId })
    .where('userId', '=', userId)
    .where('kind', '=', 'daily')
    .where('period', '=', date)
    .execute();
}

export interface WeeklyDelivery {
  userId: string;
  /** The ISO week in the user's zone: "2026-W48". */
  week: string;
  status: 'queued' | 'empty';
  emailId: string | null;
  /** Sent after its Monday 07:00 (the worker was down then). */
  late: boolean;
}

/**
 * Records a group's weekly digests as delivered, in one statement: the users recorded, without
 * those recorded meanwhile (by another worker).
 */
export async function recordWeeklyDeliveries(
  db: Database,
  deliveries: readonly WeeklyDelivery[],
): Promise<string[]> {
  if (deliveries.length === 0) return [];
  const rows = await recordWeeklyRows(
    db,
    deliveries.map((d) => d.userId),
    deliveries.map((d) => d.week),
    deliveries.map((d) => d.status),
    deliveries.map((d) => d.emailId),
    deliveries.map((d) => d.late),
  );
  return rows.map((row) => row.userId);
}

// A group's rows as arrays, one per column: one statement of one shape, compiled once, whatever
// the group's size (each row as its own statement was a fifth of the database's time on a Monday).
const recordWeeklyRows = compiledOnce(
  (
    db: Database,
    userIds: string[],
    weeks: string[],
    statuses: string[],
    emailIds: (string | null)[],
    lates: boolean[],
  ) => ({
    compile: () =>
      sql<{ userId: string }>`
        insert into digest_deliveries (user_id, kind, period, status, email_id, late)
        select t.user_id, 'weekly', t.period, t.status, t.email_id, t.late
        from unnest(${userIds}::uuid[], ${weeks}::text[], ${statuses}::text[], ${emailIds}::uuid[],
          ${lates}::boolean[]) as t(user_id, period, status, email_id, late)
        on conflict (user_id, kind, period) do nothing
        returning user_id as "userId"`.compile(db),
  }),
  [marker('userIds'), marker('weeks'), marker('statuses'), marker('emailIds'), marker('lates')],
);

/** The user's notifications waiting for the daily summary, locked until it is queued. */
export function lockPendingDailyNotifications(db: Database, userId: string) {
  return db
    .selectFrom('notifications')
    .select(['id', 'data'])
    .where('userId', '=', userId)
    .where('delivery', '=', 'daily')
    .where('emailId', 'is', null)
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** Marks notifications as carried by an email. */
export async function setNotificationsEmail(
  db: Database,
  ids: readonly number[],
  emailId: string | null,
): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ emailId })
    .where('id', 'in', [...ids])
    .execute();
}
