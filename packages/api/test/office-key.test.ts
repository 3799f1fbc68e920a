import { describe, expect, it } from 'vitest';
import { keyOffice, matchOffice, officeKey, regionIndex } from '../src/services/table-import/office-key';

const regions = regionIndex([
  { code: '15', name: 'Provinsi Jambi' },
  { code: '15.01', name: 'Kabupaten Kerinci' },
  { code: '15.05', name: 'Kabupaten Muaro Jambi' },
  { code: '15.07', name: 'KABUPATEN TANJUNG JABUNG TIMUR' },
  { code: '15.08', name: 'Kabupaten Bungo' },
  { code: '15.71', name: 'Kota Jambi' },
]);

const offices = [
  {
    id: 'bungo',
    name: 'Dinas Komunikasi dan Informatika Kabupaten Bungo',
    shortName: null,
    regionCode: '15.08',
  },
  {
    id: 'tanjabtim',
    name: 'Dinas Komunikasi dan Informatika Kabupaten Tanjung Jabung Timur',
    shortName: null,
    regionCode: '15.07',
  },
  {
    id: 'prov',
    name: 'Dinas Komunikasi dan Informatika Provinsi Jambi',
    shortName: 'Diskominfo Prov. Jambi',
    regionCode: '15',
  },
  { id: 'kota', name: 'Dinas Komunikasi dan Informatika Kota Jambi', shortName: null, regionCode: '15.71' },
  { id: 'setda-bungo', name: 'Sekretariat Daerah Kabupaten Bungo', shortName: null, regionCode: '15.08' },
  { id: 'pemkab-bungo', name: 'Pemerintah Kabupaten Bungo', shortName: null, regionCode: '15.08' },
  {
    id: 'bappeda-bungo',
    name: 'Badan Perencanaan Pembangunan Daerah Kabupaten Bungo',
    shortName: null,
    regionCode: '15.08',
  },
].map((o) => keyOffice(o, regions));

const match = (office: string, regionCode: string | null = null) =>
  matchOffice({ office, regionCode }, offices, regions);

describe('officeKey', () => {
  it('spells out the abbreviations people write, and finds the region they name', () => {
    for (const text of [
      'Diskominfo Kabupaten Bungo',
      'Dinas Kominfo Kab. Bungo',
      'DINAS KOMUNIKASI DAN INFORMATIKA KAB BUNGO',
      'Kominfo Kabupaten Bungo',
      'Diskominfo Bungo',
      'Dinas Komunikasi & Informatika, Kab. Bungo',
    ])
      expect(officeKey(text, regions), text).toEqual({ kind: 'dinas kominfo', regionCodes: ['15.08'] });
    expect(officeKey('Setda Kab. Bungo', regions)).toEqual({
      kind: 'sekretariat daerah',
      regionCodes: ['15.08'],
    });
    expect(officeKey('Pemkab Bungo', regions)).toEqual({ kind: 'pemerintah', regionCodes: ['15.08'] });
    expect(officeKey('Pemprov Jambi', regions)).toEqual({ kind: 'pemerintah', regionCodes: ['15'] });
    expect(officeKey('Diskominfo Prov. Jambi', regions)).toEqual({
      kind: 'dinas kominfo',
      regionCodes: ['15'],
    });
  });

  it('says when the region is unnamed, unknown or ambiguous', () => {
    expect(officeKey('Dinas Kominfo', regions)).toEqual({ kind: 'dinas kominfo', regionCodes: null });
    expect(officeKey('Diskominfo Kabupaten Atlantis', regions).regionCodes).toEqual([]);
    // "Jambi" alone is the province or the city; "Muaro Jambi" is the longer, certain name.
    expect(officeKey('Diskominfo Jambi', regions).regionCodes).toEqual(['15', '15.71']);
    expect(officeKey('Diskominfo Muaro Jambi', regions).regionCodes).toEqual(['15.05']);
  });

  it('reads a very long cell in one pass', () => {
    const long = `${'Dinas '.repeat(50_000)}Kab. Bungo`;
    expect(officeKey(long, regions).regionCodes).toEqual(['15.08']);
  });
});

describe('matchOffice', () => {
  it('links the rows of the report to the existing offices', () => {
    expect(match('Diskominfo Kabupaten Bungo')).toEqual({ officeId: 'bungo', suggestions: [] });
    expect(match('Dinas Kominfo Kab. Tanjung Jabung Timur').officeId).toBe('tanjabtim');
    expect(match('Diskominfo', '15.08').officeId).toBe('bungo');
    expect(match('Kominfo Bungo', '15.08').officeId).toBe('bungo');
    expect(match('Diskominfo Prov. Jambi').officeId).toBe('prov');
    expect(match('Setda Bungo').officeId).toBe('setda-bungo');
    expect(match('Pemkab Bungo').officeId).toBe('pemkab-bungo');
  });

  it('only suggests when the row is ambiguous or contradicts itself', () => {
    expect(match('Diskominfo Jambi')).toEqual({ officeId: null, suggestions: ['prov', 'kota'] });
    // The text says Bungo, the region column says the province.
    const contradicted = match('Diskominfo Kabupaten Bungo', '15');
    expect(contradicted.officeId).toBeNull();
    expect(contradicted.suggestions).toEqual(expect.arrayContaining(['bungo', 'prov']));
    // No region at all: every Dinas Kominfo is a candidate, none is linked.
    expect(match('Dinas Kominfo').officeId).toBeNull();
    expect(match('Dinas Kominfo').suggestions).toHaveLength(4);
  });

  it('suggests a partly matching kind in the same region, never links it', () => {
    const result = match('Badan Perencanaan Daerah Bungo');
    expect(result).toEqual({ officeId: null, suggestions: ['bappeda-bungo'] });
    expect(match('Dinas Pendidikan Kabupaten Bungo')).toEqual({ officeId: null, suggestions: [] });
  });
});
