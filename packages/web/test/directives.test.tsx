import { screen, waitFor, within } from '@testing-library/react';
import type { DirectiveDetail, DirectiveOfficeRow, Organization } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { diskominfoJambi, rakornis, regions } from './fixtures';
import { server, signedInAs } from './msw-server';
import { phoneWidth, renderApp } from './render-app';
import { inputOf, type MutationAnswer, mutation, query } from './trpc-http';

const kerinci: Organization = {
  id: '0b9f3f7e-4a53-4c49-9f0e-1c1f5b2a0101',
  name: 'Diskominfo Kabupaten Kerinci',
  shortName: null,
  kind: 'diskominfo',
  regionCode: '15.01',
  regionName: 'Kabupaten Kerinci',
};
const kotaJambi: Organization = {
  ...kerinci,
  id: '0b9f3f7e-4a53-4c49-9f0e-1c1f5b2a0171',
  name: 'Diskominfo Kota Jambi',
  regionCode: '15.71',
  regionName: 'Kota Jambi',
};
const bappeda: Organization = {
  ...kerinci,
  id: '0b9f3f7e-4a53-4c49-9f0e-1c1f5b2a0199',
  name: 'Bappeda Provinsi Jambi',
  kind: 'regional_office',
  regionCode: '15',
  regionName: 'Provinsi Jambi',
};

const row = (office: Organization, extra: Partial<DirectiveOfficeRow>): DirectiveOfficeRow => ({
  itemId: `a0000000-0000-4000-8000-${office.id.slice(-12)}`,
  office: { id: office.id, name: office.name },
  region:
    office.regionCode && office.regionName ? { code: office.regionCode, name: office.regionName } : null,
  currentOwner: null,
  status: 'in_progress',
  standing: 'in_progress',
  health: 'on_track',
  progress: 40,
  dueOn: '2026-03-31',
  lastUpdateAt: '2026-02-01T03:00:00.000Z',
  version: 2,
  ...extra,
});

const directive: DirectiveDetail = {
  id: 'd0000000-0000-4000-8000-000000000001',
  title: 'Pindahkan hosting aplikasi dan data ke Data Center Provinsi Jambi',
  instruction: 'Laporkan daftar aplikasi yang sudah dipindahkan.',
  status: 'open',
  priority: 'high',
  dueOn: '2026-03-31',
  issuedBy: {
    organization: { id: diskominfoJambi.id, name: diskominfoJambi.name },
    person: { id: 'p0000000-0000-4000-8000-000000000001', name: 'Drs. Ariansyah, M.E.' },
  },
  region: { code: '15', name: 'Provinsi Jambi' },
  meeting: { id: rakornis.id, title: rakornis.title, outsideScope: false },
  counts: { total: 2, done: 1, awaiting: 0, overdue: 1, inProgress: 0, other: 0, cancelled: 0 },
  closedAt: null,
  version: 3,
  createdAt: '2026-01-05T03:00:00.000Z',
  updatedAt: '2026-02-01T03:00:00.000Z',
  offices: [
    row(kerinci, { status: 'done', standing: 'done', health: null, progress: 100 }),
    row(kotaJambi, {
      standing: 'overdue',
      health: 'overdue',
      dueOn: '2026-01-10',
      currentOwner: {
        organization: { id: kotaJambi.id, name: kotaJambi.name },
        person: { id: 'x', name: 'Budi' },
      },
    }),
  ],
  officesOutsideScope: 0,
  canEdit: true,
  canAddOffices: true,
  canCancel: true,
};

function pageServer(answer: DirectiveDetail = directive) {
  server.use(
    query('directives.get', () => answer).handler,
    query('directives.list', () => ({ items: [answer], nextCursor: null })).handler,
    query('regions.list', () => regions).handler,
    query('organizations.list', () => [diskominfoJambi, bappeda, kerinci, kotaJambi]).handler,
  );
}

