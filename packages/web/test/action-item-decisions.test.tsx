import { screen, waitFor, within } from '@testing-library/react';
import type { ActionItemDetail } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { detailOfItem } from './action-item-fixtures';
import { server, signedInAs, signedInUser } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, mutation, query } from './trpc-http';

/**
 * Issue 21 on the item page: progress that says what happened, an extension approved with another
 * date, the last decision as a banner at the top, and roles that say in words what they cannot do.
 */
function serveItem(...items: ActionItemDetail[]) {
  const get = query('actionItems.get', (_input, call) => items[Math.min(call, items.length - 1)]);
  server.use(get.handler);
  return get;
}

const history = (events: Omit<ActionItemDetail['history'][number], 'actorId' | 'actorName'>[]) =>
  events.map((event) => ({ actorId: null, actorName: null, ...event }));

function actionPanel() {
  return within(screen.getByRole('region', { name: 'Tindakan' }));
}

describe('progress in the history', () => {
  it('says when evidence set the progress and when a rejection returned it', async () => {
    const item = detailOfItem({
      progress: 40,
      history: history([
        {
          id: 5,
          occurredAt: '2025-11-21T03:00:00.000Z',
          eventType: 'ActionItemVerified',
          payload: {
            outcome: 'rejected',
            reason: 'Koordinat belum lengkap.',
            status: { from: 'awaiting_verification', to: 'in_progress' },
            progress: { from: 100, to: 40 },
          },
        },
        {
          id: 4,
          occurredAt: '2025-11-20T03:00:00.000Z',
          eventType: 'EvidenceSubmitted',
          payload: {
            evidenceId: 'e1000000-0000-4000-8000-000000000001',
            note: null,
            link: null,
            fileId: null,
            progress: { from: 40, to: 100 },
          },
        },
      ]),
    });
    serveItem(item);
    renderApp(`/tindak-lanjut/${item.id}`);
    const section = within(await screen.findByRole('region', { name: 'Riwayat' }));
    expect(section.getByText('Kemajuan 40% → 100% karena bukti dikirim')).toBeTruthy();
    expect(
      section.getByText('Kemajuan kembali ke 40% (nilai terakhir yang dilaporkan), dari 100%'),
    ).toBeTruthy();
  });

  it('says when an extension was approved with another date than the one asked for', async () => {
    const item = detailOfItem({
      history: history([
        {
          id: 4,
          occurredAt: '2025-11-20T03:00:00.000Z',
          eventType: 'ExtensionDecided',
          payload: {
            extensionId: 'c1000000-0000-4000-8000-000000000001',
            approved: true,
            note: 'Cukup dua minggu.',
            dueOn: { from: '2025-12-15', to: '2025-12-31' },
            requestedDueOn: '2026-01-15',
          },
        },
      ]),
    });
    serveItem(item);
    renderApp(`/tindak-lanjut/${item.id}`);
    const section = within(await screen.findByRole('region', { name: 'Riwayat' }));
    expect(
      section.getByText('Disetujui sampai 31 Desember 2025, bukan 15 Januari 2026 yang diminta'),
    ).toBeTruthy();
    expect(section.getByText('Catatan: Cukup dua minggu.')).toBeTruthy();
  });
});

const pendingRequest: ActionItemDetail['extensions'][number] = {
  id: 'c1000000-0000-4000-8000-000000000002',
  previousDueOn: '2025-12-15',
  requestedDueOn: '2026-01-15',
  reason: 'Libur akhir tahun.',
  status: 'pending',
  decisionNote: null,
  approvedDueOn: null,
  decidedAt: null,
  createdAt: '2025-11-09T02:00:00.000Z',
};

