import { screen, within } from '@testing-library/react';
import type { Participant } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { detailOf, diskominfoJambi, komdigi, rakornis } from './fixtures';
import { emptyFollowUpLists } from './follow-up-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, query, trpcError } from './trpc-http';

function participant(overrides: Partial<Participant> & Pick<Participant, 'id' | 'name'>): Participant {
  return {
    kind: 'person',
    personId: overrides.id,
    position: null,
    organization: null,
    region: null,
    role: 'participant',
    attendance: 'present',
    representedBy: null,
    ...overrides,
  };
}

const meeting = detailOf(rakornis, {
  participants: [
    participant({
      id: 'p1',
      name: 'Drs. Ariansyah, M.E.',
      position: 'Kepala Dinas',
      organization: { id: diskominfoJambi.id, name: diskominfoJambi.name },
      region: { code: '15', name: 'Provinsi Jambi' },
      role: 'chair',
    }),
    participant({
      id: 'p2',
      name: 'Staf Diskominfo Kerinci',
      region: { code: '15.01', name: 'Kabupaten Kerinci' },
      attendance: 'absent',
    }),
    participant({
      id: 'p3',
      kind: 'guest',
      personId: null,
      name: 'Arnanto Nurprabowo',
      organization: { id: komdigi.id, name: komdigi.name },
      role: 'speaker',
    }),
  ],
  attendanceByRegion: [
    {
      code: '15.01',
      name: 'Kabupaten Kerinci',
      invited: 0,
      present: 0,
      represented: 0,
      absent: 1,
      attended: false,
    },
    { code: '15.71', name: 'Kota Jambi', invited: 0, present: 0, represented: 1, absent: 0, attended: true },
  ],
  history: [
    {
      id: 1,
      occurredAt: '2025-11-03T08:00:00.000Z',
      actorId: null,
      actorName: null,
      eventType: 'MeetingLogged',
      payload: {},
    },
    {
      id: 2,
      occurredAt: '2025-11-04T01:30:00.000Z',
      actorId: null,
      actorName: null,
      eventType: 'MeetingUpdated',
      payload: {
        changes: { title: { from: 'a', to: 'b' } },
        participants: { added: [{}], changed: [], removed: [] },
      },
    },
  ],
});

describe('meeting page', () => {
  it('shows the meeting, participants by region, attendance by region and its history', async () => {
    server.use(query('meetings.get', () => meeting).handler, ...emptyFollowUpLists());
    renderApp(`/rapat/${meeting.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: meeting.title })).toBeTruthy();
    expect(screen.getByText('Senin, 3 November 2025 09.00 WIB sampai 12.00 WIB')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ubah' }).getAttribute('href')).toBe(`/rapat/${meeting.id}/ubah`);
    // The summary keeps its line break, in an element styled to show it.
    const summary = screen.getByText('Arahan Gubernur:\nNaikkan indeks SPBE.', {
      normalizer: (text) => text,
    });
    expect(summary.className).toContain('tindak-preserve-lines');

    const province = screen.getByRole('rowgroup', { name: 'Provinsi Jambi' });
    expect(within(province).getByRole('cell', { name: 'Drs. Ariansyah, M.E.' })).toBeTruthy();
    expect(within(province).getByRole('cell', { name: 'Pimpinan rapat' })).toBeTruthy();
    const noRegion = screen.getByRole('rowgroup', { name: 'Tanpa wilayah' });
    expect(within(noRegion).getByRole('cell', { name: 'Pembicara' })).toBeTruthy();

    // The server's per-region summary: who took part, and who is still missing.
    expect(screen.getByText('Kabupaten/kota yang hadir (1 dari 2): Kota Jambi')).toBeTruthy();
    expect(screen.getByText('Belum hadir: Kabupaten Kerinci')).toBeTruthy();
    expect(screen.getByText('Terlaksana')).toBeTruthy();
    expect(screen.getByText('Rapat dicatat')).toBeTruthy();
    expect(screen.getByText('Rapat diubah')).toBeTruthy();
    expect(screen.getByText('Selasa, 4 November 2025 08.30 WIB')).toBeTruthy();
    expect(screen.getByText('Yang diubah: Judul')).toBeTruthy();
  });

  it('says the meeting was not found and links back to the list', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    server.use(
      http.get(`${API_URL}/meetings.get`, () => {
        const body = trpcError('NOT_FOUND', 'meetings.get', 'Rapat tidak ditemukan.', {
          issues: [{ path: 'id', message: 'Rapat tidak ditemukan.' }],
        });
        return HttpResponse.json(body, { status: 404 });
      }),
    );
    renderApp(`/rapat/${missing}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Rapat tidak ditemukan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kembali ke daftar rapat' }).getAttribute('href')).toBe('/rapat');
  });

  it('treats a mangled address as a missing meeting without asking the server', async () => {
    renderApp('/rapat/bukan-id');
    expect(await screen.findByRole('heading', { level: 1, name: 'Rapat tidak ditemukan' })).toBeTruthy();
  });
});
