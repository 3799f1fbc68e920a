import type { OutsideScope } from '@tindak/shared';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { type ScopedKind, visibleAmong } from '../repositories/scope';
import { diffLinks } from './id-sets';
import { notFound, scopeOf } from './scope';

/**
 * Links between records. A link may only be made to a record the caller may read (an id is not a
 * key: knowing it must not let anyone tie their record to another region's meeting), and a page
 * never shows the title of a linked record its reader may not read: it says "a record outside
 * your region" instead.
 */

/** Throws NOT_FOUND on the field of the first id the caller may not read. */
export async function requireReadableLinks(
  ctx: Context,
  kind: ScopedKind,
  ids: readonly string[],
  field: (index: number) => string,
): Promise<void> {
  const visible = await visibleAmong(ctx.db, kind, ids, scopeOf(ctx));
  ids.forEach((id, index) => {
    if (!visible.has(id)) throw new NotFoundError(notFound[kind], field(index));
  });
}

/** The records among `ids` the caller may read, in one query. */
export function readableAmong(ctx: Context, kind: ScopedKind, ids: readonly (string | null | undefined)[]) {
  return visibleAmong(
    ctx.db,
    kind,
    ids.filter((id): id is string => typeof id === 'string'),
    scopeOf(ctx),
  );
}

const outside: OutsideScope = { outsideScope: true };

type Shown<T> = (T & { outsideScope: false }) | OutsideScope;

/** A linked record as its reader may see it: itself, or only that it lies outside their region. */
export function shownLink<T extends { id: string }>(link: T, readable: ReadonlySet<string>): Shown<T>;
export function shownLink<T extends { id: string }>(
  link: T | null,
  readable: ReadonlySet<string>,
): Shown<T> | null;
export function shownLink<T extends { id: string }>(link: T | null, readable: ReadonlySet<string>) {
  if (!link) return null;
  return readable.has(link.id) ? { ...link, outsideScope: false } : outside;
}

type MeetingLink = { id: string; outsideScope: false } | OutsideScope;

/** Records (list rows) whose meeting link is shown only to readers who may read that meeting. */
export async function withReadableMeetings<T extends { meeting: MeetingLink | null }>(
  ctx: Context,
  records: T[],
): Promise<T[]> {
  const ids = records.map((r) => (r.meeting && !r.meeting.outsideScope ? r.meeting.id : null));
  const readable = await readableAmong(ctx, 'meeting', ids);
  return records.map((record, index) => {
    const id = ids[index];
    return id && !readable.has(id) ? { ...record, meeting: outside } : record;
  });
}

/*
 * Editing links. A new link must be to a record the caller may read; a stored link the caller may
 * not read was shown to them only as "outside your region", so a form that leaves it out does not
 * remove it: it stays as it was.
 */

/** What to add and remove to turn a record's stored links into the wanted ones. */
export async function relink(
  ctx: Context,
  kind: ScopedKind,
  stored: readonly string[],
  wanted: readonly string[],
  field: (id: string) => string,
): Promise<{ added: string[]; removed: string[] }> {
  const { added, removed } = diffLinks(stored, wanted);
  await requireReadableLinks(ctx, kind, added, (index) => field(added[index] ?? ''));
  const removable = await readableAmong(ctx, kind, removed);
  return { added, removed: removed.filter((id) => removable.has(id)) };
}

/** The one link a record keeps (a commitment's meeting or proposal): the wanted one, or the hidden one. */
export async function relinkOne(
  ctx: Context,
  kind: ScopedKind,
  stored: string | null,
  wanted: string | null,
  field: string,
): Promise<string | null> {
  if (wanted !== null) {
    if (wanted !== stored) await requireReadableLinks(ctx, kind, [wanted], () => field);
    return wanted;
  }
  if (stored === null) return null;
  return (await readableAmong(ctx, kind, [stored])).has(stored) ? null : stored;
}
