import { describe, expect, it } from 'vitest';
import { readApiEnv } from '../src/env';

describe('readApiEnv', () => {
  it('uses defaults on an empty environment', () => {
    const env = readApiEnv({});
    expect(env).toMatchObject({ PORT: 3000, DEMO_DATA: 'auto', HOST: '0.0.0.0' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names the variable that is wrong', () => {
    expect(() => readApiEnv({ PORT: 'tiga ribu' })).toThrow(/^Invalid environment variable PORT:/);
    expect(() => readApiEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});
