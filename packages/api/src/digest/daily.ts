import type { Database } from '@tindak/db';
import type { NotificationFacts } from '../mail/content';
import type { AppLinks } from '../mail/links';
import { queueEmail } from '../mail/outbox';
import { renderDailySummaryMail } from '../mail/render';
import {
  claimDailyDelivery,
  listDailySummaryCandidates,
  lockPendingDailyNotifications,
  markDailyDelivery,
  setNotificationsEmail,
} from '../repositories/digest-delivery.repo';
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
    if (!(await claimDailyDelivery(trx, userId, date))) return 'already-delivered';
    const pending = await lockPendingDailyNotifications(trx, userId);
    const mark = (status: 'queued' | 'empty', emailId: string | null) =>
      markDailyDelivery(trx, userId, date, status, emailId);
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
    await setNotificationsEmail(
      trx,
      pending.map((n) => n.id),
      emailId,
    );
    await mark('queued', emailId);
    return 'queued';
  });
}

/** Users on "daily" with unsent notifications whose local 07:00 has come today, with that date. */
export async function usersDueForDailySummary(
  db: Database,
  at: Date,
): Promise<{ id: string; date: string }[]> {
  const rows = await listDailySummaryCandidates(db, at);
  return rows.flatMap((r) => {
    const date = localDateIfDailyDue(at, r.timeZone);
    return date ? [{ id: r.id, date }] : [];
  });
}
