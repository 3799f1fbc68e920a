import { describe, expect, it } from 'vitest';
import { createNationalCache } from '../src/services/national-cache';

/** The national overview is kept a minute per key; readers at once share one count. */
describe('national cache', () => {
  const setup = () => {
    let clock = 0;
    const cache = createNationalCache(60_000, () => clock);
    let loads = 0;
    const load = (value: string) => () => {
      loads += 1;
      return Promise.resolve(value);
    };
    return { cache, load, loads: () => loads, advance: (ms: number) => (clock += ms) };
  };

  it('counts once for readers at the same time and within the minute', async () => {
    const { cache, load, loads, advance } = setup();
    const [a, b] = await Promise.all([cache.get('k', load('first')), cache.get('k', load('second'))]);
    expect([a, b, loads()]).toEqual(['first', 'first', 1]);
    advance(59_999);
    expect(await cache.get('k', load('third'))).toBe('first');
    expect(loads()).toBe(1);
  });

  it('counts again after the minute, and per key', async () => {
    const { cache, load, loads, advance } = setup();
    await cache.get('k', load('first'));
    expect(await cache.get('other', load('other'))).toBe('other');
    advance(60_000);
    expect(await cache.get('k', load('fresh'))).toBe('fresh');
    expect(loads()).toBe(3);
  });

  it('does not keep a failed count', async () => {
    const { cache, load } = setup();
    await expect(cache.get('k', () => Promise.reject(new Error('database gone')))).rejects.toThrow(
      'database gone',
    );
    expect(await cache.get('k', load('after'))).toBe('after');
  });
});
