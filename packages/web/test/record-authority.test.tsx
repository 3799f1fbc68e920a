import { screen, waitFor, within } from '@testing-library/react';
import type { ActionItemDetail, CommitmentDetail, CommitmentSummary, ProposalDetail } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { detailOfItem } from './action-item-fixtures';
import { komdigi, organizations, rakornis, regions, teboOffice } from './fixtures';
import { priorityCommitment, totProposal } from './follow-up-fixtures';
import { server, signedInAs } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, type MutationAnswer, mutation, query } from './trpc-http';

/**
 * Reading a record never implies changing it: pages offer only what the person may really do
 * (the shared authority rules), and a linked record outside their region is only named as such.
 */

const emptyPage = { items: [], nextCursor: null };
const outside = { outsideScope: true } as const;
const OUTSIDE = 'Catatan di luar wilayah Anda';

/** Every link on the page that points into one kind of record page. */
function linksTo(prefix: string): string[] {
  return screen
    .queryAllByRole('link')
    .map((link) => link.getAttribute('href') ?? '')
    .filter((href) => href.startsWith(prefix));
}

function serveItem(item: ActionItemDetail) {
  server.use(query('actionItems.get', () => item).handler);
}

function panelButtons(): string[] {
  return within(screen.getByRole('region', { name: 'Tindakan' }))
    .queryAllByRole('button')
    .map((button) => button.textContent ?? '');
}

