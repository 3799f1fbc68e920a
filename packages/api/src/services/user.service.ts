import type { Database } from '@tindak/db';
import {
  type AggregatePayloadInput,
  type EventTypeOf,
  mayChangeAccount,
  regionInScope,
  type UserListOutput,
  type UserView,
  type userInviteInput,
  type userListInput,
  type userUpdateInput,
} from '@tindak/shared';
import { z } from 'zod';
import { INVITE_LIMIT, issueToken } from '../auth/account.service';
import { queueAccountLinkMail } from '../auth/account-mail';
import { withinRateLimit } from '../auth/rate-limit';
import { revokeCalendarFeeds } from '../calendar/calendar.service';
import type { Context, SessionUser } from '../context';
import { BadRequestError, ConflictError, DomainError, isUniqueViolation, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { findAccountMailTarget } from '../repositories/account.repo';
import { findOrganization } from '../repositories/organization.repo';
import { findPerson } from '../repositories/person.repo';
import { revokeUserSessions } from '../repositories/session.repo';
import { findUserView, listUserViews, lockUser, updateAccount } from '../repositories/user.repo';
import { createAccount, keepPersonInStep } from './account-person';
import { actorOf } from './authority';
import { cursorCodec, cursorId, cursorText } from './cursor';
import { scopeOf } from './scope';

/** Where a page of users ended: the last row's sort key, (office name, display name, id). */
const userCursor = cursorCodec(
  z
    .tuple([cursorText, cursorText, cursorId])
    .transform(([orgName, displayName, id]) => ({ orgName, displayName, id })),
);

/**
 * One page of users in (office name, display name, id) order; the id breaks ties between
 * namesakes in one office, so a page boundary never skips or repeats anyone.
 *
 * `q` matches part of the name or email, ignoring case and accents (`tindak_search_text`). No
 * trigram index covers users: even nationally there are at most some 20,000 of them, and a
 * sequential scan with a LIKE over that many short rows, then a top-N sort, takes a few ms.
 */
export async function listUsers(
  ctx: Context,
  input: z.output<typeof userListInput>,
): Promise<UserListOutput> {
  const cursor = input.cursor ? userCursor.decode(input.cursor) : null;
  const rows = await listUserViews(ctx.db, {
    scopeRegion: scopeOf(ctx),
    q: input.q?.trim(),
    after: cursor,
    limit: input.limit + 1,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > input.limit && last
      ? userCursor.encode([last.organization.name, last.displayName, last.id])
      : null;
  return { items, nextCursor };
}

async function getUser(ctx: Context, id: string): Promise<UserView> {
  const user = await findUserView(ctx.db, scopeOf(ctx), id);
  if (!user) throw new NotFoundError('userNotFound', 'id');
  return user;
}

/**
 * Whether an office lies in the admin's own scope. An admin of a province office manages accounts
 * in that province only: they cannot place anyone (themselves included) in another province, or
 * in an office without a region, which sees the whole country.
 */
async function officeInScope(db: Database, ctx: Context, officeId: string): Promise<boolean> {
  const office = await findOrganization(db, officeId);
  return office !== undefined && regionInScope(scopeOf(ctx), office.regionCode);
}

/** Outside the scope reads as not found, like every record elsewhere. */
async function requireOfficeInScope(db: Database, ctx: Context, officeId: string) {
  if (!(await officeInScope(db, ctx, officeId)))
    throw new NotFoundError('organizationNotFound', 'organizationId');
}

export async function inviteUser(ctx: Context, input: z.output<typeof userInviteInput>) {
  const bucket = `invite:${ctx.user?.id ?? ctx.client.ip}`;
  if (!(await withinRateLimit(ctx.db, bucket, INVITE_LIMIT.perAdmin, INVITE_LIMIT.windowSeconds))) {
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      'tooManyAttempts',
      undefined,
      undefined,
      INVITE_LIMIT.windowSeconds / 60,
    );
  }
  await requireOfficeInScope(ctx.db, ctx, input.organizationId);
  if (input.personId) {
    const person = await findPerson(ctx.db, input.personId);
    // Someone of another province is not found, like every record outside the admin's scope.
    if (!person || (person.regionCode !== null && !regionInScope(scopeOf(ctx), person.regionCode)))
      throw new NotFoundError('personNotFound', 'personId');
  }
  try {
    const { id, link } = await ctx.db.transaction().execute(async (trx) => {
      const scoped = { ...ctx, db: trx };
      const user = {
        id: (
          await createAccount(trx, ctx.actor, {
            email: input.email,
            displayName: input.displayName,
            role: input.role,
            organizationId: input.organizationId,
            personId: input.personId,
            language: input.language,
          })
        ).userId,
      };
      const link = await issueToken(scoped, user.id, 'invite');
      await queueAccountLinkMail(
        trx,
        await findAccountMailTarget(trx, user.id),
        'invite',
        link,
        ctx.user?.displayName ?? null,
      );
      await recordEvent(trx, ctx.actor, {
        aggregateType: 'user',
        aggregateId: user.id,
        eventType: 'UserInvited',
        payload: { role: input.role, organizationId: input.organizationId },
      });
      return { id: user.id, link };
    });
    return { user: await getUser(ctx, id), link };
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_uq')) throw new ConflictError('emailTaken', undefined, 'email');
    throw error;
  }
}

export async function updateUser(ctx: Context, admin: SessionUser, input: z.output<typeof userUpdateInput>) {
  const outcome = await ctx.db
    .transaction()
    .execute(async (trx) => {
      const before = await lockUser(trx, input.id);
      if (!before || !(await officeInScope(trx, ctx, before.organizationId))) {
        throw new NotFoundError('userNotFound', 'id');
      }
      if (before.version !== input.version) return 'stale' as const;
      // An admin's own role, active state and office (which sets their scope) are another admin's to change.
      const target = { ...before, role: before.role };
      if (!mayChangeAccount({ ...actorOf(admin), userId: admin.id }, target, input)) {
        const field =
          input.organizationId !== before.organizationId
            ? 'organizationId'
            : input.role !== before.role
              ? 'role'
              : 'active';
        throw new BadRequestError('cannotChangeOwnAccount', field);
      }
      await requireOfficeInScope(trx, ctx, input.organizationId);
      await updateAccount(trx, input.id, {
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        organizationId: input.organizationId,
        active: input.active,
      });
      await keepPersonInStep(trx, ctx.actor, { userId: input.id, personId: before.personId }, before, input);
      const event = <T extends EventTypeOf<'user'>>(
        eventType: T,
        payload: AggregatePayloadInput<'user', T>,
      ) => recordEvent(trx, ctx.actor, { aggregateType: 'user', aggregateId: input.id, eventType, payload });
      if (before.role !== input.role || before.organizationId !== input.organizationId) {
        await event('RoleChanged', {
          role: { from: before.role, to: input.role },
          organizationId: { from: before.organizationId, to: input.organizationId },
        });
      }
      if (before.active && !input.active) {
        await revokeUserSessions(trx, input.id);
        await revokeCalendarFeeds(trx, ctx.actor, input.id, 'deactivated');
        await event('UserDeactivated', {});
      } else if (!before.active && input.active) {
        await event('UserReactivated', {});
      }
      if (input.email && before.email.toLowerCase() !== input.email) {
        // Whoever is signed in under the old address is signed out; the new one signs in afresh.
        await revokeUserSessions(trx, input.id);
        await event('EmailChanged', {});
      }
      if (before.displayName !== input.displayName)
        await event('UserRenamed', { from: before.displayName, to: input.displayName });
      return 'ok' as const;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error, 'users_email_uq'))
        throw new ConflictError('emailTaken', undefined, 'email');
      throw error;
    });
  if (outcome === 'stale') throw new ConflictError('staleVersion', await getUser(ctx, input.id), 'version');
  return getUser(ctx, input.id);
}

