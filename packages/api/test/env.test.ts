import { describe, expect, it } from 'vitest';
import { readApiEnv } from '../src/env';

describe('readApiEnv', () => {
  it('uses defaults on an empty environment', () => {
    const env = readApiEnv({});
    expect(env).toMatchObject({ PORT: 3000, DEMO_DATA: 'auto', HOST: '0.0.0.0' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('reads TRUST_PROXY as false by default, true, or a list of proxy addresses and ranges', () => {
    expect(readApiEnv({}).TRUST_PROXY).toBe(false);
    expect(readApiEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(readApiEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(readApiEnv({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,loopback, fd00::/8' }).TRUST_PROXY).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      'loopback',
      'fd00::/8',
    ]);
    for (const bad of ['2', 'proxy.local', '10.0.0.0/33', '10.0.0.1,', 'yes']) {
      expect(() => readApiEnv({ TRUST_PROXY: bad })).toThrow(/^Invalid environment variable TRUST_PROXY:/);
    }
  });

  it('names the variable that is wrong', () => {
    expect(() => readApiEnv({ PORT: 'tiga ribu' })).toThrow(/^Invalid environment variable PORT:/);
    expect(() => readApiEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});
