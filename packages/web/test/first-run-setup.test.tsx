import type { ComboboxParsedItem } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import type { DashboardHome, Region, SetupChecklist } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { regionOptionGroups } from '../src/kit/region-options';
import { filterRegionOptions } from '../src/regions/region-search';
import { server, signedInAs } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, mutation, query, trpcError } from './trpc-http';

const jambi: Region[] = [
  { code: '15', name: 'Provinsi Jambi', kind: 'province', parentCode: null },
  { code: '15.01', name: 'Kabupaten Kerinci', kind: 'regency', parentCode: '15' },
  { code: '15.08', name: 'Kabupaten Bungo', kind: 'regency', parentCode: '15' },
  { code: '15.09', name: 'Kabupaten Tebo', kind: 'regency', parentCode: '15' },
  { code: '15.71', name: 'Kota Jambi', kind: 'city', parentCode: '15' },
  { code: '16', name: 'Provinsi Sumatera Selatan', kind: 'province', parentCode: null },
  { code: '16.07', name: 'Kabupaten Banyuasin', kind: 'regency', parentCode: '16' },
];

const signedOut = http.get(`${API_URL}/auth.me`, () =>
  HttpResponse.json({ result: { data: { user: null, demoAccounts: [] } } }),
);

const labels = (found: ComboboxParsedItem[]) =>
  found.map((o) => ('group' in o ? [o.group, o.items.map((i) => i.label)] : o.label));

describe('the region picker search', () => {
  const options = regionOptionGroups(jambi);

  it('finds a regency by name, under its province', () => {
    expect(labels(filterRegionOptions({ options, search: 'tebo', limit: 60 }))).toEqual([
      ['Provinsi Jambi', ['Kabupaten Tebo']],
    ]);
  });

  it('finds regions by Kemendagri code', () => {
    expect(labels(filterRegionOptions({ options, search: '15.0', limit: 60 }))).toEqual([
      ['Provinsi Jambi', ['Kabupaten Kerinci', 'Kabupaten Bungo', 'Kabupaten Tebo']],
    ]);
    expect(labels(filterRegionOptions({ options, search: '16', limit: 60 }))).toEqual([
      ['Provinsi Sumatera Selatan', ['Provinsi Sumatera Selatan', 'Kabupaten Banyuasin']],
    ]);
  });

  it("brings a province's whole group by the province's name, and shows at most the limit", () => {
    expect(labels(filterRegionOptions({ options, search: 'sumatera', limit: 60 }))).toEqual([
      ['Provinsi Sumatera Selatan', ['Provinsi Sumatera Selatan', 'Kabupaten Banyuasin']],
    ]);
    const limited = filterRegionOptions({ options, search: '', limit: 3 });
    expect(labels(limited)).toEqual([
      ['Provinsi Jambi', ['Provinsi Jambi', 'Kabupaten Kerinci', 'Kabupaten Bungo']],
    ]);
  });
});

describe('first run', () => {
  it('tells a visitor of an installation with no account where the setup link is', async () => {
    server.use(signedOut, query('setup.status', () => ({ needed: true })).handler);
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Tindak belum disiapkan' })).toBeTruthy();
    expect(screen.getByText(/tercetak di log server/)).toBeTruthy();
  });

  it('sends a visitor to sign in once the installation is set up', async () => {
    server.use(signedOut);
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Masuk ke Tindak' })).toBeTruthy();
  });

  it('creates the office, with a region picked by name, and the first admin, without a session', async () => {
    const complete = mutation('setup.complete', () => ({ data: { ok: true } }));
    server.use(signedOut, query('setup.regions', () => jambi).handler, complete.handler);
    const { user } = renderApp('/persiapan?token=token-dari-log');
    await screen.findByRole('heading', { name: 'Menyiapkan Tindak' });
    await user.type(screen.getByRole('textbox', { name: /Nama kantor/ }), 'Diskominfo Kabupaten Tebo');
    await user.type(screen.getByLabelText(/^Wilayah/, { selector: 'input' }), 'tebo');
    await user.click(await screen.findByRole('option', { name: 'Kabupaten Tebo' }));
    await user.type(screen.getByRole('textbox', { name: /Nama lengkap/ }), 'Rina Marlina');
    await user.type(screen.getByRole('textbox', { name: /Email/ }), 'rina@tebokab.go.id');
    await user.type(screen.getByLabelText(/Kata sandi/), 'kata-sandi-panjang');
    await user.click(screen.getByRole('button', { name: 'Siapkan Tindak' }));
    await waitFor(() => expect(complete.calls).toHaveLength(1));
    expect(complete.calls[0]?.input).toEqual({
      token: 'token-dari-log',
      office: { kind: 'diskominfo', name: 'Diskominfo Kabupaten Tebo', regionCode: '15.09' },
      admin: { displayName: 'Rina Marlina', email: 'rina@tebokab.go.id', password: 'kata-sandi-panjang' },
    });
  });

  it("shows the server's refusal of a used link, and checks the password length before sending", async () => {
    const complete = mutation('setup.complete', () =>
      trpcError('BAD_REQUEST', 'setup.complete', 'Tindak sudah disiapkan: akun admin sudah ada.', {
        issues: [{ path: 'token', message: 'Tindak sudah disiapkan: akun admin sudah ada.' }],
      }),
    );
    server.use(signedOut, query('setup.regions', () => jambi).handler, complete.handler);
    const { user } = renderApp('/persiapan?token=lama');
    await screen.findByRole('heading', { name: 'Menyiapkan Tindak' });
    await user.type(screen.getByRole('textbox', { name: /Nama kantor/ }), 'Komdigi');
    await user.type(screen.getByRole('textbox', { name: /Nama lengkap/ }), 'Admin Komdigi');
    await user.type(screen.getByRole('textbox', { name: /Email/ }), 'admin@komdigi.go.id');
    await user.type(screen.getByLabelText(/Kata sandi/), 'pendek');
    await user.click(screen.getByRole('button', { name: 'Siapkan Tindak' }));
    expect(await screen.findByText('Kata sandi paling sedikit 10 karakter.')).toBeTruthy();
    expect(complete.calls).toHaveLength(0);
    await user.type(screen.getByLabelText(/Kata sandi/), '-cukup-panjang');
    await user.click(screen.getByRole('button', { name: 'Siapkan Tindak' }));
    expect(await screen.findByText(/Tindak sudah disiapkan/)).toBeTruthy();
    expect(complete.calls[0]?.input).toMatchObject({ office: { regionCode: null } });
  });
});

