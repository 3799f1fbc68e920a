import { screen, waitFor } from '@testing-library/react';
import type { CommitmentDetail, ProposalSummary } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { organizations, regions } from './fixtures';
import { priorityCommitment, totProposal } from './follow-up-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, type MutationAnswer, mutation, query, trpcError } from './trpc-http';

/** One reply can answer several proposals (issue 19): Komdigi's to the ToT and the blank-spot ones. */

const emptyPage = { items: [], nextCursor: null };
const outside = { outsideScope: true } as const;
const tot = { id: totProposal.id, title: totProposal.title, status: 'partly_accepted' as const };
const blankSpot: ProposalSummary = {
  ...totProposal,
  id: '7a1f0c3e-2b4d-4e6f-8a9b-0c1d2e3f0002',
  title: 'Penanganan blank spot di Kerinci, Merangin dan Bungo',
  status: 'accepted',
};
const answering: CommitmentDetail = {
  ...priorityCommitment,
  proposal: { ...tot, outsideScope: false },
  proposals: [{ ...tot, outsideScope: false }, outside],
};

function serve(commitment: CommitmentDetail) {
  const list = query('proposals.list', (input) => ({
    items: (input as { status: string }).status === 'accepted' ? [blankSpot] : [{ ...totProposal, ...tot }],
    nextCursor: null,
  }));
  server.use(
    query('commitments.get', () => commitment).handler,
    query('actionItems.list', () => emptyPage).handler,
    query('organizations.list', () => organizations).handler,
    query('regions.list', () => regions).handler,
    query('people.search', () => []).handler,
    list.handler,
  );
  return list;
}

describe('a commitment answering several proposals', () => {
  it('lists every proposal it answers on its page, one outside the region only as such', async () => {
    serve(answering);
    renderApp(`/komitmen/${answering.id}`);
    const link = await screen.findByRole('link', { name: tot.title });
    expect(link.getAttribute('href')).toBe(`/usulan/${tot.id}`);
    expect(screen.getAllByText(/^Usulan:/)).toHaveLength(2);
    expect(screen.getByText('Catatan di luar wilayah Anda')).toBeTruthy();
  });

  it('picks several accepted proposals in the form and sends the readable ones as proposalIds', async () => {
    const list = serve(answering);
    const update = mutation('commitments.update', (): MutationAnswer => ({ data: answering }));
    server.use(update.handler);
    const { user } = renderApp(`/komitmen/${answering.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ubah komitmen' }));
    const picker = await screen.findByLabelText('Usulan yang dijawab', { selector: 'input' });
    // The one outside the region stays linked, and the form says so without naming it.
    expect(screen.getByText(/Usulan di luar wilayah Anda tetap terhubung: 1\./)).toBeTruthy();
    // Nothing is asked for until the picker opens.
    expect(list.calls).toHaveLength(0);
    await user.click(picker);
    await waitFor(() =>
      expect(list.calls.map((c) => (c.input as { status: string }).status).sort()).toEqual([
        'accepted',
        'partly_accepted',
      ]),
    );
    await user.click(await screen.findByRole('option', { name: blankSpot.title }));
    await user.click(screen.getByRole('button', { name: 'Simpan perubahan komitmen' }));
    await waitFor(() => expect(update.calls).toHaveLength(1));
    const sent = inputOf(update.calls, 0);
    expect(sent.proposalIds).toEqual([tot.id, blankSpot.id]);
    expect(sent).not.toHaveProperty('proposalId');
  });

  it('shows a refused proposal on the picker, in words', async () => {
    serve(answering);
    const update = mutation('commitments.update', () =>
      trpcError('NOT_FOUND', 'commitments.update', 'Usulan tidak ditemukan.', {
        issues: [{ path: 'proposalIds.0', message: 'Usulan tidak ditemukan.' }],
      }),
    );
    server.use(update.handler);
    const { user } = renderApp(`/komitmen/${answering.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ubah komitmen' }));
    await user.click(screen.getByRole('button', { name: 'Simpan perubahan komitmen' }));
    const picker = await screen.findByLabelText('Usulan yang dijawab', { selector: 'input' });
    await waitFor(() => expect(picker.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText('Usulan tidak ditemukan.').length).toBeGreaterThan(0);
  });
});
