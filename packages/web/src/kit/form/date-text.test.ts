import { describe, expect, it } from 'vitest';
import { formatDateText, maskTimeText, parseDateText, parseTimeText } from './date-text';

describe('dates typed the Indonesian way', () => {
  it.each([
    ['01/12/2026', '2026-12-01'],
    ['1/2/2026', '2026-02-01'],
    ['01-12-2026', '2026-12-01'],
    ['01.12.2026', '2026-12-01'],
    ['01122026', '2026-12-01'],
    ['2025-11-03', '2025-11-03'],
    [' 29/02/2024 ', '2024-02-29'],
  ])('reads %s as %s (day first)', (typed, iso) => {
    expect(parseDateText(typed)).toBe(iso);
  });

  it.each(['31/11/2026', '29/02/2025', '12/13/2026', '2026', '1/12/26', '', 'besok', '0'.repeat(50)])(
    'refuses %s',
    (typed) => {
      expect(parseDateText(typed)).toBeNull();
    },
  );

  it('shows an ISO date as dd/mm/yyyy', () => {
    expect(formatDateText('2026-12-01')).toBe('01/12/2026');
    expect(formatDateText('')).toBe('');
  });
});

describe('times on a 24-hour clock', () => {
  it.each([
    ['9', '09:00'],
    ['09', '09:00'],
    ['900', '09:00'],
    ['0930', '09:30'],
    ['9.30', '09:30'],
    ['14:05', '14:05'],
    ['23:59', '23:59'],
  ])('reads %s as %s', (typed, hhmm) => {
    expect(parseTimeText(typed)).toBe(hhmm);
  });

  it.each(['24:00', '12:60', '9:5', 'pagi', '', '123456'])('refuses %s', (typed) => {
    expect(parseTimeText(typed)).toBeNull();
  });

  it('puts the colon in when four digits are typed', () => {
    expect(maskTimeText('0930')).toBe('09:30');
    expect(maskTimeText('093')).toBe('093');
    expect(maskTimeText('09:30')).toBe('09:30');
  });
});
