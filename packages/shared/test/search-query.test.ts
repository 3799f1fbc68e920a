import { describe, expect, it } from 'vitest';
import { searchQueries } from '../src/schemas/search';

const toPrefixQuery = (text: string) => searchQueries(text)?.prefix ?? null;

describe('searchQueries', () => {
  it('keeps the words before the last whole and lets the last be the start of a word', () => {
    expect(toPrefixQuery('Talenta  Digi')).toBe('talenta & digi:*');
    expect(toPrefixQuery('spbe')).toBe('spbe:*');
  });

  it('folds accents and case and keeps only letters and digits, so the query is always valid', () => {
    expect(toPrefixQuery("Pérangkat 'Daerah' & | ! (2025)")).toBe('perangkat & daerah & 2025:*');
    expect(toPrefixQuery(' ,.;:!? ')).toBeNull();
  });

  it('gives the same words whole, for the first lookup', () => {
    expect(searchQueries('Talenta  Digi')).toEqual({ whole: 'talenta & digi', prefix: 'talenta & digi:*' });
    expect(searchQueries("Pérangkat 'Daerah'")?.whole).toBe('perangkat & daerah');
    expect(searchQueries(' ,.;:!? ')).toBeNull();
  });

  it('takes at most eight words', () => {
    expect(toPrefixQuery('a b c d e f g h i j')).toBe('a & b & c & d & e & f & g & h:*');
  });
});
