import { describe, expect, it } from 'vitest';
import { formatDateTime, isoToZonedWallTime, todayIn, zonedWallTimeToIso } from '../src';

describe('formatDateTime', () => {
  it('writes the Rakornis opening the Indonesian way, in WIB', () => {
    expect(formatDateTime('2025-11-03T02:00:00.000Z', 'id')).toBe('Senin, 3 November 2025 09.00 WIB');
  });

  it('writes English with a colon and the same zone', () => {
    expect(formatDateTime('2025-11-03T02:00:00.000Z', 'en')).toBe('Monday, 3 November 2025 09:00 WIB');
  });

  it('shows WITA and WIT for eastern zones', () => {
    expect(formatDateTime('2025-11-03T02:00:00.000Z', 'id', 'Asia/Makassar')).toBe(
      'Senin, 3 November 2025 10.00 WITA',
    );
    expect(formatDateTime('2025-11-03T02:00:00.000Z', 'id', 'Asia/Jayapura')).toBe(
      'Senin, 3 November 2025 11.00 WIT',
    );
  });
});

describe('wall-clock conversion', () => {
  it('reads a typed local time in its zone and back', () => {
    const iso = zonedWallTimeToIso('2026-02-09T09:00', 'Asia/Jakarta');
    expect(iso).toBe('2026-02-09T02:00:00.000Z');
    expect(isoToZonedWallTime(iso, 'Asia/Jakarta')).toBe('2026-02-09T09:00');
    expect(isoToZonedWallTime(iso, 'Asia/Makassar')).toBe('2026-02-09T10:00');
  });
});

describe('todayIn', () => {
  it('turns the date at midnight in the zone, asked minute after minute and zone after zone', () => {
    // 16:59 and 17:00 UTC are 23:59 and 00:00 in Jakarta (UTC+7), 00:59 and 01:00 in Jayapura.
    const before = new Date('2025-11-02T16:59:30Z');
    const after = new Date('2025-11-02T17:00:00Z');
    expect(todayIn('Asia/Jakarta', before)).toBe('2025-11-02');
    expect(todayIn('Asia/Jakarta', before)).toBe('2025-11-02');
    expect(todayIn('Asia/Jayapura', before)).toBe('2025-11-03');
    expect(todayIn('Asia/Jakarta', after)).toBe('2025-11-03');
    expect(todayIn('Asia/Jakarta', before)).toBe('2025-11-02');
    expect(todayIn('Asia/Kathmandu', new Date('2025-11-02T18:14:59Z'))).toBe('2025-11-02');
    expect(todayIn('Asia/Kathmandu', new Date('2025-11-02T18:15:00Z'))).toBe('2025-11-03');
  });
});
