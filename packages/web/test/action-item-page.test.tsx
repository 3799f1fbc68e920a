import { screen, waitFor, within } from '@testing-library/react';
import type { ActionItemDetail } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { awaitingVerification, detailOfItem, pendingEvidence } from './action-item-fixtures';
import { rakornis } from './fixtures';
import { server, signedInUser } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, inputOf, type MutationAnswer, mutation, query, trpcError } from './trpc-http';

/** The text of everything that describes an input (Mantine links its error message this way). */
function descriptionOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** Serves the item page; `items` answer successive loads (the last one repeats). */
function serveItem(...items: ActionItemDetail[]) {
  const get = query('actionItems.get', (_input, call) => items[Math.min(call, items.length - 1)]);
  server.use(get.handler);
  return get;
}

function actionPanel() {
  return within(screen.getByRole('region', { name: 'Tindakan' }));
}

function panelButtons(): string[] {
  return actionPanel()
    .queryAllByRole('button')
    .map((button) => button.textContent ?? '');
}

describe('action item page', () => {
  it('shows the item, its disposition chain, extensions, evidence, comments and named history', async () => {
    const item = awaitingVerification({
      extensions: [
        {
          id: 'c1000000-0000-4000-8000-000000000001',
          previousDueOn: '2025-12-15',
          requestedDueOn: '2025-12-31',
          reason: 'Menunggu data operator.',
          status: 'approved',
          decisionNote: null,
          approvedDueOn: '2025-12-31',
          decidedAt: '2025-11-10T02:00:00.000Z',
          createdAt: '2025-11-09T02:00:00.000Z',
        },
      ],
      comments: [
        {
          id: 'd1',
          body: 'Data Kecamatan Gunung Raya menyusul.',
          authorId: null,
          authorName: null,
          createdAt: '2025-11-12T02:00:00.000Z',
        },
      ],
      history: [
        ...detailOfItem().history,
        {
          id: 3,
          occurredAt: '2025-11-20T03:00:00.000Z',
          actorId: null,
          actorName: null,
          eventType: 'EvidenceSubmitted',
          payload: {
            evidenceId: 'e1000000-0000-4000-8000-000000000001',
            note: 'Laporan pemetaan terlampir.',
            link: null,
            fileId: null,
          },
        },
        {
          id: 4,
          occurredAt: '2025-11-21T03:00:00.000Z',
          actorId: null,
          actorName: null,
          eventType: 'ActionItemVerified',
          payload: {
            outcome: 'rejected',
            reason: 'Koordinat belum lengkap.',
            status: { from: 'awaiting_verification', to: 'in_progress' },
          },
        },
      ],
    });
    serveItem(item);
    renderApp(`/tindak-lanjut/${item.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: item.title })).toBeTruthy();
    expect(screen.getAllByText('Menunggu verifikasi').length).toBeGreaterThan(0);
    expect(screen.getByText('Sesuai jadwal')).toBeTruthy();
    expect(screen.getByText('15 Desember 2025')).toBeTruthy();
    expect(screen.getByRole('link', { name: rakornis.title }).getAttribute('href')).toBe(
      `/rapat/${rakornis.id}`,
    );
    expect(screen.getByRole('progressbar', { name: 'Kemajuan 100%' })).toBeTruthy();

    const chain = within(screen.getByRole('region', { name: 'Alur disposisi' }));
    expect(chain.getByText('Langkah 2')).toBeTruthy();
    expect(
      chain.getByText(
        'Dinas Komunikasi dan Informatika Provinsi Jambi · Drs. Ariansyah, M.E. → Dinas Komunikasi dan Informatika Kabupaten Kerinci',
      ),
    ).toBeTruthy();
    expect(chain.getByText('Instruksi: Mohon ditindaklanjuti dan dilaporkan setiap minggu.')).toBeTruthy();

    const extensions = within(screen.getByRole('region', { name: 'Perpanjangan tenggat' }));
    expect(extensions.getByText('Tenggat 15 Desember 2025 → 31 Desember 2025')).toBeTruthy();
    expect(extensions.getByText('Disetujui')).toBeTruthy();

    const evidence = within(screen.getByRole('region', { name: 'Bukti' }));
    const file = evidence.getByRole('link', { name: 'pemetaan-kerinci.pdf' });
    expect(file.getAttribute('href')).toBe(`/api/files/${pendingEvidence.file?.id}`);

    const comments = within(screen.getByRole('region', { name: 'Komentar' }));
    expect(comments.getByText('Data Kecamatan Gunung Raya menyusul.')).toBeTruthy();

    const history = within(screen.getByRole('region', { name: 'Riwayat' }));
    expect(history.getByText('Ditugaskan')).toBeTruthy();
    expect(history.getByText('Didisposisikan')).toBeTruthy();
    expect(history.getByText('Bukti dikirim')).toBeTruthy();
    expect(history.getByText('Diverifikasi')).toBeTruthy();
    expect(history.getByText('Bukti ditolak')).toBeTruthy();
    expect(history.getByText('Alasan: Koordinat belum lengkap.')).toBeTruthy();
  });

  it('offers only the actions valid now', async () => {
    const awaiting = awaitingVerification();
    serveItem(awaiting);
    const first = renderApp(`/tindak-lanjut/${awaiting.id}`);
    await screen.findByRole('heading', { level: 1, name: awaiting.title });
    expect(panelButtons()).toEqual([
      'Verifikasi',
      'Disposisikan',
      'Minta perpanjangan',
      'Ubah rincian',
      'Batalkan tindak lanjut',
    ]);
    first.unmount();

    const open = detailOfItem({
      status: 'open',
      allowedActions: ['start', 'submitEvidence', 'block', 'cancel'],
      extensions: [
        {
          id: 'c1000000-0000-4000-8000-000000000002',
          previousDueOn: '2025-12-15',
          requestedDueOn: '2026-01-15',
          reason: 'Libur akhir tahun.',
          status: 'pending',
          decisionNote: null,
          approvedDueOn: null,
          decidedAt: null,
          createdAt: '2025-11-09T02:00:00.000Z',
        },
      ],
    });
    serveItem(open);
    renderApp(`/tindak-lanjut/${open.id}`);
    await screen.findByRole('heading', { level: 1, name: open.title });
    // A pending request is decided, not asked for again.
    expect(panelButtons()).toEqual([
      'Mulai kerjakan',
      'Kirim bukti',
      'Laporkan kemajuan',
      'Putuskan perpanjangan',
      'Disposisikan',
      'Tandai terhambat',
      'Ubah rincian',
      'Batalkan tindak lanjut',
    ]);
  });

  it('offers each role only what it may do: staff on their own item, viewers nothing', async () => {
    const item = detailOfItem({
      status: 'in_progress',
      allowedActions: ['submitEvidence', 'block', 'cancel'],
      ownerPerson: null,
    });
    const as = (role: 'staff' | 'viewer', organizationId: string) =>
      server.use(
        http.get(`${API_URL}/auth.me`, () =>
          HttpResponse.json({
            result: {
              data: {
                user: {
                  ...signedInUser,
                  role,
                  organization: { ...signedInUser.organization, id: organizationId },
                },
                demoAccounts: [],
              },
            },
          }),
        ),
      );
    serveItem(item);
    as('staff', item.ownerOrganization.id);
    const staff = renderApp(`/tindak-lanjut/${item.id}`);
    await screen.findByRole('heading', { level: 1, name: item.title });
    expect(panelButtons()).toEqual(['Kirim bukti', 'Laporkan kemajuan', 'Minta perpanjangan']);
    expect(screen.getByRole('textbox', { name: 'Tulis komentar' })).toBeTruthy();
    staff.unmount();

    as('staff', 'f0000000-0000-4000-8000-00000000ffff');
    const otherStaff = renderApp(`/tindak-lanjut/${item.id}`);
    await screen.findByRole('heading', { level: 1, name: item.title });
    expect(panelButtons()).toEqual([]);
    otherStaff.unmount();

    as('viewer', item.ownerOrganization.id);
    renderApp(`/tindak-lanjut/${item.id}`);
    await screen.findByRole('heading', { level: 1, name: item.title });
    expect(panelButtons()).toEqual([]);
    expect(screen.queryByRole('textbox', { name: 'Tulis komentar' })).toBeNull();
  });

  it('says nothing more can be done on a finished item', async () => {
    const done = detailOfItem({ status: 'done', health: null, progress: 100, allowedActions: [] });
    serveItem(done);
    renderApp(`/tindak-lanjut/${done.id}`);
    await screen.findByRole('heading', { level: 1, name: done.title });
    expect(panelButtons()).toEqual([]);
    expect(
      actionPanel().getByText(/Tidak ada tindakan lagi: tindak lanjut ini berstatus Selesai/),
    ).toBeTruthy();
  });

  it('asks for a reason next to the field before rejecting evidence, then sends it', async () => {
    const item = awaitingVerification();
    const rejected = detailOfItem({
      version: 4,
      evidence: [{ ...pendingEvidence, verdict: 'rejected', verdictReason: 'Koordinat belum lengkap.' }],
    });
    serveItem(item, rejected);
    const verify = mutation('actionItems.verify', () => ({ data: rejected }));
    server.use(verify.handler);
    const { user } = renderApp(`/tindak-lanjut/${item.id}`);

    await user.click(await screen.findByRole('button', { name: 'Verifikasi' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Verifikasi bukti' }));
    // The verifier sees what they judge.
    expect(dialog.getByText('Laporan pemetaan terlampir.')).toBeTruthy();
    await user.click(dialog.getByRole('button', { name: 'Tolak bukti' }));

    const reason = dialog.getByRole('textbox', { name: 'Alasan penolakan atau catatan' });
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(reason)).toContain('Tuliskan alasannya.');
    expect(document.activeElement).toBe(reason);
    expect(verify.calls).toHaveLength(0);

    await user.type(reason, 'Koordinat belum lengkap.');
    await user.click(dialog.getByRole('button', { name: 'Tolak bukti' }));

    expect(await screen.findByText('Bukti ditolak; tindak lanjut kembali dikerjakan.')).toBeTruthy();
    expect(inputOf(verify.calls, 0)).toEqual({
      id: item.id,
      version: item.version,
      accept: false,
      reason: 'Koordinat belum lengkap.',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Alasan penolakan: Koordinat belum lengkap.')).toBeTruthy();
  });

  it("shows a server's field message next to that field and keeps what was typed", async () => {
    const item = detailOfItem();
    serveItem(item);
    const message = 'Terlalu panjang: paling banyak 2000 karakter.';
    const report = mutation('actionItems.reportProgress', () =>
      trpcError('BAD_REQUEST', 'actionItems.reportProgress', `note: ${message}`, {
        issues: [{ path: 'note', message }],
      }),
    );
    server.use(report.handler);
    const { user } = renderApp(`/tindak-lanjut/${item.id}`);

    await user.click(await screen.findByRole('button', { name: 'Laporkan kemajuan' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Laporkan kemajuan' }));
    const value = dialog.getByRole('textbox', { name: 'Kemajuan (%)' });
    await user.clear(value);
    await user.type(value, '60');
    await user.type(dialog.getByRole('textbox', { name: 'Catatan kemajuan' }), 'Sepuluh kecamatan selesai.');
    await user.click(dialog.getByRole('button', { name: 'Simpan kemajuan' }));

    const note = dialog.getByRole('textbox', { name: 'Catatan kemajuan' });
    await waitFor(() => expect(descriptionOf(note)).toContain(message));
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect((note as HTMLTextAreaElement).value).toBe('Sepuluh kecamatan selesai.');
    expect(dialog.getByRole('alert').textContent).toContain('Belum terkirim');
    expect(inputOf(report.calls, 0)).toEqual({
      id: item.id,
      version: item.version,
      progress: 60,
      note: 'Sepuluh kecamatan selesai.',
      // Made when Save was pressed, so a resend after a lost answer applies once (issue 20).
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it('on a conflict explains it, reloads the latest version on request and keeps what was typed', async () => {
    const mine = awaitingVerification({ version: 3 });
    const theirs = awaitingVerification({
      version: 5,
      comments: [
        {
          id: 'd2',
          body: 'Sudah dicek Kabid.',
          authorId: null,
          authorName: null,
          createdAt: '2025-11-22T02:00:00.000Z',
        },
      ],
    });
    serveItem(mine, theirs);
    const verify = mutation(
      'actionItems.verify',
      (_input, call): MutationAnswer =>
        call === 0
          ? trpcError(
              'CONFLICT',
              'actionItems.verify',
              'Data ini sudah diubah orang lain sejak Anda membukanya. Periksa versi terbaru lalu simpan lagi.',
              { issues: [{ path: 'version', message: 'stale' }], current: theirs },
            )
          : { data: detailOfItem({ status: 'done', version: 6, allowedActions: [] }) },
    );
    server.use(verify.handler);
    const { user } = renderApp(`/tindak-lanjut/${mine.id}`);

    await user.click(await screen.findByRole('button', { name: 'Verifikasi' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Verifikasi bukti' }));
    const reason = dialog.getByRole('textbox', { name: 'Alasan penolakan atau catatan' });
    await user.type(reason, 'Lengkap, terima kasih.');
    await user.click(dialog.getByRole('button', { name: 'Terima bukti' }));

    expect(await dialog.findByText('Tindak lanjut ini sudah diubah orang lain')).toBeTruthy();
    expect(inputOf(verify.calls, 0)).toMatchObject({ version: 3, accept: true });
    await user.click(dialog.getByRole('button', { name: 'Muat versi terbaru' }));

    // The page behind shows their change; the form keeps the words typed.
    expect(await screen.findByText('Sudah dicek Kabid.')).toBeTruthy();
    expect((reason as HTMLTextAreaElement).value).toBe('Lengkap, terima kasih.');
    expect(dialog.getByRole('status').textContent).toContain('Versi terbaru dimuat');

    await user.click(dialog.getByRole('button', { name: 'Terima bukti' }));
    await waitFor(() => expect(verify.calls).toHaveLength(2));
    expect(inputOf(verify.calls, 1)).toEqual({
      id: mine.id,
      version: 5,
      accept: true,
      reason: 'Lengkap, terima kasih.',
    });
    expect(await screen.findByText('Bukti diterima; tindak lanjut selesai.')).toBeTruthy();
  });

  it('treats a mangled address as a missing item without asking the server', async () => {
    renderApp('/tindak-lanjut/bukan-id');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tindak lanjut tidak ditemukan' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kembali ke daftar tindak lanjut' }).getAttribute('href')).toBe(
      '/tindak-lanjut',
    );
  });

  it('lets a head correct the details, sending the version they saw', async () => {
    const item = detailOfItem({
      status: 'in_progress',
      allowedActions: ['submitEvidence', 'block', 'cancel'],
    });
    serveItem(item, { ...item, title: 'Petakan blank spot Kerinci (revisi)', version: item.version + 1 });
    const update = mutation('actionItems.update', () => ({ data: { ...item, version: item.version + 1 } }));
    server.use(update.handler);
    const { user } = renderApp(`/tindak-lanjut/${item.id}`);
    await screen.findByRole('heading', { level: 1, name: item.title });
    await user.click(actionPanel().getByRole('button', { name: 'Ubah rincian' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Ubah rincian tindak lanjut' }));
    const title = dialog.getByRole('textbox', { name: /Judul tindak lanjut/ });
    await user.clear(title);
    await user.type(title, 'Petakan blank spot Kerinci (revisi)');
    await user.click(dialog.getByRole('button', { name: 'Simpan perubahan' }));
    await waitFor(() => expect(update.calls).toHaveLength(1));
    expect(inputOf(update.calls, 0)).toMatchObject({
      id: item.id,
      version: item.version,
      title: 'Petakan blank spot Kerinci (revisi)',
      dueOn: item.dueOn,
    });
  });
});
