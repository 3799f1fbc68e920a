import { screen, waitFor, within } from '@testing-library/react';
import type { ProposalListOutput, ProposalSummary } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { diskominfoJambi, komdigi, organizations, rakornis, regions } from './fixtures';
import { totProposal } from './follow-up-fixtures';
import { server, signedInAs, signedInUser } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, inputOf, type MutationAnswer, mutation, query } from './trpc-http';

const tot: ProposalSummary = {
  id: '7a1f0c3e-2b4d-4e6f-8a9b-0c1d2e3f0101',
  title: 'ToT Talent Digital untuk ASN',
  status: 'submitted',
  proposers: [{ id: diskominfoJambi.id, name: diskominfoJambi.name }],
  addressedTo: { id: komdigi.id, name: komdigi.name },
  decidedOn: null,
  raisedOn: '2026-02-09',
  letter: null,
  createdAt: '2026-02-09T05:00:00.000Z',
};

const blankSpot: ProposalSummary = {
  ...tot,
  id: '7a1f0c3e-2b4d-4e6f-8a9b-0c1d2e3f0102',
  title: 'Akses internet desa blank spot',
  status: 'accepted',
  decidedOn: '2026-02-20',
  raisedOn: '2026-01-15',
  letter: { number: '500/12/Diskominfo', date: '2026-01-15' },
};

/** A server answering `proposals.list` with these rows, and what the filters need. */
function listServer(items: ProposalSummary[] = [tot, blankSpot]) {
  const list = query('proposals.list', (): ProposalListOutput => ({ items, nextCursor: null }));
  server.use(
    list.handler,
    query('meetings.list', () => ({ items: [rakornis], nextCursor: null })).handler,
    query('organizations.list', () => organizations).handler,
    query('regions.list', () => regions).handler,
  );
  return list;
}

function card(title: string) {
  return within(screen.getByRole('link', { name: title }).closest('article') as HTMLElement);
}

