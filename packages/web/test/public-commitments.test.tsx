import { screen, waitFor, within } from '@testing-library/react';
import type { PublicCommitmentsOutput } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, inputOf, mutation, query, trpcError } from './trpc-http';

const signedOut = http.get(`${API_URL}/auth.me`, () =>
  HttpResponse.json({ result: { data: { user: null, demoAccounts: [] } } }),
);

const jambi: PublicCommitmentsOutput = {
  province: { code: '15', name: 'Provinsi Jambi' },
  truncated: false,
  commitments: [
    {
      id: '00000000-0000-4000-8000-000000000c01',
      title: 'Jambi wilayah prioritas akses internet',
      description: 'Percepatan pembangunan BTS di desa blankspot.',
      committedBy: 'Kementerian Komunikasi dan Digital',
      followedUpBy: 'Diskominfo Provinsi Jambi',
      regions: [{ code: '15.01', name: 'Kabupaten Kerinci' }],
      status: 'in_progress',
      statusLabel: 'Sedang dikerjakan',
      dueOn: '2025-12-31',
      isOverdue: true,
      createdOn: '2025-11-03',
    },
    {
      id: '00000000-0000-4000-8000-000000000c02',
      title: 'ToT Talent Digital untuk ASN',
      description: null,
      committedBy: 'Kementerian Komunikasi dan Digital',
      followedUpBy: null,
      regions: [],
      status: 'fulfilled',
      statusLabel: 'Terpenuhi',
      dueOn: null,
      isOverdue: false,
      createdOn: '2025-11-04',
    },
  ],
};

describe('public commitments page', () => {
  it('shows a province’s published commitments without signing in, filtered by status', async () => {
    const commitments = query('public.commitments', () => jambi);
    server.use(signedOut, commitments.handler);
    const { user } = renderApp('/publik/15');
    expect(await screen.findByRole('heading', { name: 'Komitmen publik — Provinsi Jambi' })).toBeTruthy();
    expect(inputOf(commitments.calls, 0)).toEqual({ provinceCode: '15' });
    expect(screen.getByText(/instansi memilih sendiri/i)).toBeTruthy();
    const cards = screen.getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    const first = within(cards[0] as HTMLElement);
    expect(first.getByText('Sedang dikerjakan')).toBeTruthy();
    expect(first.getByText('Lewat tenggat')).toBeTruthy();
    expect(first.getByText('31 Desember 2025')).toBeTruthy();
    expect(first.getByText('Kabupaten Kerinci')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Terpenuhi (1)' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByRole('heading', { name: 'ToT Talent Digital untuk ASN' })).toBeTruthy();
    expect(screen.queryByText('Jambi wilayah prioritas akses internet')).toBeNull();

    // Nothing on the page leads into the signed-in app.
    for (const link of screen.getAllByRole('link')) {
      expect(link.getAttribute('href')).toMatch(/^\/publik(\/|$)/);
    }
  });

  it('switches to English without an account (nothing is stored)', async () => {
    const save = mutation('auth.setPreferences', () => ({ data: null }));
    server.use(signedOut, save.handler, query('public.commitments', () => jambi).handler);
    const { user } = renderApp('/publik/15');
    await screen.findByRole('heading', { name: 'Komitmen publik — Provinsi Jambi' });
    await user.click(screen.getByRole('button', { name: /English/ }));
    expect(await screen.findByRole('heading', { name: 'Public commitments — Provinsi Jambi' })).toBeTruthy();
    expect(screen.getByText('In progress')).toBeTruthy();
    expect(save.calls).toHaveLength(0);
  });

  it('says so for a province that does not exist', async () => {
    server.use(
      signedOut,
      http.get(`${API_URL}/public.commitments`, () => {
        const { error } = trpcError('NOT_FOUND', 'public.commitments', 'Wilayah tidak ditemukan.');
        return HttpResponse.json({ error }, { status: 404 });
      }),
    );
    renderApp('/publik/99');
    expect(await screen.findByRole('heading', { name: 'Provinsi tidak ditemukan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Semua provinsi' }).getAttribute('href')).toBe('/publik');
  });

  it('lists the provinces with public commitments, linked from the sign-in page', async () => {
    server.use(
      signedOut,
      query('public.provinces', () => [{ code: '15', name: 'Provinsi Jambi', commitments: 2 }]).handler,
    );
    const { user } = renderApp('/masuk');
    await user.click(await screen.findByRole('link', { name: 'Halaman publik' }));
    const province = await screen.findByRole('link', { name: 'Provinsi Jambi' });
    expect(province.getAttribute('href')).toBe('/publik/15');
    expect(screen.getByText('2 komitmen publik')).toBeTruthy();
  });
});
