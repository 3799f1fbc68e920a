import { screen, waitFor, within } from '@testing-library/react';
import { type ProposalDetail, todayIn } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { rakornis } from './fixtures';
import { priorityCommitment, totProposal } from './follow-up-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, type MutationAnswer, mutation, query } from './trpc-http';

function descriptionOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const emptyPage = { items: [], nextCursor: null };

function serveProposal(proposal: ProposalDetail) {
  server.use(
    query('proposals.get', () => proposal).handler,
    query('actionItems.list', () => emptyPage).handler,
  );
}

describe('proposal page', () => {
  it('shows who proposed what to whom, where it was raised, and its history in words', async () => {
    serveProposal(totProposal);
    renderApp(`/usulan/${totProposal.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: totProposal.title })).toBeTruthy();
    const details = screen.getByRole('region', { name: 'Rincian usulan' });
    expect(within(details).getByText('Dinas Komunikasi dan Informatika Provinsi Jambi')).toBeTruthy();
    expect(within(details).getByText('Kementerian Komunikasi dan Digital')).toBeTruthy();
    expect(within(details).getByText('Belum diputuskan.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Rakornis Kominfo 2025' }).getAttribute('href')).toBe(
      `/rapat/${rakornis.id}`,
    );
    expect(screen.getAllByText('Diajukan').length).toBeGreaterThan(0);
    const actions = screen.getByRole('group', { name: 'Ubah status usulan' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Mulai kaji', 'Terima', 'Terima sebagian', 'Tolak', 'Tarik usulan']);
    // Commitments come only from an accepted proposal.
    expect(screen.queryByRole('button', { name: 'Buat komitmen dari usulan ini' })).toBeNull();
  });

  it('will not record a decision without a note, then sends the note and the day', async () => {
    const accepted: ProposalDetail = {
      ...totProposal,
      status: 'accepted',
      version: 3,
      decidedOn: todayIn(),
      decision: { note: 'Disetujui untuk 2026, kuota 30 ASN.', decidedOn: todayIn() },
      allowedActions: [],
      commitments: [
        { id: priorityCommitment.id, title: priorityCommitment.title, status: 'open', outsideScope: false },
      ],
      history: [
        ...totProposal.history,
        {
          id: 11,
          occurredAt: '2026-02-10T03:00:00.000Z',
          actorId: null,
          actorName: null,
          eventType: 'ProposalDecided',
          payload: {
            version: 3,
            action: 'accept',
            from: 'under_review',
            to: 'accepted',
            note: 'Disetujui untuk 2026, kuota 30 ASN.',
            outcome: 'accepted',
            decidedOn: todayIn(),
          },
        },
      ],
    };
    const transition = mutation('proposals.transition', (): MutationAnswer => ({ data: accepted }));
    serveProposal(totProposal);
    server.use(transition.handler);
    const { user } = renderApp(`/usulan/${totProposal.id}`);

    await user.click(await screen.findByRole('button', { name: 'Terima' }));
    const note = screen.getByRole('textbox', { name: 'Catatan keputusan' });
    expect(document.activeElement).toBe(note);
    await user.click(screen.getByRole('button', { name: 'Simpan keputusan: diterima' }));

    await waitFor(() => expect(note.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(note)).toContain('Tuliskan alasannya.');
    expect(document.activeElement).toBe(note);
    expect(transition.calls).toHaveLength(0);

    await user.type(note, 'Disetujui untuk 2026, kuota 30 ASN.');
    await user.click(screen.getByRole('button', { name: 'Simpan keputusan: diterima' }));

    await waitFor(() => expect(transition.calls).toHaveLength(1));
    expect(inputOf(transition.calls, 0)).toEqual({
      id: totProposal.id,
      version: 2,
      action: 'accept',
      decisionNote: 'Disetujui untuk 2026, kuota 30 ASN.',
      decidedOn: todayIn(),
    });
    expect(await screen.findByRole('button', { name: 'Buat komitmen dari usulan ini' })).toBeTruthy();
    expect(screen.getByText('Keputusan: Diterima')).toBeTruthy();
    expect(screen.getByRole('link', { name: priorityCommitment.title }).getAttribute('href')).toBe(
      `/komitmen/${priorityCommitment.id}`,
    );
    expect(screen.queryByRole('group', { name: 'Ubah status usulan' })).toBeNull();
  });

  it('says a proposal was not found for an unknown address', async () => {
    renderApp('/usulan/bukan-id');
    expect(await screen.findByRole('heading', { level: 1, name: 'Usulan tidak ditemukan' })).toBeTruthy();
  });
});

describe('commitment page', () => {
  it('shows who promised what for which regions, and asks for evidence before marking it fulfilled', async () => {
    const transition = mutation(
      'commitments.transition',
      (): MutationAnswer => ({ data: priorityCommitment }),
    );
    server.use(
      query('commitments.get', () => priorityCommitment).handler,
      query('actionItems.list', () => emptyPage).handler,
      transition.handler,
    );
    const { user } = renderApp(`/komitmen/${priorityCommitment.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: priorityCommitment.title })).toBeTruthy();
    const details = screen.getByRole('region', { name: 'Rincian komitmen' });
    expect(within(details).getByText('Kementerian Komunikasi dan Digital')).toBeTruthy();
    expect(within(details).getByText('Kabupaten Kerinci')).toBeTruthy();
    expect(within(details).getByText('31 Desember 2026')).toBeTruthy();
    expect(screen.getByText('Komitmen dicatat')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Tandai terpenuhi' }));
    await user.click(screen.getByRole('button', { name: 'Simpan: terpenuhi' }));
    const evidence = screen.getByRole('textbox', { name: 'Bukti' });
    await waitFor(() => expect(descriptionOf(evidence)).toContain('Isi bukti'));
    expect(transition.calls).toHaveLength(0);

    await user.type(evidence, 'Surat Komdigi nomor 12/2026');
    await user.click(screen.getByRole('button', { name: 'Simpan: terpenuhi' }));
    await waitFor(() => expect(transition.calls).toHaveLength(1));
    expect(inputOf(transition.calls, 0)).toMatchObject({
      action: 'fulfil',
      evidence: 'Surat Komdigi nomor 12/2026',
      version: 1,
    });
  });
});
