import { describe, expect, it } from 'vitest';
import { itemFilters, toItemListInput } from '../src/action-items/list/list-filters';
import { exportHref } from '../src/exports/export-links';

describe('export links', () => {
  it('carry the list filters without paging', () => {
    const input = toItemListInput(
      { ...itemFilters.empty, status: ['open', 'blocked'], overdueOnly: true, region: '15.01' },
      'list',
    );
    expect(exportHref('tindak-lanjut', 'xlsx', input)).toBe(
      '/api/ekspor/tindak-lanjut.xlsx?sort=due&status=open&status=blocked&regionCode=15.01&overdueOnly=true',
    );
  });

  it('leave the query out when nothing narrows the list', () => {
    expect(exportHref('komitmen', 'csv', { limit: 20, overdueOnly: false })).toBe('/api/ekspor/komitmen.csv');
  });
});
