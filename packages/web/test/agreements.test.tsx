import { screen, waitFor, within } from '@testing-library/react';
import type { AgreementDetail, AgreementSummary, Organization } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { audiensi, diskominfoJambi, organizations, regions } from './fixtures';
import { priorityCommitment } from './follow-up-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, inputOf, type MutationAnswer, mutation, query } from './trpc-http';

const apjii: Organization = {
  id: '0b9f3f7e-4a53-4c49-9f0e-1c1f5b2a0031',
  name: 'Asosiasi Penyelenggara Jasa Internet Indonesia',
  shortName: 'APJII',
  kind: 'association',
  regionCode: null,
  regionName: null,
};
const jala: Organization = {
  ...apjii,
  id: '0b9f3f7e-4a53-4c49-9f0e-1c1f5b2a0032',
  name: 'PT Jala Nusa Telematika',
  shortName: null,
  kind: 'company',
};

const summary: AgreementSummary = {
  id: '3c0d9a2e-1b2c-4d5e-8f90-a1b2c3d40001',
  kind: 'kesepakatan',
  title: 'Kesepakatan Kota dan Desa Digital Mandiri Kabupaten Banyuasin',
  number: null,
  status: 'signed',
  signedOn: '2025-03-12',
  signedPlace: 'Banyuasin',
  owner: { id: diskominfoJambi.id, name: diskominfoJambi.name },
  region: { code: '15', name: 'Provinsi Jambi' },
  parties: [
    { id: diskominfoJambi.id, name: diskominfoJambi.name },
    { id: apjii.id, name: apjii.name },
    { id: jala.id, name: jala.name },
  ],
  commitments: { total: 2, fulfilled: 1, overdue: 1 },
  meeting: { id: audiensi.id, title: audiensi.title, startsAt: audiensi.startsAt, outsideScope: false },
  createdAt: '2025-03-12T05:00:00.000Z',
};

const detail: AgreementDetail = {
  ...summary,
  description: null,
  startsOn: null,
  endsOn: null,
  partyDetails: [
    {
      organization: {
        id: diskominfoJambi.id,
        name: diskominfoJambi.name,
        kind: 'diskominfo',
        regionCode: '15',
      },
      position: 0,
      signatoryName: 'Drs. Ariansyah, M.E.',
      signatoryPosition: 'Kepala Dinas',
      commitments: [],
    },
    {
      organization: { id: apjii.id, name: apjii.name, kind: 'association', regionCode: null },
      position: 1,
      signatoryName: null,
      signatoryPosition: null,
      commitments: [
        {
          id: 'c0000000-0000-4000-8000-000000000001',
          title: 'Desa digital mandiri',
          status: 'fulfilled',
          dueOn: null,
          isOverdue: false,
        },
      ],
    },
    {
      organization: { id: jala.id, name: jala.name, kind: 'company', regionCode: null },
      position: 2,
      signatoryName: null,
      signatoryPosition: null,
      commitments: [
        {
          id: 'c0000000-0000-4000-8000-000000000002',
          title: 'Internet desa 67 titik',
          status: 'open',
          dueOn: '2025-06-30',
          isOverdue: true,
        },
      ],
    },
  ],
  scopeItems: [
    { position: 0, text: 'Revitalisasi infrastruktur pasif telekomunikasi' },
    { position: 1, text: 'Penyediaan layanan internet desa' },
  ],
  document: {
    id: 'f0000000-0000-4000-8000-000000000001',
    fileName: 'kesepakatan.pdf',
    sizeBytes: 2048,
    contentType: 'application/pdf',
  },
  version: 2,
  updatedAt: '2025-03-12T05:00:00.000Z',
  canEdit: true,
  canAddCommitment: true,
  allowedActions: ['end', 'cancel'],
  history: [],
};

function pageServer(agreement: AgreementDetail = detail) {
  server.use(
    query('agreements.get', () => agreement).handler,
    query('agreements.list', () => ({ items: [summary], nextCursor: null })).handler,
    query('organizations.list', () => [...organizations, apjii, jala]).handler,
    query('regions.list', () => regions).handler,
    query('meetings.list', () => ({ items: [audiensi], nextCursor: null })).handler,
    query('proposals.list', () => ({ items: [], nextCursor: null })).handler,
    query('people.search', () => []).handler,
  );
}

describe('/kesepakatan', () => {
  it('lists agreements with kind, parties, signing line and commitments, under the commitments tab', async () => {
    pageServer();
    renderApp('/kesepakatan');
    const link = await screen.findByRole('link', { name: summary.title });
    expect(link.getAttribute('href')).toBe(`/kesepakatan/${summary.id}`);
    const card = within(link.closest('article') as HTMLElement);
    expect(card.getByText('Kesepakatan')).toBeTruthy();
    expect(card.getByText('Ditandatangani di Banyuasin, 12 Maret 2025')).toBeTruthy();
    expect(card.getByText(/1 dari 2 komitmen terpenuhi · 1 lewat tenggat/)).toBeTruthy();
    const tabs = screen.getByRole('navigation', { name: 'Komitmen dan kesepakatan' });
    expect(within(tabs).getByRole('link', { name: 'Komitmen' }).getAttribute('href')).toBe('/komitmen');
  });

  it('sends the filters from the address and says when nothing matches or the load failed', async () => {
    const list = query('agreements.list', () => ({ items: [], nextCursor: null }));
    server.use(list.handler, query('organizations.list', () => organizations).handler);
    server.use(http.get(`${API_URL}/agreements.list`, () => HttpResponse.error(), { once: true }));
    const { user } = renderApp('/kesepakatan?jenis=pks&status=signed&cari=edge');
    expect(await screen.findByText('Kesepakatan tidak dapat dimuat')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('Tidak ada kesepakatan yang cocok dengan filter ini.')).toBeTruthy();
    expect(inputOf(list.calls, 0)).toMatchObject({ kind: 'pks', status: 'signed', q: 'edge', limit: 20 });
  });
});

