import type { Database } from '@tindak/db';
import { DEFAULT_TIME_ZONE, todayIn } from '@tindak/shared';
import type { AppLinks } from '../mail/links';
import { listDueReminders } from '../repositories/notification.repo';
import { notifyUser } from './deliver';
import { itemOwners } from './recipients';

/**
 * Deadline reminders for open items: 3 days before, 1 day before, and once when overdue (looking
 * back a week, so a worker that was down catches up). Each (item, deadline, kind) is told once:
 * an extended deadline gets its own reminders.
 */
export async function scanDeadlines(db: Database, at: Date, links: AppLinks): Promise<number> {
  const today = todayIn(DEFAULT_TIME_ZONE, at);
  const rows = await listDueReminders(db, today);
  let told = 0;
  for (const row of rows) {
    await db.transaction().execute(async (trx) => {
      for (const owner of await itemOwners(trx, row)) {
        const fresh = await notifyUser(
          trx,
          owner,
          {
            dedupeKey: `${row.kind}:${row.id}:${row.dueDate}`,
            eventId: null,
            subject: { type: 'action_item', id: row.id },
            facts: {
              kind: row.kind,
              title: row.title,
              url: links.item(row.id),
              actorName: null,
              officeName: row.officeName,
              dueDate: row.dueDate,
            },
          },
          links.settings,
        );
        if (fresh) told += 1;
      }
    });
  }
  return told;
}
