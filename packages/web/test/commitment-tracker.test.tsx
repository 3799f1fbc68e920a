import { screen, waitFor, within } from '@testing-library/react';
import type { CommitmentListOutput, CommitmentSummary } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { diskominfoJambi, komdigi, regions } from './fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, inputOf, query } from './trpc-http';

const base: Omit<CommitmentSummary, 'id' | 'title' | 'committedBy'> = {
  status: 'open',
  committedByPerson: null,
  regions: [],
  dueOn: null,
  isOverdue: false,
  owner: { organization: null, person: null },
  isPublic: true,
  madeOn: '2026-02-09',
  createdAt: '2026-02-09T05:00:00.000Z',
  evidence: null,
  meeting: null,
};

const priority: CommitmentSummary = {
  ...base,
  id: '8b2e1d4f-3c5e-4f70-9bac-1d2e3f400001',
  title: 'Jambi menjadi daerah prioritas akses internet',
  committedBy: { id: komdigi.id, name: komdigi.name },
  committedByPerson: { id: '8b2e1d4f-3c5e-4f70-9bac-1d2e3f400101', name: 'Arnanto Nurprabowo' },
  regions: [{ code: '15.01', name: 'Kabupaten Kerinci' }],
  dueOn: '2026-01-31',
  isOverdue: true,
  meeting: {
    id: '8b2e1d4f-3c5e-4f70-9bac-1d2e3f400201',
    title: 'Audiensi ke Komdigi',
    startsAt: '2026-02-09T02:00:00.000Z',
    outsideScope: false,
  },
};

const training: CommitmentSummary = {
  ...base,
  id: '8b2e1d4f-3c5e-4f70-9bac-1d2e3f400002',
  title: 'Pelatihan ASN Talent Digital',
  status: 'fulfilled',
  committedBy: { id: komdigi.id, name: komdigi.name },
  evidence: 'Sertifikat 112 peserta',
};

const dataCenter: CommitmentSummary = {
  ...base,
  id: '8b2e1d4f-3c5e-4f70-9bac-1d2e3f400003',
  title: 'Pusat data provinsi untuk semua OPD',
  committedBy: { id: diskominfoJambi.id, name: diskominfoJambi.name },
};

const all = [priority, training, dataCenter];

/** A server that filters by party the way commitments.list does. */
function trackerServer() {
  const list = query('commitments.list', (input): CommitmentListOutput => {
    const party = (input as { committedByOrganizationId?: string }).committedByOrganizationId;
    return { items: all.filter((c) => !party || c.committedBy.id === party), nextCursor: null };
  });
  server.use(
    list.handler,
    query('commitments.parties', () => [
      { id: diskominfoJambi.id, name: diskominfoJambi.name, commitments: 1 },
      { id: komdigi.id, name: komdigi.name, commitments: 2 },
    ]).handler,
    query('regions.list', () => regions).handler,
  );
  return list;
}

describe('commitments tracker', () => {
  it('shows who promised what, since when, its status, due date and evidence, each linking to the commitment', async () => {
    trackerServer();
    renderApp('/komitmen');

    const link = await screen.findByRole('link', { name: priority.title });
    expect(link.getAttribute('href')).toBe(`/komitmen/${priority.id}`);
    const card = within(link.closest('article') as HTMLElement);
    expect(card.getByText(`${komdigi.name} (Arnanto Nurprabowo)`)).toBeTruthy();
    expect(card.getByText(/9 Februari 2026 · Audiensi ke Komdigi/)).toBeTruthy();
    expect(card.getByText('Lewat tenggat')).toBeTruthy();
    expect(card.getByText('Belum ada bukti')).toBeTruthy();
    expect(card.getByRole('link', { name: 'Kabupaten Kerinci' }).getAttribute('href')).toBe('/wilayah/15.01');
    const kept = within(screen.getByRole('link', { name: training.title }).closest('article') as HTMLElement);
    expect(kept.getByText('Sertifikat 112 peserta')).toBeTruthy();
    expect(kept.queryByText('Belum ada bukti')).toBeNull();
  });

  it("filters by party from a searchable list, keeping the choice in the address: all of Komdigi's promises", async () => {
    const list = trackerServer();
    const { user } = renderApp('/komitmen');
    expect(await screen.findByRole('link', { name: dataCenter.title })).toBeTruthy();

    await user.type(screen.getByRole('combobox', { name: 'Pihak yang berjanji' }), 'Komunikasi');
    await user.click(await screen.findByRole('option', { name: `${komdigi.name} (2)` }));

    await waitFor(() => expect(screen.queryByRole('link', { name: dataCenter.title })).toBeNull());
    expect(screen.getByRole('link', { name: priority.title })).toBeTruthy();
    expect(screen.getByRole('link', { name: training.title })).toBeTruthy();
    expect(inputOf(list.calls, list.calls.length - 1)).toMatchObject({
      committedByOrganizationId: komdigi.id,
    });
  });

  it('reads party, status, region and overdue-only from a shared link', async () => {
    const list = trackerServer();
    renderApp(`/komitmen?pihak=${komdigi.id}&status=open&wilayah=15.01&lewat-tenggat=1`);

    expect(await screen.findByRole('link', { name: priority.title })).toBeTruthy();
    expect(inputOf(list.calls, 0)).toMatchObject({
      limit: 20,
      committedByOrganizationId: komdigi.id,
      status: 'open',
      regionCode: '15.01',
      overdueOnly: true,
    });
    expect(
      (screen.getByRole('checkbox', { name: 'Hanya yang lewat tenggat' }) as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('says so when nothing matches, and explains a failed load with a retry', async () => {
    trackerServer();
    server.use(http.get(`${API_URL}/commitments.list`, () => HttpResponse.error(), { once: true }));
    const { user } = renderApp('/komitmen?status=cancelled');

    expect(await screen.findByText('Daftar komitmen tidak dapat dimuat.')).toBeTruthy();
    server.use(query('commitments.list', () => ({ items: [], nextCursor: null })).handler);
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('Tidak ada komitmen yang cocok dengan filter ini.')).toBeTruthy();
  });
});