describe('/kesepakatan/:id', () => {
  it('shows each party as a card with its commitments and status, the numbered scope, the document and the meeting', async () => {
    pageServer();
    renderApp(`/kesepakatan/${detail.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: detail.title })).toBeTruthy();
    expect(screen.getByText('Ditandatangani di Banyuasin, 12 Maret 2025')).toBeTruthy();
    const jalaCard = within(screen.getByRole('region', { name: jala.name }));
    expect(jalaCard.getByRole('link', { name: 'Internet desa 67 titik' })).toBeTruthy();
    expect(jalaCard.getByText('Terbuka')).toBeTruthy();
    expect(jalaCard.getByText(/Lewat tenggat/)).toBeTruthy();
    const apjiiCard = within(screen.getByRole('region', { name: apjii.name }));
    expect(apjiiCard.getByText('Terpenuhi')).toBeTruthy();
    const scope = within(screen.getByRole('region', { name: 'Ruang lingkup' }));
    expect(scope.getByRole('list').tagName).toBe('OL');
    expect(scope.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Revitalisasi infrastruktur pasif telekomunikasi',
      'Penyediaan layanan internet desa',
    ]);
    expect(screen.getByRole('link', { name: 'Unduh kesepakatan.pdf' }).getAttribute('href')).toBe(
      `/api/files/${detail.document?.id}`,
    );
    expect(screen.getByRole('link', { name: audiensi.title }).getAttribute('href')).toBe(
      `/rapat/${audiensi.id}`,
    );
  });

  it('adds a party commitment with the agreement and the party already chosen', async () => {
    pageServer();
    const create = mutation('commitments.create', (): MutationAnswer => ({ data: priorityCommitment }));
    server.use(create.handler);
    const { user } = renderApp(`/kesepakatan/${detail.id}`);
    await user.click(await screen.findByRole('button', { name: `Tambah komitmen pihak: ${jala.name}` }));
    const dialog = within(await screen.findByRole('dialog', { name: `Komitmen baru: ${jala.name}` }));
    expect((dialog.getByRole('combobox', { name: /Pihak yang berkomitmen/ }) as HTMLInputElement).value).toBe(
      jala.name,
    );
    await user.type(
      dialog.getByRole('textbox', { name: /Isi komitmen/ }),
      'Edge Data Center di Pangkalan Balai',
    );
    await user.click(dialog.getByRole('button', { name: 'Simpan komitmen' }));
    await waitFor(() => expect(create.calls).toHaveLength(1));
    expect(inputOf(create.calls, 0)).toMatchObject({
      title: 'Edge Data Center di Pangkalan Balai',
      committedByOrganizationId: jala.id,
      agreementId: detail.id,
      meetingId: audiensi.id,
      madeOn: '2025-03-12',
    });
  });

  it('signs a draft with its day and place', async () => {
    const draft: AgreementDetail = {
      ...detail,
      status: 'draft',
      signedOn: null,
      signedPlace: null,
      allowedActions: ['sign', 'cancel'],
    };
    pageServer(draft);
    const sign = mutation('agreements.sign', (): MutationAnswer => ({ data: detail }));
    server.use(sign.handler);
    const { user } = renderApp(`/kesepakatan/${detail.id}`);
    expect(await screen.findByText('Belum ditandatangani')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tandatangani' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Tandatangani kesepakatan' }));
    const day = dialog.getByRole('textbox', { name: /Tanggal penandatanganan/ });
    await user.clear(day);
    await user.type(day, '12/03/2025');
    await user.type(dialog.getByRole('textbox', { name: /Tempat penandatanganan/ }), 'Banyuasin');
    await user.click(dialog.getByRole('button', { name: 'Simpan penandatanganan' }));
    await waitFor(() => expect(sign.calls).toHaveLength(1));
    expect(inputOf(sign.calls, 0)).toMatchObject({
      id: detail.id,
      version: 2,
      signedOn: '2025-03-12',
      signedPlace: 'Banyuasin',
    });
    expect(await screen.findByText('Ditandatangani di Banyuasin, 12 Maret 2025')).toBeTruthy();
  });

  it('says so when the agreement is missing or outside the region', async () => {
    pageServer();
    server.use(
      http.get(`${API_URL}/agreements.get`, () =>
        HttpResponse.json(
          {
            error: {
              message: 'Kesepakatan tidak ditemukan.',
              code: -32004,
              data: { code: 'NOT_FOUND', httpStatus: 404 },
            },
          },
          { status: 404 },
        ),
      ),
    );
    renderApp(`/kesepakatan/${detail.id}`);
    expect(await screen.findByRole('heading', { name: 'Kesepakatan tidak ditemukan' })).toBeTruthy();
  });
});