const adminHome: DashboardHome = {
  today: '2026-03-04',
  myItems: { items: [], total: 0 },
  waitingForMe: { items: [], total: 0 },
  upcomingMeetings: { items: [], total: 0 },
  completion: null,
};

const freshChecklist: SetupChecklist = {
  offices: { done: true, count: 3 },
  people: { done: false, count: 1 },
  directory: { done: false, count: 0 },
  mail: { configured: false, server: null, tested: false },
};

describe("the admin's checklist on Beranda", () => {
  it('shows each step done or not, SMTP not configured, and sends a test mail', async () => {
    let checklist = freshChecklist;
    const send = mutation('setup.sendTestMail', () => {
      checklist = { ...checklist, mail: { ...checklist.mail, tested: true } };
      return { data: { emailId: '00000000-0000-4000-8000-000000000e01' } };
    });
    server.use(
      signedInAs('admin'),
      query('dashboard.home', () => adminHome).handler,
      query('setup.checklist', () => checklist).handler,
      send.handler,
    );
    const { user } = renderApp('/');
    const section = await screen.findByRole('region', { name: 'Langkah pertama' });
    const step = (name: RegExp) => within(section).getByText(name).closest('li') as HTMLElement;
    expect(within(step(/Tambahkan kantor lain/)).getByText('Selesai')).toBeTruthy();
    expect(within(step(/Undang orang/)).getByText('Belum')).toBeTruthy();
    expect(within(step(/Impor direktori/)).getByText('Belum')).toBeTruthy();
    expect(within(section).getByText(/SMTP_URL belum diatur/)).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Kirim surat uji ke saya' }));
    expect(await within(section).findByText(/Surat uji masuk antrean/)).toBeTruthy();
    expect(send.calls).toHaveLength(1);
    expect(await within(section).findByText('Surat uji sudah dikirim.')).toBeTruthy();
  });

  it('shows the configured mail server as the API gives it (never with its password)', async () => {
    server.use(
      signedInAs('admin'),
      query('dashboard.home', () => adminHome).handler,
      query('setup.checklist', () => ({
        ...freshChecklist,
        mail: { configured: true, server: 'smtps://mail.jambiprov.go.id:465', tested: false },
      })).handler,
    );
    renderApp('/');
    expect(await screen.findByText('SMTP terpasang: smtps://mail.jambiprov.go.id:465')).toBeTruthy();
  });

  it('is not shown to anyone but an admin, nor once every step is done', async () => {
    const checklist = query('setup.checklist', () => freshChecklist);
    server.use(query('dashboard.home', () => adminHome).handler, checklist.handler);
    const head = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Beranda' });
    expect(screen.queryByRole('region', { name: 'Langkah pertama' })).toBeNull();
    expect(checklist.calls).toHaveLength(0);
    head.unmount();

    server.use(
      signedInAs('admin'),
      query('setup.checklist', () => ({
        offices: { done: true, count: 2 },
        people: { done: true, count: 2 },
        directory: { done: true, count: 5 },
        mail: { configured: true, server: 'smtp://mail:587', tested: true },
      })).handler,
    );
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Beranda' });
    await waitFor(() => expect(screen.queryByText('Memuat')).toBeNull());
    expect(screen.queryByRole('region', { name: 'Langkah pertama' })).toBeNull();
  });
});
