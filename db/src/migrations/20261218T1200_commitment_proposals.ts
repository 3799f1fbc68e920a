import { type Kysely, sql } from 'kysely';

// Frozen in time: one promise can answer several proposals (Komdigi's one reply to both the ToT and
// the blank-spot proposals, issue 19). The links live in commitment_proposals, in the order given;
// commitments.proposal_id stays as the FIRST of them (null without any), kept in step by the
// service, so readers of one proposal (older events, the bench data, exports) keep working. The
// join table is the truth for "which proposals does it answer" and "which promises answer this".
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table commitment_proposals (
    commitment_id uuid not null references commitments (id) on delete cascade,
    proposal_id uuid not null references proposals (id),
    position integer not null check (position >= 0),
    primary key (commitment_id, proposal_id),
    constraint commitment_proposals_position_uq unique (commitment_id, position)
  )`.execute(db);
  // "Which promises answer this proposal": the proposal page and the list filter.
  await sql`create index commitment_proposals_proposal_idx on commitment_proposals (proposal_id, commitment_id)`.execute(
    db,
  );
  await sql`insert into commitment_proposals (commitment_id, proposal_id, position)
    select id, proposal_id, 0 from commitments where proposal_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  // proposal_id already holds the first link of each commitment; the others are lost.
  await sql`drop table commitment_proposals`.execute(db);
}
