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
});