describe('deciding an extension', () => {
  it('approves another date only with a reason, and sends that date', async () => {
    const item = detailOfItem({ extensions: [pendingRequest] });
    const decided = detailOfItem({ version: item.version + 1, dueOn: '2025-12-31' });
    serveItem(item, decided);
    const decide = mutation('actionItems.decideExtension', () => ({ data: decided }));
    server.use(decide.handler);
    const { user } = renderApp(`/tindak-lanjut/${item.id}`);

    await user.click(await screen.findByRole('button', { name: 'Putuskan perpanjangan' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Putuskan perpanjangan tenggat' }));
    const date = dialog.getByLabelText('Tenggat yang disetujui') as HTMLInputElement;
    // A DateField shows and takes dd/mm/yyyy; the form still sends YYYY-MM-DD.
    expect(date.value).toBe('15/01/2026');
    await user.clear(date);
    await user.type(date, '31/12/2025');
    await user.click(dialog.getByRole('button', { name: 'Setujui perpanjangan' }));

    const note = dialog.getByRole('textbox', { name: 'Catatan keputusan' });
    await waitFor(() => expect(note.getAttribute('aria-invalid')).toBe('true'));
    expect(decide.calls).toHaveLength(0);

    await user.type(note, 'Cukup dua minggu.');
    await user.click(dialog.getByRole('button', { name: 'Setujui perpanjangan' }));
    await waitFor(() => expect(decide.calls).toHaveLength(1));
    expect(inputOf(decide.calls, 0)).toEqual({
      id: item.id,
      version: item.version,
      extensionId: pendingRequest.id,
      approve: true,
      approvedDueOn: '2025-12-31',
      note: 'Cukup dua minggu.',
    });
  });

  it('approves the requested date without asking for a reason', async () => {
    const item = detailOfItem({ extensions: [pendingRequest] });
    serveItem(item);
    const decide = mutation('actionItems.decideExtension', () => ({ data: item }));
    server.use(decide.handler);
    const { user } = renderApp(`/tindak-lanjut/${item.id}`);
    await user.click(await screen.findByRole('button', { name: 'Putuskan perpanjangan' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Putuskan perpanjangan tenggat' }));
    await user.click(dialog.getByRole('button', { name: 'Setujui perpanjangan' }));
    await waitFor(() => expect(decide.calls).toHaveLength(1));
    expect(inputOf(decide.calls, 0)).toMatchObject({ approve: true, approvedDueOn: '2026-01-15' });
  });
});

describe('the latest decision at the top of the item', () => {
  it.each([
    [
      { kind: 'evidenceRejected', reason: 'Belum ada berita acara.', decidedAt: '2025-11-21T03:00:00.000Z' },
      'Bukti ditolak: Belum ada berita acara.',
    ],
    [
      {
        kind: 'extensionApproved',
        dueOn: '2025-12-31',
        requestedDueOn: '2025-12-31',
        note: null,
        decidedAt: '2025-11-21T03:00:00.000Z',
      },
      'Perpanjangan disetujui sampai 31 Desember 2025.',
    ],
    [
      {
        kind: 'extensionApproved',
        dueOn: '2025-12-31',
        requestedDueOn: '2026-01-15',
        note: 'Cukup dua minggu.',
        decidedAt: '2025-11-21T03:00:00.000Z',
      },
      'Perpanjangan disetujui sampai 31 Desember 2025 (diminta 15 Januari 2026).',
    ],
    [
      { kind: 'extensionRefused', note: 'Data sudah tersedia.', decidedAt: '2025-11-21T03:00:00.000Z' },
      'Perpanjangan ditolak: Data sudah tersedia.',
    ],
  ] as const)('shows %o as a banner above the details', async (decision, words) => {
    const item = detailOfItem({ latestDecision: decision });
    serveItem(item);
    renderApp(`/tindak-lanjut/${item.id}`);
    await screen.findByRole('heading', { level: 1, name: item.title });
    const banner = screen.getByTestId('decision-banner');
    expect(banner.textContent).toContain(words);
    // At the top: before the details card, not far below under "Bukti".
    const details = screen.getByRole('region', { name: 'Rincian tindak lanjut' });
    expect(banner.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no banner once the owner has acted (the API sends none)', async () => {
    const item = detailOfItem({ latestDecision: null });
    serveItem(item);
    renderApp(`/tindak-lanjut/${item.id}`);
    await screen.findByRole('heading', { level: 1, name: item.title });
    expect(screen.queryByTestId('decision-banner')).toBeNull();
  });
});

describe('roles say in words what they cannot do', () => {
  it('tells a viewer they only read, without blaming the status, and offers no comment box', async () => {
    const item = detailOfItem({ status: 'open', allowedActions: ['start', 'submitEvidence', 'cancel'] });
    serveItem(item);
    server.use(signedInAs('viewer'));
    renderApp(`/tindak-lanjut/${item.id}`);
    await screen.findByRole('heading', { level: 1, name: item.title });
    expect(screen.getByRole('note').textContent).toContain('Anda hanya dapat membaca tindak lanjut ini');
    expect(actionPanel().getByText('Anda hanya dapat membaca tindak lanjut ini.')).toBeTruthy();
    expect(screen.queryByText(/Tidak ada tindakan lagi/)).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Tulis komentar' })).toBeNull();
    const comments = within(screen.getByRole('region', { name: 'Komentar' }));
    expect(comments.getByText(/Peran Anda hanya dapat membaca komentar/)).toBeTruthy();
  });

  it('tells staff on their own item that only heads assign, change or cancel', async () => {
    const item = detailOfItem({ ownerPerson: null, allowedActions: ['submitEvidence', 'block', 'cancel'] });
    serveItem(item);
    server.use(
      signedInAs('staff', { organization: { ...signedInUser.organization, id: item.ownerOrganization.id } }),
    );
    renderApp(`/tindak-lanjut/${item.id}`);
    await screen.findByRole('heading', { level: 1, name: item.title });
    expect(
      actionPanel().getByText(
        'Hanya kepala yang dapat menugaskan, mengubah, atau membatalkan tindak lanjut.',
      ),
    ).toBeTruthy();
  });

  it("tells staff on someone else's item who works on it, with no comment box", async () => {
    const item = detailOfItem();
    serveItem(item);
    server.use(signedInAs('staff'));
    renderApp(`/tindak-lanjut/${item.id}`);
    await screen.findByRole('heading', { level: 1, name: item.title });
    expect(actionPanel().getByText(/Hanya penanggung jawab dan kepala/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Tulis komentar' })).toBeNull();
  });
});
