import type { Database } from '@tindak/db';
import { describe, expect, it } from 'vitest';
import { compiledOnce } from '../src/repositories/compiled-once';
import { useTestApi } from './support';

const api = useTestApi();

describe('compiledOnce', () => {
  it('runs the statement with each call’s values, constants kept, rows camelCased', async () => {
    const regions = compiledOnce(
      (db: Database, prefix: string, kind: 'province' | 'regency') =>
        db
          .selectFrom('regions')
          .select(['code', 'parentCode'])
          .where('code', 'like', prefix)
          .where('kind', '=', kind)
          .where('code', '<>', '99')
          .orderBy('code')
          .limit(2),
      ['\u0000prefix', '\u0000kind' as 'regency'] as [string, 'province' | 'regency'],
    );
    const jambi = await regions(api.database.db, '15.%', 'regency');
    expect(jambi).toEqual([
      { code: '15.01', parentCode: '15' },
      { code: '15.02', parentCode: '15' },
    ]);
    expect(await regions(api.database.db, '1%', 'province')).toEqual([
      { code: '11', parentCode: null },
      { code: '12', parentCode: null },
    ]);
  });

  it('refuses markers that are not exactly one parameter each', async () => {
    const twice = compiledOnce(
      (db: Database, code: string) =>
        db.selectFrom('regions').select('code').where('code', '=', code).where('parentCode', '=', code),
      ['\u0000code'] as [string],
    );
    await expect(twice(api.database.db, '15')).rejects.toThrow(/marker 0/);
  });
});
