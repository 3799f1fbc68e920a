import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AttendancePreview, AttendanceRow } from '@tindak/shared';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../src/api/query-client';
import { AppProviders } from '../src/app-providers';
import { AttendanceImportForForm } from '../src/meetings/attendance-import/import-into-form';
import type { ParticipantRowValues } from '../src/meetings/form/form-values';
import { createI18n } from './create-i18n';
import { detailOf, rakornis } from './fixtures';
import { emptyFollowUpLists } from './follow-up-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, inputOf, mutation, query } from './trpc-http';

const meeting = detailOf(rakornis, { version: 5 });

/** What the server adds to every row: nothing recognised or suggested unless a test says so. */
const plain = { organization: null, regionCode: null, officeSuggestions: [], personSuggestions: [] };

const preview: AttendancePreview = {
  rows: [
    {
      ...plain,
      rowNumber: 2,
      name: 'Budi Santoso',
      position: 'Kepala Bidang',
      office: 'Diskominfo Kabupaten Kerinci',
      region: '15.01',
      nip: '198001012006041001',
      outcome: 'match',
      person: { id: '00000000-0000-4000-8000-000000000101', fullName: 'Budi Santoso' },
      matchedBy: 'nip',
      officeStatus: null,
      reason: null,
    },
    {
      ...plain,
      rowNumber: 3,
      name: 'Rina Marlina',
      position: '',
      office: 'Dinas Kominfo Kerinci',
      region: '15.01',
      nip: '',
      outcome: 'new',
      person: null,
      matchedBy: null,
      officeStatus: 'created',
      reason: null,
    },
    {
      ...plain,
      rowNumber: 4,
      name: 'Siti Aminah',
      position: '',
      office: 'Diskominfo Kabupaten Kerinci',
      region: '',
      nip: '',
      outcome: 'duplicate',
      person: { id: '00000000-0000-4000-8000-000000000102', fullName: 'Siti Aminah' },
      matchedBy: 'nameAndOffice',
      officeStatus: null,
      reason: 'Sudah menjadi peserta rapat ini.',
    },
    {
      ...plain,
      rowNumber: 5,
      name: 'Joko',
      position: '',
      office: '',
      region: '',
      nip: '12345',
      outcome: 'error',
      person: null,
      matchedBy: null,
      officeStatus: null,
      reason: 'NIP harus 18 angka (sekarang 5 angka).',
    },
  ],
  counts: { match: 1, new: 1, duplicate: 1, error: 1 },
};

