import { type Kysely, sql } from 'kysely';

// Frozen in time: a proposal is raised and a commitment made on a day of their own, often the day of
// the meeting they came from, not the day a clerk typed them in. Rows recorded before this keep the
// earliest meeting's date (in its time zone) or, without one, the day they were recorded (WIB).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table proposals add column raised_on date`.execute(db);
  await sql`update proposals p set raised_on = coalesce(
      (select min((m.starts_at at time zone m.time_zone)::date) from proposal_meetings pm
        join meetings m on m.id = pm.meeting_id where pm.proposal_id = p.id),
      (p.created_at at time zone 'Asia/Jakarta')::date)`.execute(db);
  await sql`alter table proposals alter column raised_on set not null,
    alter column raised_on set default ((now() at time zone 'Asia/Jakarta')::date)`.execute(db);

  await sql`alter table commitments add column made_on date`.execute(db);
  await sql`update commitments c set made_on = coalesce(
      (select (m.starts_at at time zone m.time_zone)::date from meetings m where m.id = c.meeting_id),
      (c.created_at at time zone 'Asia/Jakarta')::date)`.execute(db);
  await sql`alter table commitments alter column made_on set not null,
    alter column made_on set default ((now() at time zone 'Asia/Jakarta')::date)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table commitments drop column made_on`.execute(db);
  await sql`alter table proposals drop column raised_on`.execute(db);
}
