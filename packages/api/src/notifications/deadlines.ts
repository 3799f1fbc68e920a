import type { Database } from '@tindak/db';
import { actionItemWorkStatuses, DEFAULT_TIME_ZONE, type NotificationKind, todayIn } from '@tindak/shared';
import { sql } from 'kysely';
import type { AppLinks } from '../mail/links';
import { statusList } from '../repositories/status-sql';
import { notifyUser } from './deliver';
import { itemOwners } from './recipients';

interface DueRow {
  id: string;
  title: string;
  dueDate: string;
  officeName: string;
  ownerOrganizationId: string;
  ownerPersonId: string | null;
  kind: NotificationKind;
}

/**
 * Deadline reminders for open items: 3 days before, 1 day before, and once when overdue (looking
 * back a week, so a worker that was down catches up). Each (item, deadline, kind) is told once:
 * an extended deadline gets its own reminders.
 */
export async function scanDeadlines(db: Database, at: Date, links: AppLinks): Promise<number> {
  const today = todayIn(DEFAULT_TIME_ZONE, at);
  const rows = await sql<DueRow>`
    select a.id, a.title, to_char(a.due_on, 'YYYY-MM-DD') as "dueDate", o.name as "officeName",
      a.owner_organization_id as "ownerOrganizationId", a.owner_person_id as "ownerPersonId",
      case when a.due_on = ${today}::date + 3 then 'dueSoon3'
           when a.due_on = ${today}::date + 1 then 'dueSoon1'
           else 'overdue' end as kind
    from action_items a
    join organizations o on o.id = a.owner_organization_id
    where a.status in ${statusList(actionItemWorkStatuses)}
      and (a.due_on in (${today}::date + 3, ${today}::date + 1)
        or a.due_on between ${today}::date - 7 and ${today}::date - 1)
    order by a.due_on, a.id`.execute(db);
  let told = 0;
  for (const row of rows.rows) {
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
