import type { Database } from '@tindak/db';
import { DomainError } from '../errors';
import { clearHits, countHit, readBucket, takeBackHit } from '../repositories/rate-limit.repo';

/**
 * Only failed sign-ins count. A whole office signs in from one NAT address every morning, so an
 * address is stopped only after many failures; one account from one address is locked after a
 * few; and an account guessed at from many addresses is slowed down, never locked, so its owner
 * can still get in from their own address.
 */
export const SIGN_IN_LIMIT = {
  windowSeconds: 15 * 60,
  /** Wrong passwords for one account from one address before that pair is locked. */
  perPair: 5,
  /** Wrong passwords from one address, whatever the accounts: room for a whole office. */
  perAddress: 100,
  /** Wrong passwords for one account from anywhere before each next try has to wait. */
  slowDownAfter: 10,
  /** The first wait; it doubles with every further failure, up to the longest. */
  firstWaitSeconds: 5,
  longestWaitSeconds: 60,
};

/** How long an account's next try waits after its `failures`-th failure in the window. */
export function signInWaitSeconds(failures: number): number {
  const { slowDownAfter, firstWaitSeconds, longestWaitSeconds } = SIGN_IN_LIMIT;
  if (failures < slowDownAfter) return 0;
  return Math.min(firstWaitSeconds * 2 ** (failures - slowDownAfter), longestWaitSeconds);
}

export interface SignInAttempt {
  failed(): Promise<void>;
  succeeded(): Promise<void>;
}

function lockedFor(secondsLeft: number): DomainError {
  const minutes = Math.max(1, Math.ceil(secondsLeft / 60));
  return new DomainError('TOO_MANY_REQUESTS', 'tooManyAttempts', undefined, undefined, minutes);
}

/**
 * Lets a sign-in attempt through, or refuses it with TOO_MANY_REQUESTS saying how long to wait.
 * The pair's and the address's counters take the attempt before the password is checked, so a
 * burst of parallel guesses cannot all slip under the limit; the outcome then settles them (a
 * success clears the pair and gives the address its hit back). A refused attempt is not a failure:
 * it checked no password.
 */
export async function admitSignIn(db: Database, email: string, address: string): Promise<SignInAttempt> {
  const { windowSeconds } = SIGN_IN_LIMIT;
  const buckets = {
    account: `sign-in:email:${email}`,
    pair: `sign-in:pair:${email}:${address}`,
    address: `sign-in:ip:${address}`,
  };
  const account = await readBucket(db, buckets.account, windowSeconds);
  const wait = signInWaitSeconds(account.hits) - (account.secondsSinceLast ?? Number.POSITIVE_INFINITY);
  if (wait > 0) {
    throw new DomainError('TOO_MANY_REQUESTS', 'signInSlowedDown', undefined, undefined, Math.ceil(wait));
  }
  const pair = await countHit(db, buckets.pair, windowSeconds);
  if (pair.hits > SIGN_IN_LIMIT.perPair) {
    await takeBackHit(db, buckets.pair);
    throw lockedFor(pair.secondsLeft);
  }
  const fromAddress = await countHit(db, buckets.address, windowSeconds);
  if (fromAddress.hits > SIGN_IN_LIMIT.perAddress) {
    await Promise.all([takeBackHit(db, buckets.pair), takeBackHit(db, buckets.address)]);
    throw lockedFor(fromAddress.secondsLeft);
  }
  return {
    failed: async () => {
      await countHit(db, buckets.account, windowSeconds);
    },
    succeeded: async () => {
      await Promise.all([clearHits(db, buckets.pair), takeBackHit(db, buckets.address)]);
    },
  };
}
