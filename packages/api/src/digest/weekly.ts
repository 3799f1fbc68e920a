import { type Database, queues } from '@tindak/db';
import { enqueue } from '../jobs/enqueue';
import { digestIsEmpty } from '../mail/content';
import type { AppLinks } from '../mail/links';
import { renderDigestMail } from '../mail/render';
import {
  listWeeklyDigestCandidates,
  recordWeeklyDeliveries,
  type WeeklyDelivery,
} from '../repositories/digest-delivery.repo';
import { insertEmails, type NewEmail } from '../repositories/email.repo';
import { composeDigest, composeScopeSections } from './compose';
import { isInWeek, isoWeekIn } from './period';
import { type DigestRecipient, loadWeeklyRecipients } from './reader';
import type { DigestSharing } from './shared';

/**
 * A user's digest for the week containing `at`, rendered but not sent. The in-app preview reads
 * everything afresh; the worker passes `sharing`, which reads and renders the scope sections, and
 * the item sections of readers who see their region's items, once per region (see ./shared).
 */
export async function previewDigest(
  db: Database,
  recipient: DigestRecipient,
  at: Date,
  links: AppLinks,
  sharing?: DigestSharing,
) {
  const period = isoWeekIn(at, recipient.timeZone);
  const scope = sharing
    ? await sharing.scope(
        `${recipient.scopeRegion ?? '*'}|${recipient.timeZone}|${period.today}`,
        recipient.timeZone,
        () => composeScopeSections(db, recipient, period, links, sharing.items),
      )
    : undefined;
  const content = await composeDigest(
    db,
    recipient,
    period,
    links,
    recipient.scopeName,
    scope?.sections,
    sharing?.items,
  );
  const rendered = await renderDigestMail(
    {
      recipient: { name: recipient.displayName, language: recipient.language, timeZone: recipient.timeZone },
      content,
      appUrl: links.app,
      settingsUrl: links.settings,
    },
    scope && sharing ? { scope: await scope.fragment(recipient.language), rows: sharing.rows } : undefined,
  );
  return { period, content, rendered, empty: digestIsEmpty(content) };
}

export type WeeklyOutcome =
  | 'queued'
  | 'queued-late'
  | 'empty'
  | 'already-delivered'
  | 'past-week'
  | 'no-user';

/** Thrown to roll back a digest found delivered by another worker while this one composed it. */
class DeliveredMeanwhile extends Error {}

/**
 * The weekly digest for one user, exactly once per ISO week. Composing, queueing the email and
 * recording the (user, week) row happen in one transaction: a worker that dies half-way leaves
 * nothing behind. Whoever comes second (retry, duplicate job, another worker) stops at the first
 * read when the row is there; if two compose at once, the second's insert waits for the first to
 * commit, finds the row (or the email, by its dedupe key) and rolls back.
 *
 * `at` is the tick's instant: the digest is the one of `at`'s week, late if `at` is after that
 * week's Monday. `runAt` is when the job actually runs, on the tick's clock (digest-thread.ts):
 * a job that waited into the next week (the worker died and came back then) sends nothing, since a
 * past week's digest is never sent once the next week began.
 */
export async function deliverWeeklyDigest(
  db: Database,
  userId: string,
  at: Date,
  links: AppLinks,
  sharing?: DigestSharing,
  runAt: Date = at,
): Promise<WeeklyOutcome> {
  try {
    return await db.transaction().execute(async (trx) => {
      const { outcomes, emailIds } = await recordWeeklyDigests(trx, [userId], at, links, sharing, runAt);
      const [emailId] = emailIds;
      if (emailId) await enqueue(trx, queues.sendEmail, { emailId });
      return outcomes[0] ?? 'no-user';
    });
  } catch (error) {
    if (error instanceof DeliveredMeanwhile) return 'already-delivered';
    throw error;
  }
}

/** How many of a group's digests ended each way (the job's result, in the worker's log). */
export type WeeklyTally = Partial<Record<WeeklyOutcome, number>>;

/**
 * The weekly digests of a group of users (the tick queues a region's readers in groups of
 * DIGEST_GROUP), each exactly once per ISO week as deliverWeeklyDigest does it alone, in one
 * transaction with one job that sends all their emails. A job, its fetch and its completion cost
 * the database as much as composing a digest did (pg-boss indexes each job fifteen ways), and a
 * commit per digest was the rest: the group pays them once.
 *
 * If any digest of the group fails, or another worker delivers one meanwhile, the group's
 * transaction rolls back and each digest is then delivered on its own, in its own transaction, as
 * one job would: the others go out, and the job fails and is retried for the one that failed (the
 * others are found delivered then). Nothing is written twice and nothing half.
 */
