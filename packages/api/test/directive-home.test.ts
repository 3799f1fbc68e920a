import { dashboardHomeOutput, todayIn } from '@tindak/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { homeDashboard } from '../src/services/dashboard.service';
import { createUser, useTestApi } from './support';
import { insertDirective } from './support/directives';
import { makeOffice } from './support/fixtures';

/** Beranda shows a directive once with its spread to those who oversee; staff see their own item. */
const api = useTestApi();
const today = todayIn();
const hosting = 'Pindahkan hosting aplikasi dan data ke Data Center Provinsi Jambi';
let head: SessionUser;
let kerinciStaff: SessionUser;
let kerinciViewer: SessionUser;
let directiveId: string;

beforeAll(async () => {
  const jambi = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  const kerinci = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  const tebo = (await makeOffice(api, 'Diskominfo Kabupaten Tebo', '15.09')).id;
  const merangin = (await makeOffice(api, 'Diskominfo Kabupaten Merangin', '15.02')).id;
  head = await createUser(api, { role: 'head', organizationId: jambi });
  kerinciStaff = await createUser(api, { role: 'staff', organizationId: kerinci });
  kerinciViewer = await createUser(api, { role: 'viewer', organizationId: kerinci });
  directiveId = (
    await insertDirective(api, {
      title: hosting,
      issuedBy: jambi,
      dueOn: today,
      shares: [
        { officeId: kerinci },
        { officeId: tebo, status: 'done' },
        { officeId: merangin, dueOn: '2020-01-31', status: 'in_progress' },
      ],
    })
  ).id;
});

const home = async (user: SessionUser) =>
  dashboardHomeOutput.parse(await homeDashboard(api.context('id', user), user));

describe('Beranda and directives', () => {
  it('shows a head each open directive once, with its spread in their scope', async () => {
    expect((await home(head)).directives).toEqual([
      {
        id: directiveId,
        title: hosting,
        dueOn: today,
        total: 3,
        done: 1,
        cancelled: 0,
        inProgress: 1,
        awaitingVerification: 0,
        open: 1,
        overdue: 1,
      },
    ]);
  });

  it('shows a regency’s staff their own item, labelled with its directive, and no spread', async () => {
    const page = await home(kerinciStaff);
    expect(page.directives).toBeUndefined();
    expect(page.myItems.items).toEqual([
      expect.objectContaining({ title: hosting, directive: { id: directiveId, title: hosting } }),
    ]);
  });

  it('shows a regency viewer no spread of one', async () => {
    expect((await home(kerinciViewer)).directives).toEqual([]);
  });
});
