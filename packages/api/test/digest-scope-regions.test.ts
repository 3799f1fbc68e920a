import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { isoWeekIn } from '../src/digest/period';
import {
  datedScopeRowsByRegion,
  listDigestScopeRows,
  proposalsAwaitingByRegion,
} from '../src/repositories/digest-scope.repo';
import { seedDemoIfEmpty } from '../src/seed/demo';
import { useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';

const api = useTestApi();
const DAY = 24 * 60 * 60 * 1000;
// Next week's digest: what the demo data was given today is "last week" there.
const period = isoWeekIn(new Date(Date.now() + 7 * DAY), 'Asia/Jakarta');
const query = {
  timeZone: 'Asia/Jakarta',
  today: period.today,
  weekStart: period.weekStart,
  weekEnd: period.weekEnd,
  lastWeekStart: period.lastWeekStart,
};

beforeAll(async () => {
  await seedDemoIfEmpty(api.database.db);
  // Meetings in the digest's coming two weeks, hosted in two regencies and a city.
  const inDays = (days: number, hour: number) =>
    new Date(Date.parse(`${period.today}T00:00:00+07:00`) + days * DAY + hour * 3_600_000).toISOString();
  for (const [name, code, days] of [
    ['Diskominfo Kabupaten Sarolangun', '15.03', 1],
    ['Diskominfo Kota Sungai Penuh', '15.72', 3],
    ['Diskominfo Kabupaten Tebo', '15.09', 9],
  ] as const) {
    const office = await makeOffice(api, name, code);
    const meeting = await api.caller().meetings.create(
      meetingInput(office.id, {
        title: `Rapat ${name}`,
        startsAt: inDays(days, 2),
        endsAt: inDays(days, 4),
      }),
    );
    // Awaiting a decision: one seen through its proposer, one through the Rakornis all regencies attended.
    const rakornis = (await api.caller().meetings.list({ limit: 50 })).items.find(
      (m) => m.type === 'rakornis',
    );
    for (const meetingId of [meeting.id, rakornis?.id ?? meeting.id]) {
      await api.caller().proposals.create({
        title: `Usulan ${name}`,
        proposerOrganizationIds: [office.id],
        addressedToOrganizationId: office.id,
        meetingIds: [meetingId],
        submit: true,
      });
    }
  }
});

describe("the weekly digest's scope sections for every region at once", () => {
  it('are, region by region, what each region reads on its own', async () => {
    const regions = await sql<{ code: string }>`select code from regions order by code`.execute(
      api.database.db,
    );
    const dated = await datedScopeRowsByRegion(api.database.db, query);
    const proposals = await proposalsAwaitingByRegion(api.database.db);
    const nonEmpty = { commitments: 0, proposals: 0, meetings: 0 };
    for (const { code } of regions.rows) {
      const alone = await listDigestScopeRows(api.database.db, { ...query, scopeRegion: code });
      const { commitments = [], meetings = [] } = dated.get(code) ?? {};
      const together = { commitments, proposals: proposals.get(code) ?? [], meetings };
      expect({ code, ...together }).toEqual({ code, ...alone });
      for (const section of ['commitments', 'proposals', 'meetings'] as const) {
        if (alone[section].length > 0) nonEmpty[section] += 1;
      }
    }
    // The comparison means something: each section has rows in several regions.
    expect(nonEmpty.commitments).toBeGreaterThan(1);
    expect(nonEmpty.proposals).toBeGreaterThan(1);
    expect(nonEmpty.meetings).toBeGreaterThan(1);
  });
});
