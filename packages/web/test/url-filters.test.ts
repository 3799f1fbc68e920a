import { act, renderHook } from '@testing-library/react';
import { dateOnlySchema, enumOf, regionCodeSchema, uuidSchema } from '@tindak/shared';
import { createElement, type ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigationType } from 'react-router';
import { describe, expect, it } from 'vitest';
import { flag, manyOf, oneOf, searchText, urlCodec, useUrlFilters, wordFor } from '../src/kit/url-filters';

const colours = ['red', 'green', 'blue'] as const;
const codec = urlCodec({
  colour: manyOf('warna', enumOf(colours)),
  region: oneOf('wilayah', regionCodeSchema),
  owner: oneOf('pemilik', uuidSchema),
  from: oneOf('dari', dateOnlySchema),
  late: flag('terlambat', 'ya'),
  sort: wordFor('urut', { due: 'tenggat', newest: 'terbaru' }, 'due'),
  q: searchText('cari', 10),
});

describe('the URL filter codec', () => {
  it('reads every kind of field from the address', () => {
    const values = codec.read(
      new URLSearchParams(
        'warna=red&warna=blue&wilayah=15.01&pemilik=11111111-1111-4111-8111-111111111111&dari=2025-11-03&terlambat=ya&urut=terbaru&cari=%20rina%20',
      ),
    );
    expect(values).toEqual({
      colour: ['red', 'blue'],
      region: '15.01',
      owner: '11111111-1111-4111-8111-111111111111',
      from: '2025-11-03',
      late: true,
      sort: 'newest',
      q: 'rina',
    });
  });

  it('drops what a hand-edited link got wrong, as the shared schemas would refuse it', () => {
    const values = codec.read(
      new URLSearchParams(
        'warna=red&warna=pink&warna=red&wilayah=jambi&pemilik=42&dari=2025-02-30&terlambat=1&urut=acak&cari=abcdefghijklmnop',
      ),
    );
    expect(values).toEqual({
      colour: ['red'],
      region: undefined,
      owner: undefined,
      from: undefined,
      late: false,
      sort: 'due',
      q: 'abcdefghij',
    });
  });

  it('reads an empty address as no filter at all', () => {
    expect(codec.read(new URLSearchParams())).toEqual(codec.empty);
    expect(codec.activeCount(codec.empty)).toBe(0);
  });

  it('writes Indonesian words, keeps other parameters and leaves defaults out', () => {
    const params = codec.write(new URLSearchParams('wilayah=11&tampilan=papan'), {
      colour: ['green', 'blue'],
      late: true,
      sort: 'due',
    });
    expect(params.toString()).toBe('tampilan=papan&warna=green&warna=blue&terlambat=ya');
    expect(codec.write(params, { sort: 'newest' }).toString()).toBe('tampilan=papan&urut=terbaru');
  });

  it('reads back what it wrote', () => {
    const values = {
      ...codec.empty,
      colour: ['blue' as const],
      region: '15.01',
      late: true,
      sort: 'newest' as const,
      q: 'rina',
    };
    expect(codec.read(codec.write(new URLSearchParams(), values))).toEqual(values);
  });

  it('counts the filters that narrow the list, leaving out the ones asked to', () => {
    const values = { ...codec.empty, colour: ['red' as const], late: true, sort: 'newest' as const };
    expect(codec.activeCount(values)).toBe(3);
    expect(codec.activeCount(values, ['sort'])).toBe(2);
  });
});

describe('useUrlFilters', () => {
  function renderAt(path: string, options: { push?: boolean } = {}) {
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(MemoryRouter, { initialEntries: ['/rapat', path], initialIndex: 1 }, children);
    return renderHook(
      () => {
        const [values, set] = useUrlFilters(codec, options);
        return { values, set, location: useLocation(), navigation: useNavigationType() };
      },
      { wrapper },
    );
  }

  it('changes only the fields given, like a state setter, and replaces the history entry', () => {
    const { result } = renderAt('/tindak-lanjut?wilayah=15.01&tampilan=papan');
    expect(result.current.values.region).toBe('15.01');

    act(() => result.current.set({ late: true }));
    expect(result.current.location.search).toBe('?wilayah=15.01&tampilan=papan&terlambat=ya');
    expect(result.current.values).toMatchObject({ region: '15.01', late: true });
    // Replaced, not pushed: Back still leads to the page before the list.
    expect(result.current.navigation).toBe('REPLACE');

    act(() => result.current.set(codec.empty));
    expect(result.current.location.search).toBe('?tampilan=papan');
  });

  it('adds a history entry when each setting is an answer of its own (a search)', () => {
    const { result } = renderAt('/cari', { push: true });
    act(() => result.current.set({ q: 'jambi' }));
    expect(result.current.location.search).toBe('?cari=jambi');
    expect(result.current.navigation).toBe('PUSH');
  });
});
