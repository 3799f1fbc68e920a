import { describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../src/seed/demo';
import { useTestApi } from './support';

const api = useTestApi();

describe('demo data', () => {
  it('loads the five source meetings through the services, once', async () => {
    expect(await seedDemoIfEmpty(api.database.db)).toBe(true);
    expect(await seedDemoIfEmpty(api.database.db)).toBe(false);
    const page = await api.caller().meetings.list({ limit: 50 });
    expect(page.items.map((m) => [m.type, m.startsAt])).toEqual([
      ['audiensi', '2026-02-09T02:00:00.000Z'],
      ['rakornis', '2025-11-03T02:00:00.000Z'],
      ['audiensi', '2025-07-31T02:00:00.000Z'],
      ['forum', '2024-03-06T01:30:00.000Z'],
      ['pelatihan', '2022-08-01T01:00:00.000Z'],
    ]);
    const rakornis = page.items[1];
    // All 11 regencies/cities of Jambi took part, plus the province itself.
    expect(rakornis?.regions.filter((r) => r.code.startsWith('15.'))).toHaveLength(11);
    const events = await api.database.db
      .selectFrom('events')
      .select('eventType')
      .where('eventType', '=', 'MeetingLogged')
      .execute();
    expect(events).toHaveLength(5);
  });

  it('holds what came out of the meetings: the ToT proposal, Komdigi’s promise, Rakornis directives per regency', async () => {
    const proposals = await api.caller().proposals.list({ limit: 50 });
    expect(proposals.items.map((p) => p.title)).toContain(
      'Program Training of Trainers (ToT) Talent Digital bagi ASN daerah',
    );
    const komdigi = await api.database.db
      .selectFrom('organizations')
      .select('id')
      .where('name', 'like', 'Kementerian Komunikasi%')
      .executeTakeFirstOrThrow();
    const promises = await api
      .caller()
      .commitments.list({ committedByOrganizationId: komdigi.id, limit: 50 });
    expect(promises.items).toHaveLength(1);
    // One reply to both proposals of the audiensi (issue 19).
    const reply = await api.caller().commitments.get({ id: promises.items[0]?.id as string });
    expect(reply.proposals.map((p) => !p.outsideScope && p.title)).toEqual([
      'Penanganan blank spot di Kabupaten Kerinci, Merangin dan Bungo',
      'Program Training of Trainers (ToT) Talent Digital bagi ASN daerah',
    ]);
    const banyuasin = await api.caller().commitments.list({ regionCode: '16.07', limit: 50 });
    expect(banyuasin.items).toHaveLength(4);

    const items = await api.caller().actionItems.list({ limit: 100 });
    const dataCenter = items.items.filter((i) => i.title.startsWith('Pindahkan hosting'));
    expect(new Set(dataCenter.map((i) => i.region?.code))).toEqual(
      new Set([
        '15.01',
        '15.02',
        '15.03',
        '15.04',
        '15.05',
        '15.06',
        '15.07',
        '15.08',
        '15.09',
        '15.71',
        '15.72',
      ]),
    );
    const statuses = new Set(items.items.map((i) => i.status));
    for (const status of ['open', 'in_progress', 'awaiting_verification', 'done', 'blocked'])
      expect(statuses).toContain(status);
    const health = new Set(items.items.map((i) => i.health));
    for (const h of ['on_track', 'at_risk', 'overdue']) expect(health).toContain(h);

    const passedDown = await api.caller().actionItems.get({ id: dataCenter[0]?.id as string });
    expect(passedDown.chain).toHaveLength(2);
    expect(passedDown.chain[0]?.to.organization.name).toBe('Dinas Komunikasi dan Informatika Provinsi Jambi');
  });
});
