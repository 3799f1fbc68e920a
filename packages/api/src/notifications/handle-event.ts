import type { Database } from '@tindak/db';
import type { AppLinks } from '../mail/links';
import { findStoredEvent } from '../repositories/notification.repo';
import { notifyUser } from './deliver';
import { noticesFor } from './rules';

/**
 * The notify-event job: works out who hears about an event and records (and, for "immediate"
 * users, queues) one notification each, in one transaction. Safe to run twice: a user never gets
 * the same event's notification twice.
 */
export async function handleNotifyEvent(db: Database, eventId: number, links: AppLinks): Promise<number> {
  const event = await findStoredEvent(db, eventId);
  if (!event) return 0;
  const notices = await noticesFor(db, event, links);
  return db.transaction().execute(async (trx) => {
    let told = 0;
    for (const notice of notices) {
      for (const recipient of notice.recipients) {
        const fresh = await notifyUser(
          trx,
          recipient,
          { dedupeKey: `event:${event.id}`, eventId: event.id, subject: notice.subject, facts: notice.facts },
          links.settings,
        );
        if (fresh) told += 1;
      }
    }
    return told;
  });
}
