import { CamelCasePlugin, type QueryId, type UnknownRow } from 'kysely';
import { describe, expect, it } from 'vitest';
import { RowCamelCasePlugin } from '../src/camel-case';

const queryId = { queryId: 'test' } as QueryId;
const rename = (plugin: CamelCasePlugin, rows: UnknownRow[]) =>
  plugin.transformResult({ queryId, result: { rows } }).then((result) => result.rows);

describe('RowCamelCasePlugin', () => {
  it('renames result rows as Kysely’s CamelCasePlugin does', async () => {
    const created = new Date('2026-01-02T03:04:05Z');
    const rows: UnknownRow[] = [
      {
        id: 'a',
        due_on: '2026-01-31',
        created_at: created,
        owner_person_id: null,
        region_code_2: '15.01',
        payload_json: { scope_region: '15', nested_list: [{ step_no: 1 }, 'plain', 3] },
        status_list: ['open', 'in_progress'],
        row_count: 7,
      },
      { id: 'b', due_on: '2026-02-01' },
    ];
    const ours = await rename(new RowCamelCasePlugin(), rows);
    expect(ours).toEqual(await rename(new CamelCasePlugin(), rows));
    expect(ours[0]).toEqual({
      id: 'a',
      dueOn: '2026-01-31',
      createdAt: created,
      ownerPersonId: null,
      regionCode2: '15.01',
      payloadJson: { scopeRegion: '15', nestedList: [{ stepNo: 1 }, 'plain', 3] },
      statusList: ['open', 'in_progress'],
      rowCount: 7,
    });
    expect(ours[0]?.createdAt).toBe(created);
  });
});