describe('/arahan/:id', () => {
  it('shows the header, the source meeting, the progress in words and a row per office linking to its item', async () => {
    pageServer();
    renderApp(`/arahan/${directive.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: directive.title })).toBeTruthy();
    expect(screen.getByRole('link', { name: rakornis.title }).getAttribute('href')).toBe(
      `/rapat/${rakornis.id}`,
    );
    expect(screen.getByText('1 dari 2 selesai, 1 terlambat')).toBeTruthy();
    const legend = within(screen.getByRole('list', { name: 'Kemajuan arahan' }));
    expect(legend.getByText('Terlambat: 1')).toBeTruthy();
    const table = within(screen.getByRole('table', { name: 'Tindak lanjut per instansi' }));
    expect(table.getByText('Diteruskan ke Diskominfo Kota Jambi · Budi')).toBeTruthy();
    expect(table.getByRole('link', { name: `Buka tindak lanjut ${kerinci.name}` }).getAttribute('href')).toBe(
      `/tindak-lanjut/${directive.offices[0]?.itemId}`,
    );
    expect(screen.getByRole('button', { name: 'Bagikan' })).toBeTruthy();
  });

  it('shows a regency reader only its own row and no changes, and cards at phone width', async () => {
    phoneWidth();
    server.use(
      signedInAs('staff', { organization: { id: kerinci.id, name: kerinci.name, regionCode: '15.01' } }),
    );
    pageServer({
      ...directive,
      offices: [directive.offices[0] as DirectiveOfficeRow],
      counts: { total: 1, done: 1, awaiting: 0, overdue: 0, inProgress: 0, other: 0, cancelled: 0 },
      officesOutsideScope: 10,
      canEdit: false,
      canAddOffices: false,
      canCancel: false,
    });
    renderApp(`/arahan/${directive.id}`);
    expect(await screen.findByText('1 dari 1 selesai')).toBeTruthy();
    expect(screen.getByText('10 instansi lain menerima arahan ini, di luar wilayah Anda.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ubah' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Batalkan arahan' })).toBeNull();
    const cards = within(screen.getByRole('list', { name: 'Tindak lanjut per instansi' }));
    expect(cards.getByRole('link', { name: kerinci.name })).toBeTruthy();
    expect(screen.queryByText(kotaJambi.name)).toBeNull();
  });

  it('cancels with a reason for those allowed', async () => {
    pageServer();
    const cancel = mutation(
      'directives.cancel',
      (): MutationAnswer => ({ data: { ...directive, status: 'cancelled', canCancel: false, version: 4 } }),
    );
    server.use(cancel.handler);
    const { user } = renderApp(`/arahan/${directive.id}`);
    await user.click(await screen.findByRole('button', { name: 'Batalkan arahan' }));
    const panel = within(screen.getByRole('group', { name: 'Batalkan arahan ini?' }));
    await user.type(panel.getByRole('textbox', { name: /Alasan/ }), 'Digantikan arahan baru');
    await user.click(panel.getByRole('button', { name: 'Batalkan arahan' }));
    await waitFor(() => expect(cancel.calls).toHaveLength(1));
    expect(inputOf(cancel.calls, 0)).toEqual({
      id: directive.id,
      version: 3,
      reason: 'Digantikan arahan baru',
    });
  });

  it('says when the directive is not there', async () => {
    server.use(
      mutation('unused', () => ({ data: null })).handler,
      query('regions.list', () => regions).handler,
    );
    renderApp('/arahan/bukan-id');
    expect(await screen.findByRole('heading', { name: 'Arahan tidak ditemukan' })).toBeTruthy();
  });
});

describe('issuing a directive', () => {
  it('offers all regencies/cities of the province plus chosen offices, says how many items, and sends them', async () => {
    pageServer();
    const issue = mutation('directives.issue', (): MutationAnswer => ({ data: directive }));
    server.use(issue.handler);
    const { user } = renderApp(`/arahan?rapat=${rakornis.id}&baru=1`);
    const form = within(await screen.findByRole('form', { name: 'Arahan ke banyak instansi' }));
    expect(await form.findByText('2 tindak lanjut akan dibuat, satu per instansi.')).toBeTruthy();
    await user.type(form.getByRole('textbox', { name: /Judul arahan/ }), 'Susun rencana aksi SPBE');
    await user.type(form.getByRole('textbox', { name: /Tenggat/ }), '31/03/2026');
    await user.click(form.getByLabelText('Instansi lain yang dipilih', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: /Bappeda Provinsi Jambi/ }));
    expect(await form.findByText('3 tindak lanjut akan dibuat, satu per instansi.')).toBeTruthy();
    await user.click(form.getByRole('button', { name: 'Berikan arahan' }));
    await waitFor(() => expect(issue.calls).toHaveLength(1));
    expect(inputOf(issue.calls, 0)).toMatchObject({
      title: 'Susun rencana aksi SPBE',
      dueOn: '2026-03-31',
      meetingId: rakornis.id,
      allRegencyOfficesOf: '15',
      officeIds: [bappeda.id],
    });
    expect(await screen.findByRole('heading', { level: 1, name: directive.title })).toBeTruthy();
  });

  it('keeps the form when no office is chosen and says why', async () => {
    pageServer();
    const issue = mutation('directives.issue', (): MutationAnswer => ({ data: directive }));
    server.use(issue.handler);
    const { user } = renderApp('/arahan?baru=1');
    const form = within(await screen.findByRole('form', { name: 'Arahan ke banyak instansi' }));
    await user.click(await form.findByRole('checkbox', { name: /Semua kabupaten\/kota di Provinsi Jambi/ }));
    expect(await form.findByText('Belum ada instansi yang dipilih.')).toBeTruthy();
    await user.type(form.getByRole('textbox', { name: /Judul arahan/ }), 'Arahan');
    await user.type(form.getByRole('textbox', { name: /Tenggat/ }), '31/03/2026');
    await user.click(form.getByRole('button', { name: 'Berikan arahan' }));
    expect(
      await form.findByText('Pilih paling sedikit satu instansi, atau semua kabupaten/kota sebuah provinsi.'),
    ).toBeTruthy();
    expect(issue.calls).toHaveLength(0);
  });
});
