import type { Database } from '@tindak/db';

// Who follows a commitment, to be told when its status changes.

export async function isFollowing(db: Database, commitmentId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('commitmentFollowers')
    .select('userId')
    .where('commitmentId', '=', commitmentId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function addFollower(db: Database, commitmentId: string, userId: string): Promise<void> {
  await db
    .insertInto('commitmentFollowers')
    .values({ commitmentId, userId })
    .onConflict((c) => c.columns(['commitmentId', 'userId']).doNothing())
    .execute();
}

export async function removeFollower(db: Database, commitmentId: string, userId: string): Promise<void> {
  await db
    .deleteFrom('commitmentFollowers')
    .where('commitmentId', '=', commitmentId)
    .where('userId', '=', userId)
    .execute();
}
