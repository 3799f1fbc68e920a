import { type ActionItemListRow, todayIn } from '@tindak/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { directiveSpreads } from '../src/services/directive-spread';
import { createUser, useTestApi } from './support';
import { insertDirective } from './support/directives';
import { makeOffice, meetingInput } from './support/fixtures';

/** The follow-up list shows a directive once, with its spread, and expands to its offices' items. */
const api = useTestApi();
const today = todayIn();
const inDays = (n: number) => {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

const hosting = 'Pindahkan hosting aplikasi dan data ke Data Center Provinsi Jambi';
const spbe = 'Percepat penilaian mandiri SPBE';
let hostingId: string;
let spbeId: string;
let kerinciStaff: SessionUser;
const offices: Record<string, string> = {};

beforeAll(async () => {
  const province = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  for (const [name, code] of [
    ['Kerinci', '15.01'],
    ['Merangin', '15.02'],
    ['Tebo', '15.09'],
    ['Kota Jambi', '15.71'],
  ] as const) {
    offices[name] = (await makeOffice(api, `Diskominfo ${name}`, code)).id;
  }
  const meeting = await api.caller().meetings.create(meetingInput(province));
  // Three ordinary items, due in 1, 3 and 20 days.
  for (const [title, days] of [
    ['Susun peta jalan', 1],
    ['Kirim data', 3],
    ['Evaluasi', 20],
  ] as const) {
    await api.caller().actionItems.create({
      title,
      meetingId: meeting.id,
      ownerOrganizationId: offices.Tebo as string,
      dueOn: inDays(days),
    });
  }
  hostingId = (
    await insertDirective(api, {
      title: hosting,
      issuedBy: province,
      meetingId: meeting.id,
      dueOn: inDays(10),
      shares: [
        { officeId: offices.Kerinci as string, status: 'done' },
        { officeId: offices.Merangin as string, dueOn: inDays(-2) },
        { officeId: offices.Tebo as string, dueOn: inDays(2), status: 'in_progress' },
        { officeId: offices['Kota Jambi'] as string, status: 'awaiting_verification' },
      ],
    })
  ).id;
  spbeId = (
    await insertDirective(api, {
      title: spbe,
      issuedBy: province,
      dueOn: inDays(5),
      shares: [{ officeId: offices.Kerinci as string }, { officeId: offices.Tebo as string }],
    })
  ).id;
  kerinciStaff = await createUser(api, { role: 'staff', organizationId: offices.Kerinci as string });
});

const label = (row: ActionItemListRow) =>
  row.directiveSpread ? `arahan:${row.directiveSpread.title}` : row.title;

async function walk(input: Record<string, unknown>, limit: number, caller = api.caller()) {
  const rows: ActionItemListRow[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: ActionItemListRow[]; nextCursor: string | null } = await caller.actionItems.list({
      ...input,
      limit,
      cursor,
    });
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

describe('actionItems.list grouped by directive', () => {
  it('names the directive on each of its items, and lists them all when not grouped', async () => {
    const { items } = await api.caller().actionItems.list({ limit: 100 });
    expect(items).toHaveLength(9);
    expect(items.filter((i) => i.directive?.id === hostingId)).toHaveLength(4);
    expect(items.find((i) => i.title === 'Evaluasi')?.directive).toBeNull();
    expect(items.some((i) => i.directiveSpread)).toBe(false);
  });

  it('shows each directive once, at its first item, with the spread of its items', async () => {
    const { items } = await api.caller().actionItems.list({ limit: 100, groupDirectives: true });
    expect(items.map(label)).toEqual([
      `arahan:${hosting}`, // Merangin's, two days overdue
      'Susun peta jalan',
      'Kirim data',
      `arahan:${spbe}`,
      'Evaluasi',
    ]);
    expect(items[0]?.directiveSpread).toEqual({
      id: hostingId,
      title: hosting,
      dueOn: inDays(10),
      total: 4,
      done: 1,
      cancelled: 0,
      inProgress: 1,
      awaitingVerification: 1,
      open: 1,
      overdue: 1,
    });
    expect(items[3]?.directiveSpread).toMatchObject({ id: spbeId, total: 2, open: 2, overdue: 0 });
  });

  it('pages by the same keyset, each directive on one page only, in either order', async () => {
    const all = (await api.caller().actionItems.list({ limit: 100, groupDirectives: true })).items;
    for (const limit of [1, 2, 3]) {
      expect((await walk({ groupDirectives: true }, limit)).map((r) => r.id)).toEqual(all.map((r) => r.id));
    }
    const newest = (
      await api.caller().actionItems.list({ limit: 100, sort: 'newest', groupDirectives: true })
    ).items;
    expect(newest).toHaveLength(5);
    expect((await walk({ groupDirectives: true, sort: 'newest' }, 2)).map((r) => r.id)).toEqual(
      newest.map((r) => r.id),
    );
  });

  it('lets filters reach each office’s item and counts only what matches', async () => {
    const working = await api.caller().actionItems.list({
      limit: 100,
      groupDirectives: true,
      status: ['open', 'in_progress'],
    });
    const row = working.items.find((r) => r.directive?.id === hostingId);
    expect(row?.directiveSpread).toMatchObject({ total: 2, inProgress: 1, open: 1, done: 0 });
    // One matching item is that item, labelled with its directive: a spread of one says nothing more.
    const overdue = await api
      .caller()
      .actionItems.list({ limit: 100, groupDirectives: true, overdueOnly: true });
    expect(overdue.items).toHaveLength(1);
    expect(overdue.items[0]).toMatchObject({ directive: { id: hostingId }, region: { code: '15.02' } });
    expect(overdue.items[0]?.directiveSpread).toBeUndefined();
    const tebo = await api
      .caller()
      .actionItems.list({ limit: 100, groupDirectives: true, regionCode: '15.09' });
    expect(tebo.items.map((r) => r.title)).toEqual([
      'Susun peta jalan',
      hosting,
      'Kirim data',
      spbe,
      'Evaluasi',
    ]);
    expect(tebo.items.some((r) => r.directiveSpread)).toBe(false);
  });

  it('expands a directive to its offices’ items with directiveId, grouped or not', async () => {
    for (const groupDirectives of [false, true]) {
      const { items } = await api
        .caller()
        .actionItems.list({ limit: 100, directiveId: hostingId, groupDirectives });
      // By deadline; Kerinci and Kota Jambi share one, so their order is their ids'.
      expect(items.map((i) => i.region?.code).slice(0, 2)).toEqual(['15.02', '15.09']);
      expect(items.map((i) => i.region?.code).sort()).toEqual(['15.01', '15.02', '15.09', '15.71']);
    }
  });
});

describe('a regency user', () => {
  it('sees their own office’s item of a directive, never the other regencies’ counts', async () => {
    const { items } = await api
      .callerAs(kerinciStaff)
      .actionItems.list({ limit: 100, groupDirectives: true });
    expect(items.map((i) => i.title).sort()).toEqual([hosting, spbe].sort());
    expect(items.every((i) => i.region?.code === '15.01' && !i.directiveSpread)).toBe(true);
    const spreads = await directiveSpreads(
      api.database.db,
      [hostingId, spbeId],
      { scopeRegion: '15.01' },
      today,
    );
    expect(spreads.get(hostingId)).toMatchObject({ total: 1, done: 1, overdue: 0 });
    expect(spreads.get(spbeId)).toMatchObject({ total: 1, open: 1 });
  });

  it('expands a directive to nothing beyond their region', async () => {
    const { items } = await api
      .callerAs(kerinciStaff)
      .actionItems.list({ limit: 100, directiveId: hostingId });
    expect(items.map((i) => i.region?.code)).toEqual(['15.01']);
  });
});
