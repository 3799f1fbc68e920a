import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { createUser, useTestApi } from './support';

/** Lists, summaries and search show a regency user only what involves their region. */
const api = useTestApi();
let kerinciStaff: SessionUser;

beforeAll(async () => {
  const office = async (name: string, regionCode: string) =>
    (await api.caller().organizations.create({ name, kind: 'diskominfo', regionCode })).id;
  const kerinci = await office('Diskominfo Kabupaten Kerinci', '15.01');
  const tebo = await office('Diskominfo Kabupaten Tebo', '15.09');
  for (const [host, region, name] of [
    [kerinci, '15.01', 'Kerinci'],
    [tebo, '15.09', 'Tebo'],
  ] as const) {
    const meeting = await api.caller().meetings.create({
      type: 'rakor',
      title: `Rakor Satu Data ${name}`,
      startsAt: '2026-01-05T09:00:00+07:00',
      endsAt: '2026-01-05T11:00:00+07:00',
      place: `Aula ${name}`,
      hostOrganizationId: host,
    });
    await api.caller().proposals.create({
      title: `Usulan Satu Data ${name}`,
      proposerOrganizationIds: [host],
      addressedToOrganizationId: host,
      meetingIds: [meeting.id],
    });
    await api.caller().commitments.create({
      title: `Komitmen Satu Data ${name}`,
      committedByOrganizationId: host,
      regionCodes: [region],
    });
    await api.caller().actionItems.create({
      title: `Tindak lanjut Satu Data ${name}`,
      meetingId: meeting.id,
      ownerOrganizationId: host,
      dueOn: '2030-01-31',
    });
  }
  kerinciStaff = await createUser(api, { role: 'staff', organizationId: kerinci });
});

describe('a regency user', () => {
  it('lists only records of their region, of every kind', async () => {
    const as = api.callerAs(kerinciStaff);
    const titles = [
      ...(await as.meetings.list({ limit: 100 })).items.map((m) => m.title),
      ...(await as.proposals.list({ limit: 100 })).items.map((p) => p.title),
      ...(await as.commitments.list({ limit: 100 })).items.map((c) => c.title),
      ...(await as.actionItems.list({ limit: 100 })).items.map((i) => i.title),
    ];
    expect(titles.sort()).toEqual(
      [
        'Komitmen Satu Data Kerinci',
        'Rakor Satu Data Kerinci',
        'Tindak lanjut Satu Data Kerinci',
        'Usulan Satu Data Kerinci',
      ].sort(),
    );
  });

  it('counts and finds only their region', async () => {
    const as = api.callerAs(kerinciStaff);
    expect((await as.actionItems.summary({ groupBy: 'region' })).map((g) => g.key)).toEqual(['15.01']);
    const found = await as.search.query({ q: 'satu data' });
    const all = [...found.meeting, ...found.proposal, ...found.commitment, ...found.actionItem].map(
      (h) => h.title,
    );
    expect(all).toHaveLength(4);
    expect(all.every((title) => title.endsWith('Kerinci'))).toBe(true);
  });
});
