import { screen, waitFor, within } from '@testing-library/react';
import type { MeetingDetail } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { audiensi, detailOf, diskominfoJambi, teboOffice } from './fixtures';
import { emptyFollowUpLists } from './follow-up-fixtures';
import { server, signedInAs, signedInUser } from './msw-server';
import { phoneWidth, renderApp } from './render-app';
import { API_URL, mutation, query, trpcError } from './trpc-http';

const meeting: MeetingDetail = detailOf(audiensi, {
  allowedActions: ['markHeld', 'postpone', 'cancel'],
  agenda: [{ position: 1, title: 'Talent digital', notes: null }],
  minutes: 'Komdigi mendukung ToT.',
  participants: [
    {
      id: 'p1',
      kind: 'person',
      personId: 'p1',
      name: 'Drs. Ariansyah, M.E.',
      position: 'Kepala Dinas',
      organization: { id: diskominfoJambi.id, name: diskominfoJambi.name },
      region: { code: '15', name: 'Provinsi Jambi' },
      role: 'chair',
      attendance: 'present',
      representedBy: null,
    },
  ],
  attachments: [
    {
      id: 'f1',
      fileName: 'undangan.pdf',
      contentType: 'application/pdf',
      sizeBytes: 120_000,
      createdAt: '2026-02-01T02:00:00.000Z',
    },
  ],
});

/** Every control on the meeting page that changes something, by its accessible name. */
const writeControls = [
  { role: 'link', name: 'Ubah' },
  { role: 'group', name: 'Ubah status rapat' },
  { role: 'button', name: 'Ubah agenda dan notulen' },
  { role: 'button', name: 'Catat kehadiran' },
  { role: 'button', name: 'Hapus lampiran undangan.pdf' },
  { role: 'button', name: 'Catat usulan' },
  { role: 'button', name: 'Catat komitmen' },
  { role: 'button', name: 'Buat tindak lanjut' },
] as const;

async function openMeeting() {
  server.use(query('meetings.get', () => meeting).handler, ...emptyFollowUpLists());
  const view = renderApp(`/rapat/${meeting.id}`);
  expect(await screen.findByRole('heading', { level: 1, name: meeting.title })).toBeTruthy();
  // The follow-up lists have answered, so every section has drawn its buttons.
  await screen.findByText('Belum ada usulan dari rapat ini.');
  return view;
}

