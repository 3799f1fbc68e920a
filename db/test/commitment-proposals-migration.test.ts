import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { expect, inject, it } from 'vitest';
import { migrations } from '../src/migrations';
import { createTestDatabase } from '../src/testing';

const MIGRATION = '20261218T1200_commitment_proposals';

/**
 * Commitments recorded when a promise could answer one proposal: that proposal becomes its first
 * (and only) link, and `proposal_id` stays as it was for readers of one proposal.
 */
it('turns each existing proposal link into the first row of commitment_proposals', async () => {
  const test = await createTestDatabase(inject('dbServerUrl'), inject('dbTemplate'));
  const { db } = test;
  try {
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const names = Object.keys(migrations);
    expect((await migrator.migrateTo(names[names.indexOf(MIGRATION) - 1] ?? '')).error).toBeUndefined();

    const one = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db)).rows[0] as T;
    const komdigi = await one<{ id: string }>(sql`insert into organizations (name, kind)
      values ('Kementerian Komunikasi dan Digital', 'ministry') returning id`);
    const proposal = await one<{
      id: string;
    }>(sql`insert into proposals (title, addressed_to_organization_id, status)
      values ('Penanganan blank spot', ${komdigi.id}, 'accepted') returning id`);
    const commitment = (title: string, proposalId: string | null) =>
      one<{ id: string }>(sql`insert into commitments (title, committed_by_organization_id, proposal_id)
        values (${title}, ${komdigi.id}, ${proposalId}) returning id`);
    const answering = await commitment('Jambi daerah prioritas', proposal.id);
    await commitment('Tanpa usulan', null);

    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    const links = await sql<{ commitmentId: string; proposalId: string; position: number }>`
      select commitment_id as "commitmentId", proposal_id as "proposalId", position
      from commitment_proposals`.execute(db);
    expect(links.rows).toEqual([{ commitmentId: answering.id, proposalId: proposal.id, position: 0 }]);
    const kept = await one<{ proposalId: string }>(
      sql`select proposal_id as "proposalId" from commitments where id = ${answering.id}`,
    );
    expect(kept.proposalId).toBe(proposal.id);
    // The same proposal twice, or two at one position, cannot be stored.
    await expect(
      sql`insert into commitment_proposals values (${answering.id}, ${proposal.id}, 1)`.execute(db),
    ).rejects.toMatchObject({ code: '23505' });
  } finally {
    await test.drop();
  }
});