/**
 * Sends a fresh invitation to someone who has not set a password yet: the old link stops working,
 * a new one is mailed (and handed to the admin, as at the first invitation).
 */
export async function resendInvitation(ctx: Context, id: string) {
  const bucket = `invite:${ctx.user?.id ?? ctx.client.ip}`;
  if (!(await withinRateLimit(ctx.db, bucket, INVITE_LIMIT.perAdmin, INVITE_LIMIT.windowSeconds))) {
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      'tooManyAttempts',
      undefined,
      undefined,
      INVITE_LIMIT.windowSeconds / 60,
    );
  }
  const link = await ctx.db.transaction().execute(async (trx) => {
    const user = await lockUser(trx, id);
    // The new link is handed to the admin, so only for an account they manage.
    if (!user || !(await officeInScope(trx, ctx, user.organizationId))) {
      throw new NotFoundError('userNotFound', 'id');
    }
    if (!user.active || user.passwordHash !== null) throw new BadRequestError('invitationNotPending', 'id');
    const link = await issueToken({ ...ctx, db: trx }, id, 'invite');
    await queueAccountLinkMail(
      trx,
      await findAccountMailTarget(trx, id),
      'invite',
      link,
      ctx.user?.displayName ?? null,
    );
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'user',
      aggregateId: id,
      eventType: 'InvitationResent',
      payload: {},
    });
    return link;
  });
  return { user: await getUser(ctx, id), link };
}
