import { type Kysely, sql } from 'kysely';

// Frozen in time: a meeting can follow an earlier one (Forum Perangkat Daerah 2024 → Rakornis 2025
// → the next Rakornis; an audiensi → its follow-up audiensi). The chain of follows_meeting_id is the
// series. That the followed meeting starts earlier (so the chain never loops) spans two rows and is
// checked by the service. meeting_carry_overs is the agenda section "Tindak lanjut rapat
// sebelumnya": the open records of earlier meetings chosen for this one, in order, each exactly one
// of a proposal, commitment, action item or directive; their status is read live when shown/printed.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table meetings
    add column follows_meeting_id uuid references meetings (id),
    add constraint meetings_follows_not_itself check (follows_meeting_id <> id)`.execute(db);
  await sql`create index meetings_follows_idx on meetings (follows_meeting_id) where follows_meeting_id is not null`.execute(
    db,
  );
  await sql`create table meeting_carry_overs (
    meeting_id uuid not null references meetings (id) on delete cascade,
    position integer not null check (position >= 0),
    proposal_id uuid references proposals (id),
    commitment_id uuid references commitments (id),
    action_item_id uuid references action_items (id),
    directive_id uuid references directives (id),
    note text check (note is null or length(note) <= 2000),
    primary key (meeting_id, position),
    constraint meeting_carry_overs_one_record
      check (num_nonnulls(proposal_id, commitment_id, action_item_id, directive_id) = 1)
  )`.execute(db);
  for (const column of ['proposal_id', 'commitment_id', 'action_item_id', 'directive_id']) {
    await sql`create unique index ${sql.raw(`meeting_carry_overs_${column}_uq`)}
      on meeting_carry_overs (meeting_id, ${sql.ref(column)}) where ${sql.ref(column)} is not null`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table meeting_carry_overs`.execute(db);
  await sql`alter table meetings drop constraint meetings_follows_not_itself, drop column follows_meeting_id`.execute(
    db,
  );
}
