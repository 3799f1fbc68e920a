import { describe, expect, it } from 'vitest';
import { appRoutes, pathTo } from '../src/app-paths';

describe('pathTo', () => {
  it('fills and encodes the parameters of a route', () => {
    expect(pathTo('meeting', { id: 'a1' })).toBe('/rapat/a1');
    expect(pathTo('editMeeting', { id: 'a1' })).toBe('/rapat/a1/ubah');
    expect(pathTo('region', { code: '15.01' })).toBe('/wilayah/15.01');
    expect(pathTo('publicCommitments', { provinceCode: 'a/b c' })).toBe('/publik/a%2Fb%20c');
    expect(pathTo('home')).toBe('/');
  });

  it('adds a query, repeating a key for each value and leaving out empty ones', () => {
    expect(pathTo('actionItems', {}, { wilayah: ['15.01', '15.02'], status: 'done', q: '' })).toBe(
      '/tindak-lanjut?wilayah=15.01&wilayah=15.02&status=done',
    );
    expect(pathTo('setPassword', {}, { token: 'a+b/c=' })).toBe('/atur-kata-sandi?token=a%2Bb%2Fc%3D');
  });

  it('names every page once', () => {
    const paths = Object.values(appRoutes);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path.startsWith('/')).toBe(true);
  });

  it('refuses a call without a parameter at run time too', () => {
    expect(() => pathTo('meeting', {} as { id: string })).toThrow(/missing id/);
  });
});
