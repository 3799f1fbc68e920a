import { describe, expect, it } from 'vitest';
import { formatDateTime, isoToZonedWallTime, zonedWallTimeToIso } from '../src';

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
