import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { detailOf, komdigi, organizations, rakornis, regions } from './fixtures';
import { emptyFollowUpLists } from './follow-up-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, type MutationAnswer, mutation, query, trpcError } from './trpc-http';

function serveReferenceData() {
  server.use(
    query('regions.list', () => regions).handler,
    query('organizations.list', () => organizations).handler,
    query('people.search', () => []).handler,
    // The form asks for meetings like the one being logged once type, host and date are filled in.
    query('meetings.similar', () => []).handler,
  );
}

/** The text of everything that describes an input (Mantine links its error message this way). */
function descriptionOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function input(name: string): HTMLInputElement {
  return screen.getByRole('textbox', { name }) as HTMLInputElement;
}

/** Date and time inputs have no textbox role; find them by their label's text. */
function labelled(text: string): HTMLInputElement {
  const label = screen.getAllByText(text).find((el) => el.tagName === 'LABEL');
  const id = label?.getAttribute('for');
  const element = id ? document.getElementById(id) : null;
  if (!element) throw new Error(`no input labelled ${text}`);
  return element as HTMLInputElement;
}

describe('meeting form', () => {
  it('shows the shared schema message next to a blank title and sends nothing', async () => {
    serveReferenceData();
    const create = mutation('meetings.create', () => ({ data: null }));
    server.use(create.handler);
    const { user } = renderApp('/rapat/baru');

    await user.click(await screen.findByRole('button', { name: 'Simpan rapat' }));

    const title = input('Judul rapat');
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(title)).toContain('Wajib diisi.');
    expect(descriptionOf(labelled('Tanggal mulai'))).toContain('Wajib diisi.');
    expect(screen.getByRole('alert').textContent).toContain('Periksa isian yang ditandai');
    // Focus goes to the first field to fix.
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Jenis rapat' }));
    expect(create.calls).toHaveLength(0);

    // Switching language re-words the messages the form produced itself.
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(descriptionOf(input('Meeting title'))).toContain('This field is required.'));
  });

  it('puts a server message for endsAt next to the end field, keeps what was typed, and retries with the same key', async () => {
    serveReferenceData();
    const saved = detailOf({ ...rakornis, host: { id: komdigi.id, name: komdigi.name } });
    const endsAtMessage = 'Rapat tidak boleh berlangsung lebih dari 31 hari.';
    const create = mutation(
      'meetings.create',
      (_input, call): MutationAnswer =>
        call === 0
          ? trpcError('BAD_REQUEST', 'meetings.create', `endsAt: ${endsAtMessage}`, {
              issues: [{ path: 'endsAt', message: endsAtMessage }],
            })
          : { data: saved },
    );
    server.use(create.handler, query('meetings.get', () => saved).handler, ...emptyFollowUpLists());
    const { user } = renderApp('/rapat/baru');

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Jenis rapat' }), 'rakornis');
    await user.type(input('Judul rapat'), 'Rakornis Kominfo 2025');
    await user.click(screen.getByRole('combobox', { name: 'Instansi penyelenggara' }));
    await user.type(screen.getByRole('combobox', { name: 'Instansi penyelenggara' }), 'Komdigi');
    await user.click(await screen.findByRole('option', { name: komdigi.name }));
    fireEvent.change(labelled('Tanggal mulai'), { target: { value: '2025-11-03' } });
    fireEvent.change(labelled('Jam mulai'), { target: { value: '09:00' } });
    fireEvent.change(labelled('Tanggal selesai'), { target: { value: '2025-11-03' } });
    fireEvent.change(labelled('Jam selesai'), { target: { value: '12:00' } });
    await user.type(input('Tempat'), 'Auditorium Rumah Dinas Gubernur Jambi');
    await user.click(screen.getByRole('button', { name: 'Simpan rapat' }));

    const end = labelled('Tanggal selesai');
    await waitFor(() => expect(descriptionOf(end)).toContain(endsAtMessage));
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(input('Judul rapat').value).toBe('Rakornis Kominfo 2025');
    expect(labelled('Jam mulai').value).toBe('09:00');
    expect(screen.getByRole('alert').textContent).toContain('Rapat belum tersimpan');

    const sent = inputOf(create.calls, 0);
    expect(sent).toMatchObject({
      type: 'rakornis',
      title: 'Rakornis Kominfo 2025',
      startsAt: '2025-11-03T02:00:00.000Z',
      endsAt: '2025-11-03T05:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      hostOrganizationId: komdigi.id,
    });
    expect(sent.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(create.calls[0]?.language).toBe('id');

    await user.click(screen.getByRole('button', { name: 'Simpan rapat' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Rakornis Kominfo 2025' })).toBeTruthy();
    expect(await screen.findByText('Rapat dicatat.')).toBeTruthy();
    expect(inputOf(create.calls, 1).idempotencyKey).toBe(sent.idempotencyKey);
  });

  it('adds a guest row and reports a server problem on that row', async () => {
    serveReferenceData();
    const create = mutation('meetings.create', () =>
      trpcError('BAD_REQUEST', 'meetings.create', 'x', {
        issues: [
          { path: 'participants.0.guestName', message: 'Terlalu panjang: paling banyak 200 karakter.' },
        ],
      }),
    );
    server.use(create.handler);
    const { user } = renderApp('/rapat/baru');

    await user.click(await screen.findByRole('button', { name: 'Tambah tamu' }));
    const guestName = input('Nama tamu');
    expect(document.activeElement).toBe(guestName);
    await user.type(guestName, 'Arnanto Nurprabowo');
    expect(screen.getByText('Jumlah peserta: 1')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Peran' }), 'speaker');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Jenis rapat' }), 'audiensi');
    await user.type(input('Judul rapat'), 'Audiensi ke Komdigi');
    await user.click(screen.getByRole('combobox', { name: 'Instansi penyelenggara' }));
    await user.click(await screen.findByRole('option', { name: komdigi.name }));
    for (const [label, value] of [
      ['Tanggal mulai', '2026-02-09'],
      ['Jam mulai', '09:00'],
      ['Tanggal selesai', '2026-02-09'],
      ['Jam selesai', '11:00'],
    ] as const) {
      fireEvent.change(labelled(label), { target: { value } });
    }
    await user.type(input('Tautan daring'), 'https://zoom.us/j/123');
    await user.click(screen.getByRole('button', { name: 'Simpan rapat' }));

    await waitFor(() => expect(descriptionOf(input('Nama tamu'))).toContain('Terlalu panjang'));
    expect(inputOf(create.calls, 0).participants).toEqual([
      {
        kind: 'guest',
        guestName: 'Arnanto Nurprabowo',
        guestPosition: '',
        role: 'speaker',
        attendance: 'present',
        organizationId: null,
        regionCode: null,
        representedBy: '',
      },
    ]);

    await user.click(screen.getByRole('button', { name: 'Hapus Arnanto Nurprabowo dari peserta' }));
    expect(screen.getByText('Jumlah peserta: 0')).toBeTruthy();
  });

  it("finds a guest's region by its Kemendagri code, under its province", async () => {
    serveReferenceData();
    const { user } = renderApp('/rapat/baru');
    await user.click(await screen.findByRole('button', { name: 'Tambah tamu' }));
    await user.type(screen.getByRole('combobox', { name: 'Wilayah' }), '15.71');
    const options = within(await screen.findByRole('listbox', { name: 'Wilayah' })).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Kota Jambi']);
    await user.click(options[0] as HTMLElement);
    expect((screen.getByRole('combobox', { name: 'Wilayah' }) as HTMLInputElement).value).toBe('Kota Jambi');
  });

  it('asks who came in the place of a participant marked "Diwakilkan", and sends nothing without it', async () => {
    serveReferenceData();
    const create = mutation('meetings.create', () => ({ data: null }));
    server.use(create.handler);
    const { user } = renderApp('/rapat/baru');

    await user.click(await screen.findByRole('button', { name: 'Tambah tamu' }));
    await user.type(input('Nama tamu'), 'Kepala Diskominfo Kerinci');
    expect(screen.queryByRole('textbox', { name: /Diwakili oleh/ })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kehadiran' }), 'represented');
    const representedBy = screen.getByRole('textbox', {
      name: 'Diwakili oleh, untuk Kepala Diskominfo Kerinci',
    });

    await user.click(screen.getByRole('button', { name: 'Simpan rapat' }));
    await waitFor(() => expect(representedBy.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(representedBy)).toContain('Isi siapa yang mewakili.');
    expect(create.calls).toHaveLength(0);

    // Back to "Hadir": the question goes away, and nothing typed for it is sent.
    await user.type(representedBy, 'Sekretaris Dinas');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kehadiran' }), 'present');
    expect(screen.queryByRole('textbox', { name: /Diwakili oleh/ })).toBeNull();
  });

  it('on a conflict explains it and loads the latest version to save over', async () => {
    serveReferenceData();
    const mine = detailOf(rakornis, { version: 1 });
    const theirs = detailOf(rakornis, { version: 2, title: 'Rakornis Kominfo 2025 (revisi)' });
    const update = mutation(
      'meetings.update',
      (_input, call): MutationAnswer =>
        call === 0
          ? trpcError(
              'CONFLICT',
              'meetings.update',
              'Data ini sudah diubah orang lain sejak Anda membukanya. Periksa versi terbaru lalu simpan lagi.',
              { issues: [{ path: 'version', message: 'stale' }], current: theirs },
            )
          : { data: theirs },
    );
    server.use(update.handler, query('meetings.get', () => mine).handler);
    const { user } = renderApp(`/rapat/${rakornis.id}/ubah`);

    const title = await screen.findByRole('textbox', { name: 'Judul rapat' });
    expect((title as HTMLInputElement).value).toBe('Rakornis Kominfo 2025');
    expect(labelled('Jam mulai').value).toBe('09:00');
    await user.type(title, ' baru');
    await user.click(screen.getByRole('button', { name: 'Simpan perubahan' }));

    expect(await screen.findByText('Rapat ini sudah diubah orang lain')).toBeTruthy();
    expect(inputOf(update.calls, 0).version).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Muat versi terbaru' }));
    expect(input('Judul rapat').value).toBe('Rakornis Kominfo 2025 (revisi)');

    await user.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    await waitFor(() => expect(update.calls).toHaveLength(2));
    expect(update.calls[1]?.input).toMatchObject({ id: rakornis.id, version: 2 });
  });
});
