import { type Database, JOB_SCHEMA, queues } from '@tindak/db';
import { sql } from 'kysely';
import { PgBoss } from 'pg-boss';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { isoWeekIn } from '../src/digest/period';
import { deliverWeeklyDigest, deliverWeeklyDigests, usersDueForWeeklyDigest } from '../src/digest/weekly';
import { DIGEST_GROUP, enqueueDueDigests } from '../src/jobs/worker';
import { appLinks } from '../src/mail/links';
import { createUser, useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { TEST_PUBLIC_URL } from './support/worker';

/**
 * The weekly digest in groups (issue 20): the tick queues a job per group of users, a group's
 * digests are composed in one transaction with one job that sends all their emails, and a digest
 * that fails takes only itself down. Each case checks the rows and jobs left behind.
 */
const api = useTestApi();
let db: Database;
const links = appLinks(TEST_PUBLIC_URL);
const readers: SessionUser[] = [];

beforeAll(async () => {
  db = api.database.db;
  const office = await makeOffice(api, 'Diskominfo Kabupaten Tebo', '15.09');
  const head = await createUser(api, { role: 'head', organizationId: office.id });
  const meeting = await api.caller('id', head).meetings.create(meetingInput(office.id));
  await api.caller('id', head).actionItems.create({
    title: 'Pemetaan titik blank spot Tebo',
    meetingId: meeting.id,
    ownerOrganizationId: office.id,
    dueOn: '2026-11-01', // overdue in every digest below: nobody's digest is empty
  });
  for (let i = 0; i < 30; i += 1) {
    readers.push(
      await createUser(api, { role: 'viewer', organizationId: office.id, email: `pembaca${i}@tebo.uji` }),
    );
  }
});

/** Each test a Monday of its own, so no week's rows carry over. */
const monday = (day: string) => new Date(`${day}T00:30:00Z`);
const weekOf = (at: Date) => isoWeekIn(at, 'Asia/Jakarta').week;

async function weekly(userIds: string[], week: string) {
  const rows = await db
    .selectFrom('digestDeliveries')
    .select(['userId', 'emailId'])
    .where('kind', '=', 'weekly')
    .where('period', '=', week)
    .where('userId', 'in', userIds)
    .execute();
  const emails = await db
    .selectFrom('emails')
    .select(['id', 'userId'])
    .where(
      'dedupeKey',
      'in',
      userIds.map((id) => `digest:${id}:${week}`),
    )
    .execute();
  return { rows, emails };
}

/** The send-email jobs naming any of these emails, as the ids each names. */
async function sendJobs(emailIds: string[]) {
  const jobs = await sql<{ data: { emailId?: string; emailIds?: string[] } }>`
    select data from pgboss.job where name = ${queues.sendEmail}
      and (data->>'emailId' = any(${emailIds}::text[]) or data->'emailIds' ?| ${emailIds}::text[])`.execute(
    db,
  );
  return jobs.rows.map(({ data }) => data.emailIds ?? [data.emailId]);
}

describe('weekly digests in groups', () => {
  it('a group is composed in one transaction with one job that sends all its emails', async () => {
    const at = monday('2026-12-07');
    const group = readers.slice(0, 5).map((r) => r.id);
    expect(await deliverWeeklyDigests(db, group, at, links)).toEqual({ queued: 5 });
    const { rows, emails } = await weekly(group, weekOf(at));
    expect(rows.map((r) => r.userId).sort()).toEqual([...group].sort());
    expect(emails).toHaveLength(5);
    expect(rows.map((r) => r.emailId).sort()).toEqual(emails.map((e) => e.id).sort());
    const jobs = await sendJobs(emails.map((e) => e.id));
    expect(jobs).toHaveLength(1);
    expect([...(jobs[0] ?? [])].sort()).toEqual(emails.map((e) => e.id).sort());
  });

  it('a digest that fails takes only itself down; the retry sends it and nothing twice', async () => {
    const at = monday('2026-12-14');
    const week = weekOf(at);
    const group = readers.slice(5, 10).map((r) => r.id);
    const failing = group[2] as string;
    // A real failure in the database, half-way through the group: this user's row is refused.
    await sql`create function refuse_digest_row() returns trigger language plpgsql as $$
      begin
        if new.user_id = ${sql.lit(failing)}::uuid then raise exception 'disk penuh (uji)'; end if;
        return new;
      end $$`.execute(db);
    await sql`create trigger refuse_digest_row before insert on digest_deliveries
      for each row execute function refuse_digest_row()`.execute(db);
    try {
      await expect(deliverWeeklyDigests(db, group, at, links)).rejects.toThrow(
        /failed for 1 of 5 users: .*disk penuh/,
      );
    } finally {
      await sql`drop trigger refuse_digest_row on digest_deliveries`.execute(db);
      await sql`drop function refuse_digest_row()`.execute(db);
    }
    const others = group.filter((id) => id !== failing);
    const after = await weekly(group, week);
    // The others went out, each on its own; the failing one left neither a row nor an email.
    expect(after.rows.map((r) => r.userId).sort()).toEqual([...others].sort());
    expect(after.emails.map((e) => e.userId).sort()).toEqual([...others].sort());
    const jobs = await sendJobs(after.emails.map((e) => e.id));
    expect(jobs.flat().sort()).toEqual(after.emails.map((e) => e.id).sort());

    // pg-boss runs the job again: only the one that failed is composed now.
    expect(await deliverWeeklyDigests(db, group, at, links)).toEqual({ 'already-delivered': 4, queued: 1 });
    const retried = await weekly(group, week);
    expect(retried.rows.map((r) => r.userId).sort()).toEqual([...group].sort());
    expect(retried.emails.map((e) => e.userId).sort()).toEqual([...group].sort());
    expect((await sendJobs(retried.emails.map((e) => e.id))).flat()).toHaveLength(5);
  });

  it('a user already delivered is skipped in the group, the rest go out', async () => {
    const at = monday('2026-12-21');
    const group = readers.slice(10, 14).map((r) => r.id);
    expect(await deliverWeeklyDigest(db, group[1] as string, at, links)).toBe('queued');
    expect(await deliverWeeklyDigests(db, group, at, links)).toEqual({ queued: 3, 'already-delivered': 1 });
    const { rows, emails } = await weekly(group, weekOf(at));
    expect(rows).toHaveLength(4);
    expect(emails).toHaveLength(4);
  });

  it('a digest another worker put in the outbox meanwhile rolls the group back; each goes out once', async () => {
    const at = monday('2027-01-04');
    const week = weekOf(at);
    const group = readers.slice(14, 18).map((r) => r.id);
    const taken = group[3] as string;
    // Another worker's transaction committed this user's email after this one read the user:
    // the group's insert of the outbox rows finds its dedupe key taken.
    const [theirs] = await sql<{ id: string }>`
      insert into emails (dedupe_key, kind, user_id, to_address, language, subject, html, text_body)
      values (${`digest:${taken}:${week}`}, 'digest', ${taken}, 'pembaca17@tebo.uji', 'id', 'x', '<p>x</p>', 'x')
      returning id`
      .execute(db)
      .then((r) => r.rows);
    expect(await deliverWeeklyDigests(db, group, at, links)).toEqual({ queued: 3, 'already-delivered': 1 });
    const { rows, emails } = await weekly(group, week);
    // The three others, each once, each with its own job; the other worker's email is left to it.
    expect(rows.map((r) => r.userId).sort()).toEqual(group.filter((id) => id !== taken).sort());
    expect(emails).toHaveLength(4);
    const ours = emails.filter((e) => e.id !== theirs?.id).map((e) => e.id);
    expect(rows.map((r) => r.emailId).sort()).toEqual([...ours].sort());
    expect((await sendJobs(ours)).sort()).toEqual(ours.map((id) => [id]).sort());
    expect(await sendJobs([theirs?.id as string])).toEqual([]);
  });

  it('in a group, an inactive user gets nothing and the rest go out with one job', async () => {
    const at = monday('2027-01-11');
    const group = readers.slice(18, 22).map((r) => r.id);
    const gone = group[0] as string;
    await db.updateTable('users').set({ active: false }).where('id', '=', gone).execute();
    expect(await deliverWeeklyDigests(db, group, at, links)).toEqual({ 'no-user': 1, queued: 3 });
    const { rows, emails } = await weekly(group, weekOf(at));
    expect(rows.map((r) => r.userId).sort()).toEqual(group.slice(1).sort());
    expect(emails.map((e) => e.userId).sort()).toEqual(group.slice(1).sort());
    expect(await sendJobs(emails.map((e) => e.id))).toHaveLength(1);
  });

  it('the tick queues the due users in groups, in the order listed, each user once', async () => {
    const at = monday('2026-12-28');
    const due = await usersDueForWeeklyDigest(db, at);
    expect(due.length).toBeGreaterThan(DIGEST_GROUP); // the 30 readers and the test's own users
    const boss = new PgBoss({
      connectionString: api.database.url,
      schema: JOB_SCHEMA,
      migrate: false,
      supervise: false,
      schedule: false,
    });
    await boss.start();
    try {
      expect(await enqueueDueDigests(boss, db, at)).toBe(due.length);
    } finally {
      await boss.stop({ graceful: false });
    }
    const jobs = await sql<{ data: { userIds: string[] } }>`
      select data from pgboss.job where name = ${queues.digest} and data->>'at' = ${at.toISOString()}
      order by priority desc`.execute(db);
    const groups = jobs.rows.map((j) => j.data.userIds);
    expect(groups).toHaveLength(Math.ceil(due.length / DIGEST_GROUP));
    expect(groups.every((g) => g.length <= DIGEST_GROUP && g.length > 0)).toBe(true);
    expect(groups.flat()).toEqual(due);
  });
});
