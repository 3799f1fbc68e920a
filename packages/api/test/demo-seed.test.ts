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

    // Banyuasin's one agreement with APJII and the three providers (issue 19), each partner's
    // promise linked to it and shown under its party.
    const agreements = await api.caller().agreements.list({ limit: 50 });
    expect(agreements.items).toHaveLength(1);
    const agreement = await api.caller().agreements.get({ id: agreements.items[0]?.id as string });
    expect(agreement).toMatchObject({
      kind: 'kesepakatan',
      status: 'signed',
      signedOn: '2025-07-31',
      signedPlace: 'Palembang',
      meeting: { outsideScope: false, title: expect.stringContaining('Audiensi Pemkab Banyuasin') },
      commitments: { total: 4 },
    });
    expect(agreement.scopeItems).toHaveLength(5);
    expect(agreement.partyDetails.map((p) => [p.organization.name, p.commitments.length])).toEqual([
      ['Pemerintah Kabupaten Banyuasin', 0],
      ['Asosiasi Penyelenggara Jasa Internet Indonesia', 1],
      ['PT Jala Nusa Telematika', 1],
      ['PT Satata Neka Tama', 1],
      ['PT Djaya Sampoerna Net', 1],
    ]);
    for (const promise of banyuasin.items) {
      const detail = await api.caller().commitments.get({ id: promise.id });
      expect(detail.agreement).toMatchObject({ id: agreement.id, outsideScope: false });
    }

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

    // A directive's item goes straight to its office, handed by the province (issue 19).
    const handed = await api.caller().actionItems.get({ id: dataCenter[0]?.id as string });
    expect(handed.chain).toHaveLength(1);
    expect(handed.chain[0]?.from.organization?.name).toBe('Dinas Komunikasi dan Informatika Provinsi Jambi');
    expect(handed.chain[0]?.to.organization.name).toBe(dataCenter[0]?.ownerOrganization.name);
  });

  it('issues the two Rakornis 2025 directives to the 11 regencies/cities, one item each (issue 19)', async () => {
    const { items: directives } = await api.caller().directives.list({ limit: 10 });
    expect(directives.map((d) => d.title).sort()).toEqual([
      'Pindahkan hosting aplikasi dan data ke Data Center Provinsi Jambi',
      'Susun rencana aksi kenaikan indeks SPBE 2026',
    ]);
    for (const summary of directives) {
      const directive = await api.caller().directives.get({ id: summary.id });
      expect(directive.issuedBy.organization.name).toBe('Dinas Komunikasi dan Informatika Provinsi Jambi');
      expect(directive.issuedBy.person?.name).toContain('Ariansyah');
      expect(directive.meeting).toMatchObject({ outsideScope: false });
      expect(directive.status).toBe('open');
      expect(directive.offices).toHaveLength(11);
      expect(new Set(directive.offices.map((o) => o.region?.code)).size).toBe(11);
      // Walked to their demo stages: some done, some awaiting verification, some overdue.
      expect(directive.counts.total).toBe(11);
      expect(directive.counts.done).toBeGreaterThan(0);
      expect(directive.counts.awaiting).toBeGreaterThan(0);
      expect(directive.counts.overdue).toBeGreaterThan(0);
      const events = await api.database.db
        .selectFrom('events')
        .select('eventType')
        .where('aggregateId', '=', summary.id)
        .execute();
      expect(events.map((e) => e.eventType)).toEqual(['DirectiveIssued']);
    }
  });

  it('puts the Rakornis 2025 in a series after the Forum Perangkat Daerah 2024 (issue 19)', async () => {
    const page = await api.caller().meetings.list({ type: 'rakornis', limit: 50 });
    const rakornis = page.items.find((m) => m.title.includes('Rakornis') && m.startsAt.startsWith('2025'));
    const series = await api.caller().meetingSeries.get({ meetingId: rakornis?.id as string });
    expect(series.meetings.map((m) => [m.type, m.startsAt])).toEqual([
      ['forum', '2024-03-06T01:30:00.000Z'],
      ['rakornis', '2025-11-03T02:00:00.000Z'],
    ]);
    expect(series.previous?.title).toBe('Forum Perangkat Daerah Dinas Kominfo Provinsi Jambi 2024');
    const events = await api.database.db
      .selectFrom('events')
      .select('eventType')
      .where('aggregateId', '=', rakornis?.id as string)
      .where('eventType', '=', 'MeetingSeriesLinked')
      .execute();
    expect(events).toHaveLength(1);
    // What a next Rakornis would be offered: the Rakornis' own open directives, among them.
    const { items } = await api
      .caller()
      .meetingSeries.carryOverCandidates({ followsMeetingId: rakornis?.id as string });
    // Each open directive is one line with its spread, not its 11 offices' items.
    const hosting = items.filter((i) => i.title.startsWith('Pindahkan hosting'));
    expect(hosting.map((i) => [i.kind, i.spread?.total])).toEqual([['directive', 11]]);
    expect(items.filter((i) => i.kind === 'directive')).toHaveLength(2);
    expect(items.every((i) => i.open)).toBe(true);
  });

  it('gives Diskominfo Provinsi Jambi its kop surat on F4 paper (issue 19)', async () => {
    const page = await api
      .caller()
      .organizations.directory({ q: 'Komunikasi dan Informatika Provinsi Jambi' });
    const jambi = page.items.find((o) => o.name === 'Dinas Komunikasi dan Informatika Provinsi Jambi');
    expect(jambi?.letterhead).toMatchObject({ paperSize: 'F4', government: 'PEMERINTAH PROVINSI JAMBI' });
    expect(jambi?.letterhead?.address).toContain('Jambi');
  });
});
