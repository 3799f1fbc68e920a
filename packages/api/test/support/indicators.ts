import type { Database } from '@tindak/db';
import type { IndicatorDefineInput } from '@tindak/shared';
import { expect } from 'vitest';
import type { SessionUser } from '../../src/context';
import { createUser, type TestApi } from './index';

/**
 * A world for the indicator tests (issue 18): the province of Jambi (15) and two of its regencies,
 * Kerinci (15.01) and Tebo (15.09), each with a Diskominfo office and the people who act for it.
 */
export interface IndicatorWorld {
  offices: { province: string; kerinci: string; tebo: string };
  users: Record<
    | 'provinceHead'
    | 'provinceSecretariat'
    | 'provinceStaff'
    | 'kerinciHead'
    | 'kerinciSecretariat'
    | 'kerinciViewer'
    | 'teboHead',
    SessionUser
  >;
}

export async function makeIndicatorWorld(api: TestApi): Promise<IndicatorWorld> {
  const office = async (name: string, regionCode: string) =>
    (await api.caller().organizations.create({ name, kind: 'diskominfo', regionCode })).id;
  const offices = {
    province: await office('Diskominfo Provinsi Jambi', '15'),
    kerinci: await office('Diskominfo Kabupaten Kerinci', '15.01'),
    tebo: await office('Diskominfo Kabupaten Tebo', '15.09'),
  };
  const user = (role: SessionUser['role'], organizationId: string) =>
    createUser(api, { role, organizationId });
  return {
    offices,
    users: {
      provinceHead: await user('head', offices.province),
      provinceSecretariat: await user('secretariat', offices.province),
      provinceStaff: await user('staff', offices.province),
      kerinciHead: await user('head', offices.kerinci),
      kerinciSecretariat: await user('secretariat', offices.kerinci),
      kerinciViewer: await user('viewer', offices.kerinci),
      teboHead: await user('head', offices.tebo),
    },
  };
}

/** The SPBE bands (PermenPANRB 59/2020), lowest first. */
export const spbeBands = [
  { from: 0, to: 1.8, label: 'Kurang', tone: 'bad' as const },
  { from: 1.8, to: 2.6, label: 'Cukup', tone: 'weak' as const },
  { from: 2.6, to: 3.5, label: 'Baik', tone: 'fair' as const },
  { from: 3.5, to: 4.2, label: 'Sangat Baik', tone: 'good' as const },
  { from: 4.2, to: 5, label: 'Memuaskan', tone: 'best' as const },
];

/** The SPBE index kept by `officeId`: yearly, 0–5, with its bands. */
export function spbeInput(
  officeId: string,
  overrides: Partial<IndicatorDefineInput> = {},
): IndicatorDefineInput {
  return {
    name: 'Indeks SPBE',
    unit: 'index',
    direction: 'higher_is_better',
    scaleMin: 0,
    scaleMax: 5,
    bands: spbeBands,
    bandsSource: 'PermenPANRB 59/2020',
    periodKind: 'year',
    responsibleOrganizationId: officeId,
    ...overrides,
  };
}

/** The events recorded on an indicator, oldest first, as type and payload. */
export async function indicatorEvents(db: Database, indicatorId: string) {
  const rows = await db
    .selectFrom('events')
    .select(['eventType', 'payload', 'actorId'])
    .where('aggregateType', '=', 'indicator')
    .where('aggregateId', '=', indicatorId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, payload: row.payload as Record<string, unknown> }));
}

/** Expects a call to be refused with this code, message key and (when given) field. */
export async function expectRefusal(
  call: Promise<unknown>,
  code: string,
  messageKey: string,
  field?: string,
): Promise<void> {
  await expect(call).rejects.toMatchObject({
    code,
    message: messageKey,
    ...(field ? { cause: { field } } : {}),
  });
}