describe('action item page: work only on what is yours', () => {
  const item = detailOfItem({ status: 'in_progress', allowedActions: ['submitEvidence', 'block', 'cancel'] });
  const ownerId = item.ownerPerson?.id ?? null;

  it('offers staff who do not own the item no work, and says whose it is', async () => {
    serveItem(item);
    server.use(signedInAs('staff', { personId: 'b1000000-0000-4000-8000-0000000000ff' }));
    renderApp(`/tindak-lanjut/${item.id}`);
    await screen.findByRole('heading', { level: 1, name: item.title });
    expect(panelButtons()).toEqual([]);
    expect(screen.queryByRole('textbox', { name: 'Tulis komentar' })).toBeNull();
    expect(screen.getByRole('note').textContent).toBe(
      'Anda hanya dapat membaca tindak lanjut ini: tindak lanjut ini ditugaskan kepada Budi Santoso.',
    );
  });

  it('offers the staff member it is named to their work, with no note', async () => {
    serveItem(item);
    server.use(signedInAs('staff', { personId: ownerId }));
    renderApp(`/tindak-lanjut/${item.id}`);
    await screen.findByRole('heading', { level: 1, name: item.title });
    expect(panelButtons()).toEqual(['Kirim bukti', 'Laporkan kemajuan', 'Minta perpanjangan']);
    expect(screen.getByRole('textbox', { name: 'Tulis komentar' })).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('offers a head nothing on an item of an office outside their scope', async () => {
    serveItem(detailOfItem({ status: 'open', allowedActions: ['start', 'block', 'cancel'] }));
    server.use(signedInAs('head', { organization: teboOffice }));
    renderApp(`/tindak-lanjut/${item.id}`);
    await screen.findByRole('heading', { level: 1, name: item.title });
    expect(panelButtons()).toEqual([]);
    expect(screen.queryByRole('textbox', { name: 'Tulis komentar' })).toBeNull();
  });
});

describe('proposal and commitment pages: changed only by their home office', () => {
  const accepted: ProposalDetail = {
    ...totProposal,
    id: '7a1f0c3e-2b4d-4e6f-8a9b-0c1d2e3f0002',
    status: 'accepted',
    allowedActions: [],
  };

  it("shows a head of another region the province's proposal without edit, status or new commitment, and says why", async () => {
    server.use(
      signedInAs('head', { organization: teboOffice }),
      query('proposals.get', (input) =>
        (input as { id: string }).id === totProposal.id ? totProposal : accepted,
      ).handler,
      query('actionItems.list', () => emptyPage).handler,
    );
    const submitted = renderApp(`/usulan/${totProposal.id}`);
    await screen.findByRole('heading', { level: 1, name: totProposal.title });
    expect(screen.getByRole('note').textContent).toBe(
      'Anda hanya dapat membaca usulan ini: usulan ini milik kantor di luar wilayah Anda.',
    );
    expect(screen.queryByRole('button', { name: 'Ubah usulan' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Status' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Ubah status usulan' })).toBeNull();
    submitted.unmount();

    renderApp(`/usulan/${accepted.id}`);
    await screen.findByRole('heading', { level: 1, name: accepted.title });
    expect(screen.queryByRole('button', { name: 'Buat komitmen dari usulan ini' })).toBeNull();
  });

  it('shows the accepted proposal to the province head with a new commitment and no note', async () => {
    server.use(
      query('proposals.get', () => accepted).handler,
      query('actionItems.list', () => emptyPage).handler,
    );
    renderApp(`/usulan/${accepted.id}`);
    await screen.findByRole('heading', { level: 1, name: accepted.title });
    expect(screen.getByRole('button', { name: 'Buat komitmen dari usulan ini' })).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it("shows a secretariat of another region the province's commitment without edit or status, and says why", async () => {
    server.use(
      signedInAs('secretariat', { organization: teboOffice }),
      query('commitments.get', () => priorityCommitment).handler,
      query('actionItems.list', () => emptyPage).handler,
    );
    renderApp(`/komitmen/${priorityCommitment.id}`);
    await screen.findByRole('heading', { level: 1, name: priorityCommitment.title });
    expect(screen.getByRole('note').textContent).toBe(
      'Anda hanya dapat membaca komitmen ini: komitmen ini milik kantor di luar wilayah Anda.',
    );
    expect(screen.queryByRole('button', { name: 'Ubah komitmen' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Ubah status komitmen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tandai terpenuhi' })).toBeNull();
  });
});

describe('a linked record outside the reader region', () => {
  it('is named on an action item page as the words, with no link, title or id', async () => {
    serveItem(
      detailOfItem({
        meeting: outside,
        proposal: outside,
        commitment: { id: priorityCommitment.id, title: priorityCommitment.title, outsideScope: false },
      }),
    );
    renderApp(`/tindak-lanjut/${detailOfItem().id}`);
    const details = await screen.findByRole('region', { name: 'Rincian tindak lanjut' });
    expect(within(details).getByText('Rapat:').textContent).toBe(`Rapat: ${OUTSIDE}`);
    expect(within(details).getByText('Usulan:').textContent).toBe(`Usulan: ${OUTSIDE}`);
    expect(linksTo('/rapat/')).toEqual([]);
    expect(linksTo('/usulan/')).toEqual([]);
    expect(linksTo('/komitmen/')).toEqual([`/komitmen/${priorityCommitment.id}`]);
    expect(screen.queryByText(rakornis.title)).toBeNull();
  });

  it('is named in English in English', async () => {
    serveItem(detailOfItem({ meeting: outside }));
    renderApp(`/tindak-lanjut/${detailOfItem().id}`, { lang: 'en' });
    const details = await screen.findByRole('region', { name: 'Follow-up details' });
    expect(within(details).getByText('A record outside your region')).toBeTruthy();
  });

  it('is named on a proposal page among its meetings and commitments; the way back is a meeting it may read', async () => {
    const proposal: ProposalDetail = {
      ...totProposal,
      status: 'accepted',
      meetings: [
        outside,
        { id: rakornis.id, title: rakornis.title, startsAt: rakornis.startsAt, outsideScope: false },
      ],
      commitments: [outside],
    };
    server.use(
      query('proposals.get', () => proposal).handler,
      query('actionItems.list', () => emptyPage).handler,
    );
    renderApp(`/usulan/${proposal.id}`);
    await screen.findByRole('heading', { level: 1, name: proposal.title });
    expect(screen.getAllByText(OUTSIDE)).toHaveLength(2);
    // The back link and the readable meeting; nothing points at the other two.
    expect(linksTo('/rapat/')).toEqual([`/rapat/${rakornis.id}`, `/rapat/${rakornis.id}`]);
    expect(linksTo('/komitmen/')).toEqual([]);
  });

  it('is named on a commitment page as its source; the way back is the list', async () => {
    const commitment: CommitmentDetail = {
      ...priorityCommitment,
      meeting: outside,
      proposal: outside,
      proposals: [outside],
    };
    server.use(
      query('commitments.get', () => commitment).handler,
      query('actionItems.list', () => emptyPage).handler,
    );
    renderApp(`/komitmen/${commitment.id}`);
    await screen.findByRole('heading', { level: 1, name: commitment.title });
    const details = screen.getByRole('region', { name: 'Rincian komitmen' });
    expect(within(details).getAllByText(OUTSIDE)).toHaveLength(2);
    expect(linksTo('/rapat/')).toEqual([]);
    expect(linksTo('/usulan/')).toEqual([]);
    expect(screen.getByRole('link', { name: /Kembali ke daftar rapat/ }).getAttribute('href')).toBe('/rapat');
  });

  it('is named in the commitments tracker in place of the meeting it was made in', async () => {
    const made: CommitmentSummary = { ...priorityCommitment, meeting: outside };
    server.use(
      query('commitments.list', () => ({ items: [made], nextCursor: null })).handler,
      query('commitments.parties', () => [{ id: komdigi.id, name: komdigi.name, commitments: 1 }]).handler,
      query('regions.list', () => regions).handler,
    );
    renderApp('/komitmen');
    const card = within(
      (await screen.findByRole('link', { name: made.title })).closest('article') as HTMLElement,
    );
    expect(card.getByText(new RegExp(`9 Februari 2026 · ${OUTSIDE}$`))).toBeTruthy();
    expect(linksTo('/rapat/')).toEqual([]);
  });

  it('is kept when a commitment is edited: the form does not send it, so the server leaves it', async () => {
    const commitment: CommitmentDetail = { ...priorityCommitment, proposal: outside, proposals: [outside] };
    const update = mutation('commitments.update', (): MutationAnswer => ({ data: commitment }));
    server.use(
      query('commitments.get', () => commitment).handler,
      query('actionItems.list', () => emptyPage).handler,
      query('organizations.list', () => organizations).handler,
      query('regions.list', () => regions).handler,
      query('people.search', () => []).handler,
      update.handler,
    );
    const { user } = renderApp(`/komitmen/${commitment.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ubah komitmen' }));
    await user.click(screen.getByRole('button', { name: 'Simpan perubahan komitmen' }));
    await waitFor(() => expect(update.calls).toHaveLength(1));
    const sent = inputOf(update.calls, 0);
    expect(sent.meetingId).toBe(rakornis.id);
    expect(sent).not.toHaveProperty('proposalId');
    expect(sent.proposalIds).toEqual([]);
  });

  it('is kept when a proposal is edited: only the meetings its editor may read are sent', async () => {
    const proposal: ProposalDetail = {
      ...totProposal,
      meetings: [
        outside,
        { id: rakornis.id, title: rakornis.title, startsAt: rakornis.startsAt, outsideScope: false },
      ],
    };
    const update = mutation('proposals.update', (): MutationAnswer => ({ data: proposal }));
    server.use(
      query('proposals.get', () => proposal).handler,
      query('actionItems.list', () => emptyPage).handler,
      query('organizations.list', () => organizations).handler,
      update.handler,
    );
    const { user } = renderApp(`/usulan/${proposal.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ubah usulan' }));
    await user.click(screen.getByRole('button', { name: 'Simpan perubahan usulan' }));
    await waitFor(() => expect(update.calls).toHaveLength(1));
    expect(inputOf(update.calls, 0).meetingIds).toEqual([rakornis.id]);
  });
});