describe('/usulan', () => {
  it('lists proposals with who, to whom, when, the letter and the decision, linked from the main menu', async () => {
    listServer();
    renderApp('/usulan');

    const link = await screen.findByRole('link', { name: blankSpot.title });
    expect(link.getAttribute('href')).toBe(`/usulan/${blankSpot.id}`);
    expect(card(blankSpot.title).getByText('Nomor 500/12/Diskominfo, tanggal 15 Januari 2026')).toBeTruthy();
    expect(card(blankSpot.title).getByText('20 Februari 2026')).toBeTruthy();
    expect(card(tot.title).getByText(komdigi.name)).toBeTruthy();
    expect(card(tot.title).queryByText('Surat')).toBeNull();
    expect(screen.getByText('2 usulan ditampilkan')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: /utama/i });
    expect(within(nav).getByRole('link', { name: 'Usulan' }).getAttribute('aria-current')).toBe('page');
  });

  it('reads every filter from a shared link and sends it, with the export following', async () => {
    const list = listServer();
    renderApp(
      `/usulan?cari=blank&kepada=${komdigi.id}&status=submitted&menunggu=ya&wilayah=15.01&rapat=${rakornis.id}`,
    );
    await screen.findByRole('link', { name: tot.title });
    expect(inputOf(list.calls, 0)).toMatchObject({
      limit: 20,
      q: 'blank',
      addressedToOrganizationId: komdigi.id,
      status: 'submitted',
      awaitingDecision: true,
      regionCode: '15.01',
      meetingId: rakornis.id,
    });
    expect(
      (screen.getByRole('checkbox', { name: /Hanya yang menunggu keputusan/ }) as HTMLInputElement).checked,
    ).toBe(true);
    expect((screen.getByRole('searchbox', { name: 'Cari usulan' }) as HTMLInputElement).value).toBe('blank');
    const csv = screen.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href') ?? '';
    expect(csv).toMatch(/^\/api\/ekspor\/usulan\.csv\?/);
    expect(new URLSearchParams(csv.split('?')[1]).get('awaitingDecision')).toBe('true');
    expect(new URLSearchParams(csv.split('?')[1]).get('q')).toBe('blank');
  });

  it('searches as one types and ticks "awaiting decision", asking the server each time', async () => {
    const list = listServer();
    const { user } = renderApp('/usulan');
    await screen.findByRole('link', { name: tot.title });

    await user.type(screen.getByRole('searchbox', { name: 'Cari usulan' }), 'surat 500');
    await waitFor(() => expect(inputOf(list.calls, list.calls.length - 1)).toMatchObject({ q: 'surat 500' }));
    await user.click(screen.getByRole('checkbox', { name: /Hanya yang menunggu keputusan/ }));
    await waitFor(() =>
      expect(inputOf(list.calls, list.calls.length - 1)).toMatchObject({
        q: 'surat 500',
        awaitingDecision: true,
      }),
    );
  });

  it('says whether filters are why nothing shows, and explains a failed load with a retry', async () => {
    listServer([]);
    server.use(http.get(`${API_URL}/proposals.list`, () => HttpResponse.error(), { once: true }));
    const { user, unmount } = renderApp('/usulan?status=rejected');
    expect(await screen.findByText('Daftar usulan tidak dapat dimuat.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('Tidak ada usulan yang cocok dengan filter ini.')).toBeTruthy();
    unmount();

    renderApp('/usulan');
    expect(await screen.findByText('Belum ada usulan yang tercatat.')).toBeTruthy();
  });
});

describe('a new proposal sent by letter', () => {
  it('asks for the letter number and date, and sends them without a meeting', async () => {
    listServer([]);
    const create = mutation('proposals.create', (): MutationAnswer => ({ data: totProposal }));
    server.use(
      create.handler,
      query('proposals.get', () => totProposal).handler,
      // The saved proposal's page lists its follow-ups.
      query('actionItems.list', () => ({ items: [], nextCursor: null })).handler,
    );
    const { user } = renderApp('/usulan');

    await user.click(await screen.findByRole('button', { name: 'Usulan baru' }));
    // The list's filters have an addressee too: the form's fields are read within the form.
    const form = within(screen.getByRole('form', { name: 'Usulan baru' }));
    const byLetter = form.getByRole('checkbox', { name: /Dikirim lewat surat/ }) as HTMLInputElement;
    expect(byLetter.checked).toBe(true);
    expect(byLetter.disabled).toBe(true);

    await user.type(form.getByRole('textbox', { name: 'Judul usulan' }), 'Akses internet desa blank spot');
    const addressee = form.getByRole('combobox', { name: 'Ditujukan kepada' });
    await user.click(addressee);
    await user.type(addressee, 'Komdigi');
    await user.click(await screen.findByRole('option', { name: komdigi.name }));
    // Without the letter's number and date the form says what is missing and sends nothing.
    await user.click(form.getByRole('button', { name: 'Simpan usulan' }));
    const number = form.getByRole('textbox', { name: 'Nomor surat' });
    await waitFor(() => expect(number.getAttribute('aria-invalid')).toBe('true'));
    expect(create.calls).toHaveLength(0);

    await user.type(number, '500/12/Diskominfo');
    await user.type(form.getByRole('textbox', { name: 'Tanggal surat' }), '15/01/2026');
    await user.click(form.getByRole('button', { name: 'Simpan usulan' }));

    await waitFor(() => expect(create.calls).toHaveLength(1));
    expect(inputOf(create.calls, 0)).toMatchObject({
      title: 'Akses internet desa blank spot',
      addressedToOrganizationId: komdigi.id,
      proposerOrganizationIds: [signedInUser.organization?.id],
      meetingIds: [],
      letterNumber: '500/12/Diskominfo',
      letterDate: '2026-01-15',
    });
    expect(await screen.findByRole('heading', { name: totProposal.title })).toBeTruthy();
  });

  it('is not offered to those who only read', async () => {
    listServer();
    server.use(signedInAs('viewer'));
    renderApp('/usulan');
    await screen.findByRole('link', { name: tot.title });
    expect(screen.queryByRole('button', { name: 'Usulan baru' })).toBeNull();
  });
});
