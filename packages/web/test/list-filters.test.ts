import { describe, expect, it } from 'vitest';
import { endOfDayIso, meetingFilters, startOfDayIso } from '../src/meetings/list/list-filters';

describe('list filters', () => {
  it('reads a WIB calendar day as the instants it covers', () => {
    expect(startOfDayIso('2025-11-03')).toBe('2025-11-02T17:00:00.000Z');
    expect(endOfDayIso('2025-11-03')).toBe('2025-11-03T16:59:59.999Z');
    // Month and year ends roll over.
    expect(endOfDayIso('2025-12-31')).toBe('2025-12-31T16:59:59.999Z');
  });

  it('ignores what a hand-edited address got wrong instead of failing the page', () => {
    const filters = meetingFilters.read(
      new URLSearchParams('jenis=rapat-besar&dari=kemarin&sampai=2025-11-30&wilayah=15.01'),
    );
    expect(filters).toEqual({ type: undefined, from: undefined, to: '2025-11-30', region: '15.01' });
  });

  it('writes filters as Indonesian parameters and drops cleared ones', () => {
    const params = meetingFilters.write(new URLSearchParams('jenis=forum&lain=1'), {
      type: undefined,
      from: '2024-03-01',
    });
    expect(params.toString()).toBe('lain=1&dari=2024-03-01');
  });
});
