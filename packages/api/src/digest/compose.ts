import type { Database } from '@tindak/db';
import { isSpread, type Role } from '@tindak/shared';
import { addDays, format, parseISO } from 'date-fns';
import type { DigestContent, DigestItem, DigestRegionRow, NotificationFacts } from '../mail/content';
import type { AppLinks } from '../mail/links';
import { byUrgency } from '../mail/templates/describe-notification';
import {
  DIGEST_SECTION_ROWS,
  type DigestWeek,
  digestItemLists,
  type ItemRow,
  listWeeklyNotifications,
  type OfficeShare,
  OPEN_STATUSES,
  officeItemShare,
  completionByRegion as regionCompletion,
  totalOf,
} from '../repositories/digest-items.repo';
import {
  type DigestScopeQuery,
  type DigestScopeRows,
  datedScopeRowsByRegion,
  listDigestScopeRows,
  proposalsAwaitingByRegion,
} from '../repositories/digest-scope.repo';
import { directiveSpreads } from '../services/directive-spread';
import { composeIndicatorSection } from './indicators';
import { type DigestPeriod, weeklyDigestDueAt, weeklyDigestIsLate } from './period';

/** The reader of a digest: what they see (scope) and what concerns them (role, office). */
export interface DigestReader {
  id: string;
  role: Role;
  organizationId: string;
  personId: string | null;
  scopeRegion: string | null;
  timeZone: string;
}

/** The sections that depend only on the reader's scope and time zone, not on who they are. */
export type ScopeSections = Pick<
  DigestContent,
  'commitments' | 'proposalsAwaitingDecision' | 'upcomingMeetings' | 'scopeMore' | 'indicators'
>;

/**
 * Commitments changed last week, proposals awaiting a decision, meetings of the coming two weeks
 * and indicators (recorded last week, off target now), as everyone with this scope region and time
 * zone sees them.
 */
export async function composeScopeSections(
  db: Database,
  reader: Pick<DigestReader, 'scopeRegion' | 'timeZone'>,
  period: DigestPeriod,
  links: AppLinks,
  share?: ShareRead,
): Promise<ScopeSections> {
  const { today, weekStart, weekEnd, lastWeekStart } = period;
  const query = { timeZone: reader.timeZone, today, weekStart, weekEnd, lastWeekStart };
  const region = reader.scopeRegion;
  // The worker reads every region's at once (one statement per section instead of three per region).
  const { commitments, proposals, meetings } =
    share && region !== null
      ? await everyRegionsRows(db, query, share, region)
      : await listDigestScopeRows(db, { ...query, scopeRegion: region });
  const indicators = await composeIndicatorSection(
    db,
    { scopeRegion: reader.scopeRegion, timeZone: reader.timeZone, lastWeekStart, weekStart },
    links,
  );
  return {
    commitments: commitments.map(({ id, total: _t, ...c }) => ({ ...c, url: links.commitment(id) })),
    proposalsAwaitingDecision: proposals.map(({ id, total: _t, ...p }) => ({
      ...p,
      url: links.proposal(id),
    })),
    upcomingMeetings: meetings.map(({ id, total: _t, ...m }) => ({ ...m, url: links.meeting(id) })),
    scopeMore: {
      commitments: { total: totalOf(commitments), url: links.list('commitments', {}) },
      // The app lists proposals only per meeting: the count stands alone.
      proposals: { total: totalOf(proposals), url: null },
      meetings: {
        total: totalOf(meetings),
        url: links.list('meetings', {
          dari: today,
          sampai: format(addDays(parseISO(weekEnd), 7), 'yyyy-MM-dd'),
        }),
      },
    },
    indicators,
  };
}

/** A region's scope rows from every region's, read once for all (the proposals once for every time zone). */
async function everyRegionsRows(
  db: Database,
  query: Omit<DigestScopeQuery, 'scopeRegion'>,
  share: ShareRead,
  region: string,
): Promise<DigestScopeRows> {
  const dated = await share(`scope-rows|${query.timeZone}|${query.today}`, () =>
    datedScopeRowsByRegion(db, query),
  );
  const proposals = await share('scope-proposals', () => proposalsAwaitingByRegion(db));
  const { commitments = [], meetings = [] } = dated.get(region) ?? {};
  return { commitments, proposals: proposals.get(region) ?? [], meetings };
}

/**
 * How each listed row reads: an item as itself, a directive's first item as the directive with its
 * spread in the reader's scope ("arahan ke 11 instansi: 8 selesai, 2 terlambat"), linked to its page.
 * A directive of which the reader sees one item stays that item: a spread of one says nothing more.
 */
async function directiveLines(
  db: Database,
  reader: DigestReader,
  today: string,
  links: AppLinks,
  rows: ItemRow[],
): Promise<(row: ItemRow) => DigestItem> {
  const ids = rows.flatMap((row) => (row.directiveId ? [row.directiveId] : []));
  const spreads =
    ids.length > 0 ? await directiveSpreads(db, ids, { scopeRegion: reader.scopeRegion }, today) : new Map();
  return ({ directiveId, ...row }) => {
    const spread = directiveId ? spreads.get(directiveId) : undefined;
    if (!spread || !isSpread(spread)) return { ...row, url: links.item(row.id) };
    return {
      ...row,
      title: spread.title,
      url: links.directive(spread.id),
      directive: { offices: spread.total, done: spread.done, overdue: spread.overdue },
    };
  };
}

/** What a digest says of the reader's action items: three lists with their totals. */
export interface ItemSections {
  overdue: DigestContent['overdue'];
  dueThisWeek: DigestItem[];
  resolvedLastWeek: DigestItem[];
  totals: { overdue: number; due: number; resolved: number };
}

