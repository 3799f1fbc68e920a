import type { Database } from '@tindak/db';
import { sql } from 'kysely';
import type { NotificationFacts } from '../mail/content';
import type { AppLinks } from '../mail/links';
import { queueEmail } from '../mail/outbox';
import { renderDailySummaryMail } from '../mail/render';
import { localDateIfDailyDue } from './period';
import { loadDigestRecipient } from './reader';

/**
 * The morning summary for a user on "daily": every notification not mailed yet, in one email, once
 * per local date (same claim-a-row guarantee as the weekly digest).
 */
export async function deliverDailySummary(
  db: Database,
  userId: string,
  date: string,
  links: AppLinks,
): Promise<'queued' | 'empty' | 'already-delivered' | 'no-user'> {
  return db.transaction().execute(async (trx) => {
    const recipient = await loadDigestRecipient(trx, userId);
    if (!recipient) return 'no-user';
    const claimed = await trx
      .insertInto('digestDeliveries')
      .values({ userId, kind: 'daily', period: date, status: 'queued' })
      .onConflict((c) => c.columns(['userId', 'kind', 'period']).doNothing())
      .returning('userId')
      .executeTakeFirst();
    if (!claimed) return 'already-delivered';
    const pending = await trx
      .selectFrom('notifications')
      .select(['id', 'data'])
      .where('userId', '=', userId)
      .where('delivery', '=', 'daily')
      .where('emailId', 'is', null)
      .orderBy('id')
      .forUpdate()
      .execute();
    const mark = (status: 'queued' | 'empty', emailId: string | null) =>
      trx
        .updateTable('digestDeliveries')
        .set({ status, emailId })
        .where('userId', '=', userId)
        .where('kind', '=', 'daily')
        .where('period', '=', date)
        .execute();
    if (pending.length === 0) {
      await mark('empty', null);
      return 'empty';
    }
    const rendered = await renderDailySummaryMail({
      recipient: { name: recipient.displayName, language: recipient.language, timeZone: recipient.timeZone },
      date,
      notifications: pending.map((n) => n.data as unknown as NotificationFacts),
      appUrl: links.app,
      settingsUrl: links.settings,
    });
    const emailId = await queueEmail(trx, {
      dedupeKey: `daily:${userId}:${date}`,
      kind: 'daily',
      userId,
      to: recipient.email,
      language: recipient.language,
      rendered,
    });
    await trx
      .updateTable('notifications')
      .set({ emailId })
      .where(
        'id',
        'in',
        pending.map((n) => n.id),
      )
      .execute();
    await mark('queued', emailId);
    return 'queued';
  });
}

/** Users on "daily" with unsent notifications whose local 07:00 has come today, with that date. */
export async function usersDueForDailySummary(
  db: Database,
  at: Date,
): Promise<{ id: string; date: string }[]> {
  const rows = await sql<{ id: string; timeZone: string }>`
    select u.id, u.time_zone as "timeZone" from users u
    where u.active and u.notify_mode = 'daily'
      and exists (select 1 from notifications n
        where n.user_id = u.id and n.delivery = 'daily' and n.email_id is null)
      and not exists (select 1 from digest_deliveries d
        where d.user_id = u.id and d.kind = 'daily'
          and d.period = to_char(${at}::timestamptz at time zone u.time_zone, 'YYYY-MM-DD'))`.execute(db);
  return rows.rows.flatMap((r) => {
    const date = localDateIfDailyDue(at, r.timeZone);
    return date ? [{ id: r.id, date }] : [];
  });
}