describe('what each role is offered', () => {
  it('shows a viewer the meeting read-only: no edit, status, minutes, attendance, upload or follow-up buttons', async () => {
    server.use(signedInAs('viewer'));
    await openMeeting();
    for (const control of writeControls)
      expect(screen.queryByRole(control.role, { name: control.name })).toBeNull();
    expect(screen.queryByLabelText('Unggah lampiran')).toBeNull();
    // Still readable: the minutes, the attachment to download.
    expect(screen.getByText('Komdigi mendukung ToT.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'undangan.pdf' })).toBeTruthy();
  });

  it('shows the secretariat every meeting control, but not "Buat tindak lanjut" (only heads assign)', async () => {
    server.use(signedInAs('secretariat'));
    await openMeeting();
    for (const control of writeControls.filter((c) => c.name !== 'Buat tindak lanjut')) {
      expect(screen.getByRole(control.role, { name: control.name })).toBeTruthy();
    }
    expect(screen.getByLabelText('Unggah lampiran')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Buat tindak lanjut' })).toBeNull();
  });

  it('shows a head "Buat tindak lanjut" as well', async () => {
    await openMeeting();
    expect(screen.getByRole('button', { name: 'Buat tindak lanjut' })).toBeTruthy();
  });

  it("shows a head of another region who attended the province's meeting no changes, and says why once", async () => {
    server.use(signedInAs('head', { organization: teboOffice }));
    await openMeeting();
    for (const control of writeControls.filter((c) => c.name !== 'Buat tindak lanjut')) {
      expect(screen.queryByRole(control.role, { name: control.name })).toBeNull();
    }
    expect(screen.queryByLabelText('Unggah lampiran')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Impor daftar hadir' })).toBeNull();
    const notes = screen.getAllByRole('note');
    expect(notes.map((note) => note.textContent)).toEqual([
      `Anda hanya dapat membaca rapat ini: rapat ini diselenggarakan oleh ${meeting.host.name}, di luar wilayah Anda.`,
    ]);
    // Reading stays: the minutes, the file to download; a head still passes a directive down to
    // offices in their own scope (the item is theirs, not the meeting's).
    expect(screen.getByText('Komdigi mendukung ToT.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'undangan.pdf' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Buat tindak lanjut' })).toBeTruthy();
  });

  it('says the note in English too', async () => {
    server.use(signedInAs('secretariat', { organization: teboOffice }));
    server.use(query('meetings.get', () => meeting).handler, ...emptyFollowUpLists());
    renderApp(`/rapat/${meeting.id}`, { lang: 'en' });
    expect(await screen.findByRole('note')).toHaveProperty(
      'textContent',
      `You can only read this meeting: it is hosted by ${meeting.host.name}, outside your region.`,
    );
  });

  it("shows the host's secretariat every meeting control and no read-only note", async () => {
    server.use(signedInAs('secretariat'));
    await openMeeting();
    expect(screen.getByRole('link', { name: 'Ubah' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Ubah status rapat' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ubah agenda dan notulen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Catat kehadiran' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hapus lampiran undangan.pdf' })).toBeTruthy();
    expect(screen.getByLabelText('Unggah lampiran')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Impor daftar hadir' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Catat usulan' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Catat komitmen' })).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('gives a viewer no read-only note: they change no meeting anywhere', async () => {
    server.use(signedInAs('viewer', { organization: teboOffice }));
    await openMeeting();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it("tells a head of another region opening the edit page that the meeting is the host's, instead of the form", async () => {
    server.use(
      signedInAs('head', { organization: teboOffice }),
      query('meetings.get', () => meeting).handler,
    );
    renderApp(`/rapat/${meeting.id}/ubah`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Anda tidak berwenang membuka halaman ini' }),
    ).toBeTruthy();
    expect(screen.getByText(/rapat ini diselenggarakan oleh Dinas Komunikasi/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kembali ke rapat' }).getAttribute('href')).toBe(
      `/rapat/${meeting.id}`,
    );
    expect(screen.queryByRole('button', { name: 'Simpan perubahan' })).toBeNull();
  });

  it('tells staff opening /rapat/baru they may not log meetings, with a way back, instead of the form', async () => {
    server.use(signedInAs('staff'));
    renderApp('/rapat/baru');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Anda tidak berwenang membuka halaman ini' }),
    ).toBeTruthy();
    expect(screen.getByText(/Anda tidak berwenang mencatat atau mengubah rapat/)).toBeTruthy();
    expect(screen.getByText('Anda masuk dengan peran Staf.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kembali ke daftar rapat' }).getAttribute('href')).toBe('/rapat');
    expect(screen.queryByRole('button', { name: 'Simpan rapat' })).toBeNull();
  });

  it('shows "Catat rapat" on the list only to those who may log meetings', async () => {
    server.use(
      signedInAs('viewer'),
      query('meetings.list', () => ({ items: [], nextCursor: null })).handler,
      query('regions.list', () => []).handler,
    );
    renderApp('/rapat');
    expect(await screen.findByText('Belum ada rapat yang dicatat.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Catat rapat' })).toBeNull();
    expect(screen.getByText(/akan tampil di sini/)).toBeTruthy();
  });

  it('lists "Pengguna" in the navigation for admins only', async () => {
    server.use(
      query('meetings.list', () => ({ items: [], nextCursor: null })).handler,
      query('regions.list', () => []).handler,
    );
    const head = renderApp('/rapat');
    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    expect(within(nav).getByRole('link', { name: 'Rapat' })).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: 'Pengguna' })).toBeNull();
    head.unmount();

    server.use(signedInAs('admin'));
    renderApp('/rapat');
    const adminNav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    const link = await within(adminNav).findByRole('link', { name: 'Pengguna' });
    expect(link.getAttribute('href')).toBe('/admin/pengguna');
  });

  it('has one "Direktori" entry for every role, current on the offices and on the people page', async () => {
    server.use(
      signedInAs('viewer'),
      query('people.directory', () => ({ items: [], nextCursor: null })).handler,
      query('regions.list', () => []).handler,
      query('organizations.list', () => []).handler,
    );
    renderApp('/orang');
    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    const directory = within(nav).getByRole('link', { name: 'Direktori' });
    expect(directory.getAttribute('href')).toBe('/instansi');
    expect(directory.getAttribute('aria-current')).toBe('page');
    expect(within(nav).queryByRole('link', { name: 'Orang' })).toBeNull();
    // The page's own tabs lead between the two lists.
    const tabs = await screen.findByRole('navigation', { name: 'Direktori' });
    expect(within(tabs).getByRole('link', { name: 'Orang' }).getAttribute('aria-current')).toBe('page');
    expect(within(tabs).getByRole('link', { name: 'Instansi' }).getAttribute('href')).toBe('/instansi');
  });

  it('opens the phone menu from a labelled button, with the sections and the account inside', async () => {
    // Mantine's hidden-from/visible-from classes follow the window width, as in a browser.
    phoneWidth();
    server.use(
      query('meetings.list', () => ({ items: [], nextCursor: null })).handler,
      query('regions.list', () => []).handler,
    );
    const { user } = renderApp('/rapat');
    const menuButton = await screen.findByRole('button', { name: 'Menu' });
    // The sections and the account are in the drawer, not squeezed into the header.
    expect(screen.queryByRole('navigation', { name: 'Navigasi utama' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Keluar' })).toBeNull();
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
    await user.click(menuButton);
    const drawer = await screen.findByRole('dialog', { name: 'Menu' });
    expect(within(drawer).getByRole('link', { name: 'Tindak lanjut' })).toBeTruthy();
    expect(within(drawer).getByText(signedInUser.displayName)).toBeTruthy();
    expect(within(drawer).getByRole('button', { name: 'Keluar' })).toBeTruthy();
    await user.click(within(drawer).getByRole('button', { name: 'Tutup menu' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Menu' })).toBeNull());
  });
});

describe('answers the server refuses', () => {
  it("shows a FORBIDDEN answer's message where the save was tried", async () => {
    server.use(signedInAs('secretariat'));
    const setStatus = mutation('meetings.setStatus', () =>
      trpcError('FORBIDDEN', 'meetings.setStatus', 'Anda tidak berwenang melakukan ini.'),
    );
    server.use(setStatus.handler);
    const { user } = await openMeeting();
    await user.click(screen.getByRole('button', { name: 'Tandai terlaksana' }));
    await user.click(await screen.findByRole('button', { name: 'Ya, rapat terlaksana' }));
    expect(await screen.findByText('Anda tidak berwenang melakukan ini.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: meeting.title })).toBeTruthy();
  });

  it('ends on the sign-in page when a save answers UNAUTHORIZED (the session ended)', async () => {
    const setStatus = mutation('meetings.setStatus', () =>
      trpcError('UNAUTHORIZED', 'meetings.setStatus', 'Silakan masuk terlebih dahulu.'),
    );
    server.use(setStatus.handler);
    const { user } = await openMeeting();
    server.use(
      http.get(`${API_URL}/auth.me`, () =>
        HttpResponse.json({ result: { data: { user: null, demoAccounts: [] } } }),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Tandai terlaksana' }));
    await user.click(await screen.findByRole('button', { name: 'Ya, rapat terlaksana' }));
    expect(await screen.findByRole('heading', { name: 'Masuk ke Tindak' })).toBeTruthy();
  });
});
