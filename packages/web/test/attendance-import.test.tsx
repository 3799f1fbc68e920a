import { screen, waitFor, within } from '@testing-library/react';
import type { AttendancePreview } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { detailOf, rakornis } from './fixtures';
import { emptyFollowUpLists } from './follow-up-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, mutation, query } from './trpc-http';

const meeting = detailOf(rakornis, { version: 5 });

const preview: AttendancePreview = {
  rows: [
    {
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
});
