import type { MeetingCreateInput } from '@tindak/shared';
import type { TestApi } from './index';

export async function makeOffice(api: TestApi, name: string, regionCode: string | null = '15') {
  return api.caller().organizations.create({ name, kind: 'diskominfo', regionCode });
}

export function meetingInput(
  hostOrganizationId: string,
  overrides: Partial<MeetingCreateInput> = {},
): MeetingCreateInput {
  return {
    type: 'rakornis',
    title: 'Rakornis Kominfo 2025',
    startsAt: '2025-11-03T09:00:00+07:00',
    endsAt: '2025-11-03T15:00:00+07:00',
    place: 'Auditorium Rumah Dinas Gubernur Jambi',
    hostOrganizationId,
    ...overrides,
  };
}

export async function countRows(
  api: TestApi,
  table: 'meetings' | 'events' | 'meeting_participants' | 'people' | 'organizations',
) {
  const { n } = await api.database.db
    .selectFrom(table as 'meetings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}
