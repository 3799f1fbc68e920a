import { screen, waitFor, within } from '@testing-library/react';
import type { Participant, ProposalSummary } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { itemId, summaryOf } from './action-item-fixtures';
import { detailOf, diskominfoJambi, komdigi, rakornis } from './fixtures';
import { emptyFollowUpLists, totProposal } from './follow-up-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, inputOf, query, trpcError } from './trpc-http';

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
        version: 2,
        changes: { title: { from: 'a', to: 'b' } },
        participants: {
          added: [{ personId: null, guestName: 'Tamu', role: 'participant', attendance: 'invited' }],
          changed: [],
          removed: [],
        },
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

/** A list answered in pages of `limit` after an offset cursor, as the API pages it (by keyset). */
function pagedList<T>(path: string, all: T[]) {
  return query(path, (input) => {
    const { limit = 20, cursor } = input as { limit?: number; cursor?: string | null };
    const start = cursor ? Number(cursor) : 0;
    const end = start + limit;
    return { items: all.slice(start, end), nextCursor: end < all.length ? String(end) : null };
  });
}

describe('meeting follow-up sections', () => {
  it('show every proposal of a large meeting: the first 100 at once, the rest on request', async () => {
    const proposals: ProposalSummary[] = Array.from({ length: 105 }, (_, i) => ({
      id: `7a1f0c3e-2b4d-4e6f-8a9b-${String(i + 1).padStart(12, '0')}`,
      title: `Usulan nomor ${i + 1}`,
      status: totProposal.status,
      proposers: totProposal.proposers,
      addressedTo: totProposal.addressedTo,
      decidedOn: null,
      raisedOn: totProposal.raisedOn,
      createdAt: totProposal.createdAt,
    }));
    const list = pagedList('proposals.list', proposals);
    server.use(list.handler, query('meetings.get', () => meeting).handler, ...emptyFollowUpLists());
    const { user } = renderApp(`/rapat/${meeting.id}`);

    const section = await screen.findByRole('region', { name: 'Usulan' });
    const items = () => within(section).queryAllByRole('listitem');
    await waitFor(() => expect(items()).toHaveLength(100));
    expect(list.calls).toHaveLength(1);
    expect(inputOf(list.calls, 0)).toMatchObject({ meetingId: meeting.id, limit: 100 });

    await user.click(within(section).getByRole('button', { name: 'Muat lebih banyak' }));
    await waitFor(() => expect(items()).toHaveLength(105));
    expect(inputOf(list.calls, 1)).toMatchObject({ meetingId: meeting.id, limit: 100, cursor: '100' });
    expect(within(section).getByRole('link', { name: 'Usulan nomor 105' })).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
  });

  it('show every action item: the loaded ones behind "show more", then the next page on request', async () => {
    const actionItems = Array.from({ length: 103 }, (_, i) =>
      summaryOf({ id: itemId(i + 1), title: `Tindak lanjut nomor ${i + 1}` }),
    );
    const list = pagedList('actionItems.list', actionItems);
    server.use(list.handler, query('meetings.get', () => meeting).handler, ...emptyFollowUpLists());
    const { user } = renderApp(`/rapat/${meeting.id}`);

    const section = await screen.findByRole('region', { name: 'Tindak lanjut' });
    const items = () => within(section).queryAllByRole('listitem');
    await waitFor(() => expect(items()).toHaveLength(8));
    // The server has more than the 100 loaded: the button counts what is at hand, not "all".
    await user.click(within(section).getByRole('button', { name: 'Tampilkan 92 lagi' }));
    expect(items()).toHaveLength(100);
    expect(inputOf(list.calls, 0)).toMatchObject({ meetingId: meeting.id, limit: 100, sort: 'due' });

    await user.click(within(section).getByRole('button', { name: 'Muat lebih banyak' }));
    await waitFor(() => expect(items()).toHaveLength(103));
    expect(inputOf(list.calls, 1)).toMatchObject({ meetingId: meeting.id, cursor: '100', sort: 'due' });
    expect(within(section).queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
  });
});