/**
 * Reads once what is the same for every reader of one scope region (or office) and week (the key
 * says which read it is; a key always names the same kind of value).
 */
export type ShareRead = <T>(key: string, read: () => Promise<T>) => Promise<T>;

/**
 * The reader's item sections and, for a head, the table by region. Staff get their own items and
 * their office's unassigned ones; every other role gets its scope region's, the same for all of
 * them. With `share`, the worker reads a region's lists once (a province's lists are its thousands
 * of items, read before for each of its heads and viewers), and an office's part of its staff's.
 */
async function composeItemSections(
  db: Database,
  reader: DigestReader,
  week: DigestWeek,
  links: AppLinks,
  share?: ShareRead,
): Promise<ItemSections & { completionByRegion: DigestRegionRow[] | null }> {
  if (reader.role === 'staff') {
    // Their own items and their office's unassigned ones, the office's part read once for all its staff.
    const office = share
      ? await share(`office-items|${reader.organizationId}|${week.timeZone}|${week.today}`, () =>
          officeItemShare(db, reader.organizationId, week),
        )
      : undefined;
    return { ...(await readItemSections(db, reader, week, links, office)), completionByRegion: null };
  }
  const key = `${reader.scopeRegion ?? '*'}|${week.timeZone}|${week.today}`;
  const once = <T>(what: string, read: () => Promise<T>) => (share ? share(`${what}|${key}`, read) : read());
  const [items, completionByRegion] = await Promise.all([
    once('items', () => readItemSections(db, reader, week, links)),
    reader.role === 'head' ? once('completion', () => regionCompletion(db, reader, week)) : null,
  ]);
  return { ...items, completionByRegion };
}

async function readItemSections(
  db: Database,
  reader: DigestReader,
  week: DigestWeek,
  links: AppLinks,
  office?: OfficeShare,
): Promise<ItemSections> {
  const {
    overdue: overdueList,
    due: dueList,
    resolved: resolvedList,
  } = await digestItemLists(db, reader, week, office);
  const toItem = await directiveLines(db, reader, week.today, links, [
    ...overdueList.rows,
    ...dueList.rows,
    ...resolvedList.rows,
  ]);
  const overdue: DigestContent['overdue'] = [];
  for (const row of overdueList.rows) {
    const item = toItem(row);
    const directives = !!item.directive;
    let group = overdue.find((g) =>
      directives ? g.directives : g.officeName === row.officeName && !g.directives,
    );
    if (!group) {
      group = directives
        ? { officeName: '', items: [], directives }
        : { officeName: row.officeName, items: [] };
      overdue.push(group);
    }
    group.items.push(item);
  }
  return {
    overdue,
    dueThisWeek: dueList.rows.map(toItem),
    resolvedLastWeek: resolvedList.rows.map(toItem),
    totals: { overdue: overdueList.total, due: dueList.total, resolved: resolvedList.total },
  };
}

/**
 * Everything one reader's weekly digest says, for the week that contains `period.today`. The scope
 * sections are read here unless given (the worker reads them once per region and time zone), and
 * so are the item sections of readers who see their region's (`share`, ditto).
 */
export async function composeDigest(
  db: Database,
  reader: DigestReader,
  period: DigestPeriod,
  links: AppLinks,
  scopeName: string,
  scope?: ScopeSections,
  share?: ShareRead,
): Promise<DigestContent> {
  const { today, weekStart, weekEnd, lastWeekStart } = period;
  const tz = reader.timeZone;

  // One week, one set of list conditions: the lists, the summary line (their totals) and the
  // heads' table by region count the same items.
  const week = { today, weekStart, weekEnd, lastWeekStart, timeZone: tz };
  const items = await composeItemSections(db, reader, week, links, share);

  const { commitments, proposalsAwaitingDecision, upcomingMeetings, scopeMore, indicators } =
    scope ?? (await composeScopeSections(db, reader, period, links));
  // The list in the app that holds each section in full; staff's lists are their office's.
  const mine: Record<string, string> = reader.role === 'staff' ? { instansi: reader.organizationId } : {};

  // The most urgent of the week's notifications, as many as a list shows; the first hundred are
  // enough to choose them from (a week rarely has that many), the count is of all. Up to the
  // week's Monday, also when the digest is late: the days after are next week's digest's.
  const notificationRows = await listWeeklyNotifications(db, reader.id, {
    timeZone: tz,
    lastWeekStart,
    today: weekStart,
  });
  const notifications = byUrgency(notificationRows.map((n) => n.data as unknown as NotificationFacts)).slice(
    0,
    DIGEST_SECTION_ROWS,
  );

  return {
    week: period.week,
    weekStart,
    weekEnd,
    lateSince: weeklyDigestIsLate(period) ? weeklyDigestDueAt(period, tz).toISOString() : null,
    scopeName,
    role: reader.role,
    overdue: items.overdue,
    dueThisWeek: items.dueThisWeek,
    resolvedLastWeek: items.resolvedLastWeek,
    commitments,
    proposalsAwaitingDecision,
    upcomingMeetings,
    more: {
      overdue: { total: items.totals.overdue, url: links.list('actionItems', { ...mine, terlambat: 'ya' }) },
      dueThisWeek: {
        total: items.totals.due,
        url: links.list('actionItems', {
          ...mine,
          status: [...OPEN_STATUSES],
          'tenggat-dari': today,
          'tenggat-sampai': weekEnd,
        }),
      },
      resolvedLastWeek: {
        total: items.totals.resolved,
        url: links.list('actionItems', { ...mine, status: 'done', urut: 'terbaru' }),
      },
      notifications: { total: totalOf(notificationRows), url: links.settings },
    },
    scopeMore,
    indicators,
    completionByRegion: items.completionByRegion,
    notifications,
  };
}
