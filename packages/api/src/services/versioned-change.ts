import type { Database } from '@tindak/db';
import type { MessageKey } from '@tindak/shared';
import type { Context } from '../context';
import { ConflictError, NotFoundError } from '../errors';
import type { ScopedKind } from '../repositories/scope';
import { notFound, requireVisible } from './scope';

const STALE = Symbol('stale');

/** A record whose visibility is not one of the shared scoped kinds (a directive): its own check. */
export interface OwnVisibility {
  /** Throws NOT_FOUND unless the caller sees the record. */
  requireVisible: (scoped: Context, id: string) => Promise<void>;
  notFound: MessageKey;
}

export interface VersionedChange<Row extends { version: number }, View> {
  kind: ScopedKind | OwnVisibility;
  /** Reads the row FOR UPDATE, so concurrent changes to it queue up behind this transaction. */
  lock: (db: Database, id: string) => Promise<Row | undefined>;
  /** The record as the caller sees it: returned after the change, and sent with a CONFLICT. */
  read: (ctx: Context, id: string) => Promise<View>;
  /**
   * Throws unless the caller may make this change to the locked row (write authority is decided
   * by ownership, not by visibility: see `authority.ts` in @tindak/shared).
   */
  authorize: (scoped: Context, row: Row) => Promise<void> | void;
}

/**
 * One change to one record, in one transaction: it must be visible to the caller (NOT_FOUND
 * otherwise), theirs to change (FORBIDDEN otherwise), still at the version they saw (CONFLICT with
 * the current state otherwise); then `work` changes it and records its event. Every check runs
 * before anything is written, and a refusal rolls the whole transaction back.
 */
export async function changeVersioned<Row extends { version: number }, View>(
  ctx: Context,
  input: { id: string; version: number },
  record: VersionedChange<Row, View>,
  work: (scoped: Context, row: Row) => Promise<void>,
): Promise<View> {
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const scoped = { ...ctx, db: trx };
    const kind = record.kind;
    if (typeof kind === 'string') await requireVisible(scoped, kind, input.id);
    else await kind.requireVisible(scoped, input.id);
    const row = await record.lock(trx, input.id);
    if (!row) throw new NotFoundError(typeof kind === 'string' ? notFound[kind] : kind.notFound, 'id');
    await record.authorize(scoped, row);
    if (row.version !== input.version) return STALE;
    await work(scoped, row);
    return undefined;
  });
  if (outcome === STALE) throw new ConflictError('staleVersion', await record.read(ctx, input.id), 'version');
  return record.read(ctx, input.id);
}