describe('attendance import', () => {
  it('previews each row with its badge and reason, then saves the importable ones once confirmed', async () => {
    const get = query('meetings.get', () => meeting);
    const previewCall = mutation('meetings.previewAttendanceImport', () => ({ data: preview }));
    const apply = mutation('meetings.applyAttendanceImport', () => ({
      data: { added: 2, createdPeople: 1, createdOffices: 1, skipped: 1, errors: 1, version: 6 },
    }));
    server.use(get.handler, previewCall.handler, apply.handler, ...emptyFollowUpLists());
    const { user } = renderApp(`/rapat/${meeting.id}`);

    const section = await screen.findByRole('region', { name: 'Impor daftar hadir' });
    const input = section.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const csv = 'Nama;Instansi\nBudi Santoso;Diskominfo Kabupaten Kerinci\n';
    await user.upload(input, new File([csv], 'hadir.csv', { type: 'text/csv' }));

    const table = await within(section).findByRole('table');
    expect(inputOf(previewCall.calls, 0)).toEqual({
      meetingId: meeting.id,
      content: Buffer.from(csv).toString('base64'),
    });
    expect(within(section).getByText('1 cocok · 1 baru · 1 sudah ada · 1 galat')).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[3]?.textContent)).toEqual([
      'CocokBudi Santoso (NIP sama)',
      'BaruOrang baru, instansi baru akan dibuat',
      'Sudah adaSudah menjadi peserta rapat ini.',
      'GalatNIP harus 18 angka (sekarang 5 angka).',
    ]);

    await user.click(within(section).getByRole('button', { name: 'Simpan 2 peserta' }));
    const confirm = within(section).getByRole('group', {
      name: 'Simpan 2 peserta ke rapat ini? Baris lain dilewati.',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Ya, simpan' }));

    await waitFor(() => expect(apply.calls).toHaveLength(1));
    expect(inputOf(apply.calls, 0)).toEqual({
      meetingId: meeting.id,
      version: 5,
      content: Buffer.from(csv).toString('base64'),
    });
    expect(await screen.findByText('2 peserta ditambahkan dari daftar hadir.')).toBeTruthy();
    await waitFor(() => expect(within(section).queryByRole('table')).toBeNull());
    expect(get.calls.length).toBeGreaterThan(1);
  });

  it('lets the person choose, per row, the office and person the row means, and saves with those choices', async () => {
    const province = {
      id: '00000000-0000-4000-8000-0000000000f1',
      name: 'Diskominfo Provinsi Jambi',
      regionName: 'Provinsi Jambi',
    };
    const city = {
      id: '00000000-0000-4000-8000-0000000000f2',
      name: 'Diskominfo Kota Jambi',
      regionName: 'Kota Jambi',
    };
    const yusuf = { id: '00000000-0000-4000-8000-0000000000a1', fullName: 'Yusuf, S.T.' };
    const unsure: AttendanceRow = {
      ...plain,
      rowNumber: 2,
      name: 'Yusuf',
      position: '',
      office: 'Diskominfo Jambi',
      region: '',
      nip: '',
      outcome: 'new',
      person: null,
      matchedBy: null,
      officeStatus: 'created',
      reason: null,
      officeSuggestions: [province, city],
    };
    const chosenOffice: AttendanceRow = {
      ...unsure,
      outcome: 'match',
      officeStatus: null,
      organization: city,
      regionCode: '15.71',
      officeSuggestions: [province],
      person: yusuf,
      matchedBy: 'nameAndOffice',
      personSuggestions: [{ ...yusuf, officeName: city.name }],
    };
    const answers = [
      unsure,
      chosenOffice,
      {
        ...chosenOffice,
        person: null,
        matchedBy: null,
        outcome: 'new' as const,
        officeStatus: 'existing' as const,
      },
    ];
    const get = query('meetings.get', () => meeting);
    const previewCall = mutation('meetings.previewAttendanceImport', (_input, i) => {
      const row = answers[Math.min(i, answers.length - 1)] as AttendanceRow;
      return {
        data: {
          rows: [row],
          counts: {
            match: row.outcome === 'match' ? 1 : 0,
            new: row.outcome === 'new' ? 1 : 0,
            duplicate: 0,
            error: 0,
          },
        },
      };
    });
    const apply = mutation('meetings.applyAttendanceImport', () => ({
      data: { added: 1, createdPeople: 1, createdOffices: 0, skipped: 0, errors: 0, version: 6 },
    }));
    server.use(get.handler, previewCall.handler, apply.handler, ...emptyFollowUpLists());
    const { user } = renderApp(`/rapat/${meeting.id}`);
    const section = await screen.findByRole('region', { name: 'Impor daftar hadir' });
    const input = section.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(
      input,
      new File(['Nama,Instansi\nYusuf,Diskominfo Jambi\n'], 'hadir.csv', { type: 'text/csv' }),
    );

    const officeChoice = await within(section).findByRole('combobox', {
      name: 'Cocokkan instansi baris 2 dengan…',
    });
    expect(within(section).getByText('Belum pasti: pilih instansi yang dimaksud.')).toBeTruthy();
    expect(
      within(officeChoice)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Diskominfo Provinsi Jambi (Provinsi Jambi)',
      'Diskominfo Kota Jambi (Kota Jambi)',
      'Buat instansi baru',
    ]);
    await user.selectOptions(officeChoice, city.id);
    await waitFor(() => expect(previewCall.calls).toHaveLength(2));
    expect(inputOf(previewCall.calls, 1)).toMatchObject({
      choices: [{ rowNumber: 2, organizationId: city.id }],
    });
    expect(await within(section).findByText('Yusuf, S.T. (nama dan instansi sama)')).toBeTruthy();

    // The person the import found can still be refused: "Orang baru".
    await user.selectOptions(
      within(section).getByRole('combobox', { name: 'Cocokkan orang baris 2 dengan…' }),
      'new',
    );
    await waitFor(() => expect(previewCall.calls).toHaveLength(3));
    expect(inputOf(previewCall.calls, 2)).toMatchObject({
      choices: [{ rowNumber: 2, organizationId: city.id, personId: 'new' }],
    });
    await within(section).findByText('Orang baru, instansi sudah ada');

    await user.click(within(section).getByRole('button', { name: 'Simpan 1 peserta' }));
    await user.click(within(section).getByRole('button', { name: 'Ya, simpan' }));
    await waitFor(() => expect(apply.calls).toHaveLength(1));
    expect(inputOf(apply.calls, 0)).toMatchObject({
      meetingId: meeting.id,
      version: 5,
      choices: [{ rowNumber: 2, organizationId: city.id, personId: 'new' }],
    });
  });
});