export async function deliverWeeklyDigests(
  db: Database,
  userIds: readonly string[],
  at: Date,
  links: AppLinks,
  sharing?: DigestSharing,
  runAt: Date = at,
): Promise<WeeklyTally> {
  const tally: WeeklyTally = {};
  const count = (outcome: WeeklyOutcome) => {
    tally[outcome] = (tally[outcome] ?? 0) + 1;
  };
  const [only] = userIds;
  if (userIds.length === 1 && only) {
    count(await deliverWeeklyDigest(db, only, at, links, sharing, runAt));
    return tally;
  }
  try {
    const outcomes = await db.transaction().execute(async (trx) => {
      const { outcomes, emailIds } = await recordWeeklyDigests(trx, userIds, at, links, sharing, runAt);
      if (emailIds.length > 0) await enqueue(trx, queues.sendEmail, { emailIds });
      return outcomes;
    });
    for (const outcome of outcomes) count(outcome);
    return tally;
  } catch {
    // One by one: whatever failed the group fails only its own digest (thrown below, so the job is retried).
  }
  const failed: string[] = [];
  let firstError: unknown;
  for (const userId of userIds) {
    try {
      count(await deliverWeeklyDigest(db, userId, at, links, sharing, runAt));
    } catch (error) {
      failed.push(userId);
      firstError ??= error;
    }
  }
  if (failed.length > 0) {
    const reason = (firstError as Error)?.message ?? String(firstError);
    throw new Error(`weekly digest failed for ${failed.length} of ${userIds.length} users: ${reason}`, {
      cause: firstError,
    });
  }
  return tally;
}

/** A digest composed and rendered, to be written with the others of its group. */
type Composed =
  | { outcome: 'already-delivered' | 'past-week' | 'no-user' }
  | {
      outcome: 'queued' | 'queued-late' | 'empty';
      delivery: Omit<WeeklyDelivery, 'emailId'>;
      mail: NewEmail | null;
    };

/**
 * Users' digests in the caller's transaction: read, composed, their emails put in the outbox (the
 * caller enqueues their sending) and their (user, week) rows recorded, each of those in one
 * statement for all of them. The outcomes are in the order of `userIds`. Throws DeliveredMeanwhile
 * when another worker recorded any of them first (the caller rolls back).
 */
async function recordWeeklyDigests(
  trx: Database,
  userIds: readonly string[],
  at: Date,
  links: AppLinks,
  sharing: DigestSharing | undefined,
  runAt: Date,
): Promise<{ outcomes: WeeklyOutcome[]; emailIds: string[] }> {
  const recipients = await loadWeeklyRecipients(trx, userIds, at);
  const composed: Composed[] = [];
  for (const userId of userIds) {
    composed.push(await composeWeeklyDigest(trx, recipients.get(userId), at, links, sharing, runAt));
  }
  const mails = composed.flatMap((c) => ('mail' in c && c.mail ? [c.mail] : []));
  const ids = await insertEmails(trx, mails);
  if (ids.size !== mails.length) throw new DeliveredMeanwhile();
  const deliveries = composed.flatMap((c) =>
    'delivery' in c ? [{ ...c.delivery, emailId: c.mail ? (ids.get(c.mail.dedupeKey) ?? null) : null }] : [],
  );
  const recorded = await recordWeeklyDeliveries(trx, deliveries);
  if (recorded.length !== deliveries.length) throw new DeliveredMeanwhile();
  return {
    outcomes: composed.map((c) => c.outcome),
    emailIds: mails.flatMap((mail) => ids.get(mail.dedupeKey) ?? []),
  };
}

/** One user's digest, composed and rendered, or why there is none to write. */
async function composeWeeklyDigest(
  trx: Database,
  recipient: (DigestRecipient & { weeklyDelivered: boolean }) | undefined,
  at: Date,
  links: AppLinks,
  sharing: DigestSharing | undefined,
  runAt: Date,
): Promise<Composed> {
  if (!recipient) return { outcome: 'no-user' };
  if (recipient.weeklyDelivered) return { outcome: 'already-delivered' };
  const period = isoWeekIn(at, recipient.timeZone);
  // Asked of the period (kept per zone), not by reckoning each job's own instant's week anew.
  if (!isInWeek(period, runAt)) return { outcome: 'past-week' };
  const { rendered, empty, content } = await previewDigest(trx, recipient, at, links, sharing);
  const late = !!content.lateSince;
  const delivery = {
    userId: recipient.id,
    week: period.week,
    status: empty ? 'empty' : 'queued',
    late,
  } as const;
  if (empty) return { outcome: 'empty', delivery, mail: null };
  const mail: NewEmail = {
    dedupeKey: `digest:${recipient.id}:${period.week}`,
    kind: 'digest',
    userId: recipient.id,
    to: recipient.email,
    language: recipient.language,
    rendered,
    sensitive: false,
  };
  return { outcome: late ? 'queued-late' : 'queued', delivery, mail };
}

/**
 * Users whose Monday 07:00 has come this ISO week in their own time zone and who have no digest
 * row for the week yet. A worker that was down at 07:00 catches up at its next tick: later that
 * Monday on time, on a later day of the week late (digest-delivery.repo). Listed by scope
 * region, time zone, office and language, so that readers who share their region's sections, and
 * an office's staff who share its part of their lists, come together.
 */
export async function usersDueForWeeklyDigest(db: Database, at: Date): Promise<string[]> {
  return listWeeklyDigestCandidates(db, at);
}
