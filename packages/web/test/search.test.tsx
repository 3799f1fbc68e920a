import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SearchHit, SearchOutput } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, inputOf, query, trpcError } from './trpc-http';

const hit = (kind: SearchHit['kind'], id: string, title: string, status: string): SearchHit => ({
  kind,
  id,
  title,
  snippet: `… «Rakornis» ${title.toLowerCase()} …`,
  status,
  date: '2025-11-03',
  office: null,
});

const answer: SearchOutput = {
  meeting: [hit('meeting', '00000000-0000-4000-8000-00000000a001', 'Rakornis Kominfo 2025', 'held')],
  proposal: [],
  commitment: [
    hit('commitment', '00000000-0000-4000-8000-00000000c001', 'Jaringan internet ke 11 kabupaten', 'open'),
  ],
  actionItem: [
    hit('actionItem', '00000000-0000-4000-8000-00000000d001', 'Kirim data titik blank spot', 'in_progress'),
    hit('actionItem', '00000000-0000-4000-8000-00000000d002', 'Susun jadwal pelatihan', 'open'),
  ],
  person: [],
  office: [],
};

// The pages the search leads to ask for their record: recorded here, answered "not found".
function pageLoads() {
  const paths: { path: string; input: unknown }[] = [];
  const handler = http.get(`${API_URL}/:procedure`, ({ params, request }) => {
    const procedure = String(params.procedure);
    const raw = new URL(request.url).searchParams.get('input');
    paths.push({ path: procedure, input: raw ? JSON.parse(raw) : undefined });
    const { error } = trpcError('NOT_FOUND', procedure, 'Tidak ditemukan.');
    return HttpResponse.json({ error }, { status: 404 });
  });
  return { handler, paths };
}

async function openWithShortcut() {
  const view = renderApp('/cari');
  await screen.findByRole('heading', { name: 'Pencarian' });
  fireEvent.keyDown(document.body, { key: 'k', code: 'KeyK', ctrlKey: true });
  const box = await screen.findByRole('combobox', { name: /Cari rapat, usulan/ });
  return { ...view, box };
}

