import type { Database } from '@tindak/db';
import type { CalendarFeedCreated, CalendarFeedStatus } from '@tindak/shared';
import { newToken, tokenHash } from '../auth/tokens';
import type { Actor, Context } from '../context';
import { systemContext } from '../context';
import { DomainError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import {
  findActiveFeed,
  findFeedUser,
  insertFeed,
  listOwnedDueItems,
  revokeFeeds,
} from '../repositories/calendar-feed.repo';
import { findMeetingSummary } from '../repositories/meeting.repo';
import { listMeetings } from '../services/meeting.service';
import { requireVisible } from '../services/scope';
import { type CalendarEvent, renderCalendar } from './ical';

/** The feed covers the recent past and the coming year: enough for a calendar, bounded in size. */
const PAST_DAYS = 90;
const FUTURE_DAYS = 365;
const MAX_MEETINGS = 2000;

function signedIn(ctx: Context) {
  if (!ctx.user) throw new DomainError('UNAUTHORIZED', 'notSignedIn');
  return ctx.user;
}

export function feedUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/api/kalender/${token}.ics`;
}

export async function feedStatus(ctx: Context): Promise<CalendarFeedStatus> {
  const feed = await findActiveFeed(ctx.db, signedIn(ctx).id);
  return feed ? { createdAt: feed.createdAt.toISOString() } : null;
}

/** A new token replaces the old one, which stops working at once. */
export async function createFeed(ctx: Context): Promise<CalendarFeedCreated> {
  const user = signedIn(ctx);
  const token = newToken();
  const row = await ctx.db.transaction().execute(async (tx) => {
    await revokeFeeds(tx, user.id);
    return insertFeed(tx, user.id, tokenHash(token));
  });
  return { url: feedUrl(ctx.publicUrl, token), createdAt: row.createdAt.toISOString() };
}

export async function revokeFeed(ctx: Context): Promise<void> {
  await revokeFeeds(ctx.db, signedIn(ctx).id);
}

/**
 * Revokes a user's feed as part of a change to their account (a password reset, a deactivation),
 * in that change's transaction: the feed's link is a credential too, and must not outlive it.
 */
export async function revokeCalendarFeeds(
  trx: Database,
  actor: Actor,
  userId: string,
  reason: 'passwordReset' | 'deactivated',
): Promise<void> {
  if ((await revokeFeeds(trx, userId)) === 0) return;
  await recordEvent(trx, actor, {
    aggregateType: 'user',
    aggregateId: userId,
    eventType: 'CalendarFeedRevoked',
    payload: { reason },
  });
}

function meetingEvent(
  publicUrl: string,
  meeting: {
    id: string;
    title: string;
    startsAt: string;
    endsAt: string;
    place: string | null;
    onlineUrl: string | null;
    status: string;
  },
): CalendarEvent {
  return {
    uid: `rapat-${meeting.id}@tindak`,
    summary: meeting.title,
    start: new Date(meeting.startsAt),
    end: new Date(meeting.endsAt),
    location: meeting.place ?? meeting.onlineUrl,
    url: `${publicUrl.replace(/\/$/, '')}/rapat/${meeting.id}`,
    cancelled: meeting.status === 'cancelled',
  };
}

/**
 * The feed behind a token: meetings in the user's scope and due dates of items they own; null for
 * an unknown or revoked token.
 */
export async function renderFeed(base: Context, token: string): Promise<string | null> {
  const user = await findFeedUser(base.db, tokenHash(token));
  if (!user) return null;
  const ctx: Context = {
    ...systemContext(base.db, base.publicUrl),
    lang: user.language,
    actor: { id: user.id },
    user,
  };
  const now = Date.now();
  const from = new Date(now - PAST_DAYS * 86_400_000);
  const to = new Date(now + FUTURE_DAYS * 86_400_000);
  const events: CalendarEvent[] = [];
  let cursor: string | null = null;
  do {
    const page = await listMeetings(ctx, {
      limit: 100,
      cursor,
      from: from.toISOString(),
      to: to.toISOString(),
    });
    events.push(...page.items.map((m) => meetingEvent(ctx.publicUrl, m)));
    cursor = page.nextCursor;
  } while (cursor && events.length < MAX_MEETINGS);
  const prefix = user.language === 'en' ? 'Due' : 'Tenggat';
  const items = await listOwnedDueItems(
    ctx.db,
    user,
    from.toISOString().slice(0, 10),
    to.toISOString().slice(0, 10),
  );
  for (const item of items) {
    events.push({
      // The item's id alone: an extended deadline moves the same event.
      uid: `tenggat-${item.id}@tindak`,
      summary: `${prefix}: ${item.title}`,
      day: item.dueOn,
      url: `${ctx.publicUrl.replace(/\/$/, '')}/tindak-lanjut/${item.id}`,
    });
  }
  return renderCalendar('Tindak', events);
}

/** One meeting as an .ics file; a meeting outside the caller's scope does not exist. */
export async function renderMeeting(ctx: Context, id: string): Promise<string> {
  await requireVisible(ctx, 'meeting', id);
  const meeting = await findMeetingSummary(ctx.db, id);
  if (!meeting) throw new NotFoundError('meetingNotFound', 'id');
  return renderCalendar(meeting.title, [meetingEvent(ctx.publicUrl, meeting)]);
}
