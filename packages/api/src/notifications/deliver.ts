import type { Database } from '@tindak/db';
import type { NotificationFacts } from '../mail/content';
import { queueEmail } from '../mail/outbox';
import { renderNotificationMail } from '../mail/render';
import { insertNotification, setNotificationEmail } from '../repositories/notification.repo';
import type { Recipient } from '../repositories/recipient.repo';

export interface NotificationToSend {
  /** One notification per user and key: "event:123", "dueSoon3:<item>:<due date>". */
  dedupeKey: string;
  eventId: number | null;
  subject: { type: 'action_item' | 'commitment'; id: string };
  facts: NotificationFacts;
}

/**
 * Records a notification for one user and, if they want mail at once, queues it, in the caller's
 * transaction. Users on "daily" get it in tomorrow morning's summary, users on "weekly" in Monday's
 * digest. Returns false when this user already had this notification (a retried job).
 */
export async function notifyUser(
  trx: Database,
  recipient: Recipient,
  notification: NotificationToSend,
  settingsUrl: string,
): Promise<boolean> {
  const id = await insertNotification(trx, {
    userId: recipient.id,
    dedupeKey: notification.dedupeKey,
    facts: notification.facts,
    eventId: notification.eventId,
    subject: notification.subject,
    delivery: recipient.notifyMode,
  });
  if (id === null) return false;
  if (recipient.notifyMode === 'immediate') {
    const rendered = await renderNotificationMail({
      recipient: { name: recipient.displayName, language: recipient.language, timeZone: recipient.timeZone },
      notification: notification.facts,
      settingsUrl,
    });
    const emailId = await queueEmail(trx, {
      dedupeKey: `notification:${id}`,
      kind: 'notification',
      userId: recipient.id,
      to: recipient.email,
      language: recipient.language,
      rendered,
    });
    await setNotificationEmail(trx, id, emailId);
  }
  return true;
}