describe('search in the header', () => {
  it('opens with Ctrl+K and with "/", but "/" typed in a field stays in the field', async () => {
    const { user, box } = await openWithShortcut();
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(screen.getByRole('dialog', { name: 'Cari' })).toBeTruthy();
    expect(screen.getByText(/Ketik minimal 2 huruf untuk mulai mencari/)).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('combobox')).toBeNull());

    // "/" in the page's own search field is a character, not a shortcut.
    const pageField = screen.getByRole('searchbox', { name: /Cari rapat, usulan/ });
    await user.type(pageField, 'a/b');
    expect((pageField as HTMLInputElement).value).toBe('a/b');
    expect(screen.queryByRole('dialog')).toBeNull();

    pageField.blur();
    fireEvent.keyDown(document.body, { key: '/', code: 'Slash' });
    expect(await screen.findByRole('combobox', { name: /Cari rapat, usulan/ })).toBeTruthy();
  });

  it('asks once after typing stops and shows the hits grouped by kind, in the app order', async () => {
    const search = query('search.query', () => answer);
    server.use(search.handler);
    const { user, box } = await openWithShortcut();
    await user.type(box, 'rakor');
    const list = await screen.findByRole('listbox', { name: 'Hasil pencarian' });
    await within(list).findByText('Rakornis Kominfo 2025');
    // Debounced: one request for the whole word, none for "ra", "rak"...
    expect(search.calls).toHaveLength(1);
    expect(inputOf(search.calls, 0)).toMatchObject({ q: 'rakor' });
    const groups = within(list).getAllByRole('group');
    expect(
      groups.map(
        (g) =>
          g.getAttribute('aria-labelledby') &&
          document.getElementById(g.getAttribute('aria-labelledby') ?? '')?.textContent,
      ),
    ).toEqual(['Rapat', 'Komitmen', 'Tindak lanjut']);
    expect(within(groups[2] as HTMLElement).getAllByRole('option')).toHaveLength(2);
    // The matched word is marked, the status named in Indonesian.
    expect(within(groups[0] as HTMLElement).getByText('Rakornis', { selector: 'mark' })).toBeTruthy();
    expect(within(groups[0] as HTMLElement).getByText(/Terlaksana · 3 November 2025/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('4 hasil');
    expect(within(list).getByRole('option', { name: /Lihat semua hasil untuk “rakor”/ })).toBeTruthy();
  });

  it('moves through the options with the arrow keys and opens the highlighted one with Enter', async () => {
    server.use(query('search.query', () => answer).handler);
    const loads = pageLoads();
    const { user, box } = await openWithShortcut();
    await user.type(box, 'rakor');
    await screen.findByText('Rakornis Kominfo 2025');
    server.use(loads.handler);

    const active = () =>
      document.getElementById(box.getAttribute('aria-activedescendant') ?? '')?.textContent;
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(active()).toContain('Rakornis Kominfo 2025');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toContain('Kirim data titik blank spot');
    await user.keyboard('{ArrowUp}');
    expect(active()).toContain('Jaringan internet ke 11 kabupaten');
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('Jaringan internet');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() =>
      expect(
        loads.paths.some(
          (p) =>
            p.path.startsWith('commitments.') &&
            JSON.stringify(p.input).includes('00000000-0000-4000-8000-00000000c001'),
        ),
      ).toBe(true),
    );
  });

  it('opens the full results page with Enter when no option is highlighted, with links per kind', async () => {
    const search = query('search.query', () => answer);
    server.use(search.handler);
    const { user, box } = await openWithShortcut();
    await user.type(box, 'rakor');
    await screen.findByText('Rakornis Kominfo 2025');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('heading', { name: 'Tindak lanjut (2)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Rapat (1)' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Usulan/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Rakornis Kominfo 2025' }).getAttribute('href')).toBe(
      '/rapat/00000000-0000-4000-8000-00000000a001',
    );
    expect(screen.getByRole('link', { name: 'Kirim data titik blank spot' }).getAttribute('href')).toBe(
      '/tindak-lanjut/00000000-0000-4000-8000-00000000d001',
    );
    expect(screen.getByRole('link', { name: /Jaringan internet/ }).getAttribute('href')).toBe(
      '/komitmen/00000000-0000-4000-8000-00000000c001',
    );
    expect(inputOf(search.calls, search.calls.length - 1)).toMatchObject({ q: 'rakor', limitPerKind: 50 });
  });

  it('says so plainly when nothing matches and when the search fails', async () => {
    const empty: SearchOutput = {
      meeting: [],
      proposal: [],
      commitment: [],
      actionItem: [],
      person: [],
      office: [],
    };
    server.use(query('search.query', () => empty).handler);
    const { user, box } = await openWithShortcut();
    await user.type(box, 'zzz');
    expect(
      await screen.findByText('Tidak ada yang cocok dengan “zzz”. Coba kata lain atau yang lebih pendek.'),
    ).toBeTruthy();

    server.use(
      http.get(`${API_URL}/search.query`, () =>
        HttpResponse.json({ error: trpcError('BAD_REQUEST', 'search.query', 'x').error }, { status: 400 }),
      ),
    );
    await user.type(box, 'q');
    expect(await screen.findByText(/Pencarian tidak dapat dijalankan saat ini/)).toBeTruthy();
  });

  it('names the office of each hit, so items with one title are told apart, and shows snippets as text', async () => {
    const title = 'Pindahkan hosting aplikasi ke pusat data';
    const sameTitle: SearchOutput = {
      meeting: [],
      proposal: [],
      commitment: [],
      actionItem: [
        {
          ...hit('actionItem', '00000000-0000-4000-8000-00000000d011', title, 'open'),
          office: 'Dinas Komunikasi dan Informatika Kabupaten Bungo',
          snippet: 'Batas waktu <b onclick="x()">akhir</b> «hosting»',
        },
        {
          ...hit('actionItem', '00000000-0000-4000-8000-00000000d012', title, 'open'),
          office: 'Dinas Komunikasi dan Informatika Kabupaten Tebo',
        },
      ],
      person: [],
      office: [],
    };
    server.use(query('search.query', () => sameTitle).handler);
    const { user, box } = await openWithShortcut();
    await user.type(box, 'hosting');
    const list = await screen.findByRole('listbox', { name: 'Hasil pencarian' });
    const options = await within(list).findAllByRole('option', { name: new RegExp(title) });
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('Dinas Komunikasi dan Informatika Kabupaten Bungo · Terbuka'),
      expect.stringContaining('Dinas Komunikasi dan Informatika Kabupaten Tebo · Terbuka'),
    ]);
    // Markup in a snippet is text: no element is made from it, only the match is marked.
    expect(list.querySelector('b')).toBeNull();
    expect(within(list).getByText(/Batas waktu <b onclick="x\(\)">akhir<\/b>/)).toBeTruthy();
    expect(within(list).getByText('hosting', { selector: 'mark' })).toBeTruthy();
  });

  it('lists people and offices after the records, linking to the person page and the offices directory', async () => {
    const directory: SearchOutput = {
      meeting: [],
      proposal: [],
      commitment: [],
      actionItem: [],
      person: [
        {
          ...hit('person', '00000000-0000-4000-8000-00000000e001', "Siti Nur'aini", 'active'),
          snippet: 'Kepala Bidang',
          date: null,
          office: 'Diskominfo Kabupaten Kerinci',
        },
      ],
      office: [
        {
          ...hit(
            'office',
            '00000000-0000-4000-8000-00000000f001',
            'Dinas Pariwisata Kabupaten Kerinci',
            'inactive',
          ),
          snippet: 'Disparbud',
          date: null,
          office: 'Kabupaten Kerinci',
        },
      ],
    };
    server.use(query('search.query', () => directory).handler);
    const { user, box } = await openWithShortcut();
    await user.type(box, 'kerinci');
    const list = await screen.findByRole('listbox', { name: 'Hasil pencarian' });
    expect(within(list).getByRole('group', { name: 'Orang' }).textContent).toContain(
      'Diskominfo Kabupaten Kerinci',
    );
    expect(within(list).getByRole('group', { name: 'Instansi' }).textContent).toContain(
      'Kabupaten Kerinci · Nonaktif',
    );
    await user.keyboard('{Enter}');
    expect((await screen.findByRole('link', { name: "Siti Nur'aini" })).getAttribute('href')).toBe(
      '/orang/00000000-0000-4000-8000-00000000e001',
    );
    expect(
      screen.getByRole('link', { name: 'Dinas Pariwisata Kabupaten Kerinci' }).getAttribute('href'),
    ).toBe('/instansi?cari=Dinas+Pariwisata+Kabupaten+Kerinci&status=semua');
  });

  it('speaks English when the person chose English', async () => {
    server.use(query('search.query', () => answer).handler);
    const { user } = renderApp('/cari', { lang: 'en' });
    await screen.findByRole('heading', { name: 'Search' });
    await user.click(screen.getAllByRole('button', { name: 'Search' })[0] as HTMLElement);
    const box = await screen.findByRole('combobox', { name: /Search meetings, proposals/ });
    await user.type(box, 'rakor');
    const list = await screen.findByRole('listbox', { name: 'Search results' });
    expect(await within(list).findByText('Action items')).toBeTruthy();
    expect(within(list).getByText('Commitments')).toBeTruthy();
  });
});