describe('attendance import on the new-meeting form', () => {
  it('previews without a meeting and hands the importable rows to the form', async () => {
    const kerinci = {
      id: '00000000-0000-4000-8000-0000000000f3',
      name: 'Dinas Komunikasi dan Informatika Kabupaten Kerinci',
      regionName: 'Kabupaten Kerinci',
    };
    const rows: AttendancePreview = {
      rows: [
        { ...(preview.rows[0] as AttendanceRow), organization: kerinci, regionCode: '15.01' },
        { ...(preview.rows[1] as AttendanceRow), regionCode: '15.01' },
        preview.rows[2] as AttendanceRow,
        preview.rows[3] as AttendanceRow,
      ],
      counts: preview.counts,
    };
    const previewRows = mutation('meetings.previewAttendanceRows', () => ({ data: withGuest }));
    server.use(previewRows.handler);
    const onRows = vi.fn();
    // Someone the form lists already is not handed over twice.
    const alreadyListed: ParticipantRowValues = {
      key: 'k1',
      kind: 'guest',
      personId: null,
      personName: '',
      personPosition: null,
      personOffice: null,
      guestName: 'rina marlina',
      guestPosition: '',
      organizationId: null,
      regionCode: null,
      role: 'participant',
      attendance: 'invited',
      representedBy: '',
    };
    const withGuest: AttendancePreview = {
      rows: [
        ...rows.rows,
        { ...(preview.rows[1] as AttendanceRow), rowNumber: 6, name: 'Tamu Baru', regionCode: '15.01' },
      ],
      counts: rows.counts,
    };
    const queryClient = createQueryClient();
    queryClient.setDefaultOptions({ mutations: { retry: false } });
    const user = userEvent.setup();
    render(
      <AppProviders
        i18n={createI18n('id')}
        apiUrl={API_URL}
        batch={false}
        queryClient={queryClient}
        mantineEnv="test"
      >
        <MemoryRouter>
          <AttendanceImportForForm onRows={onRows} listed={[alreadyListed]} attendance="invited" />
        </MemoryRouter>
      </AppProviders>,
    );
    await user.click(await screen.findByRole('button', { name: 'Impor dari daftar hadir' }));
    const dialog = await screen.findByRole('dialog', { name: 'Impor daftar hadir ke formulir' });
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const csv = 'Nama\nBudi Santoso\n';
    await user.upload(input, new File([csv], 'hadir.csv', { type: 'text/csv' }));
    await within(dialog).findByRole('table');
    expect(inputOf(previewRows.calls, 0)).toEqual({ content: Buffer.from(csv).toString('base64') });

    await user.click(within(dialog).getByRole('button', { name: 'Tambahkan 2 peserta ke formulir' }));
    expect(onRows).toHaveBeenCalledTimes(1);
    expect(onRows.mock.calls[0]?.[0]).toEqual([
      expect.objectContaining({
        kind: 'person',
        personId: '00000000-0000-4000-8000-000000000101',
        personOffice: kerinci.name,
        organizationId: kerinci.id,
        regionCode: '15.01',
        attendance: 'invited',
      }),
      expect.objectContaining({
        kind: 'guest',
        guestName: 'Tamu Baru',
        organizationId: null,
        regionCode: '15.01',
      }),
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
