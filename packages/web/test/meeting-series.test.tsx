import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CarryOverRecord, MeetingSeries, SeriesMeeting } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { detailOf, diskominfoJambi, organizations, rakornis, regions } from './fixtures';
import { emptyFollowUpLists } from './follow-up-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, mutation, query } from './trpc-http';

/** Meeting series (issue 19): the series page, the strip and agenda section on a meeting, the form. */
const forum: SeriesMeeting = {
  id: '5d0c2d1e-8f7a-4b7e-9a51-3c2b1a000010',
  type: 'forum',
  title: 'Forum Perangkat Daerah 2024',
  startsAt: '2024-03-06T01:30:00.000Z',
  endsAt: '2024-03-06T08:00:00.000Z',
  timeZone: 'Asia/Jakarta',
  status: 'held',
  host: { id: diskominfoJambi.id, name: diskominfoJambi.name },
  followsMeetingId: null,
  openFollowUps: 1,
};
const rakornisInSeries: SeriesMeeting = {
  ...forum,
  id: rakornis.id,
  type: 'rakornis',
  title: rakornis.title,
  startsAt: rakornis.startsAt,
  endsAt: rakornis.endsAt,
  followsMeetingId: forum.id,
  openFollowUps: 2,
};

const hosting: CarryOverRecord = {
  kind: 'actionItem',
  id: '9b2f0c3e-2b4d-4e6f-8a9b-0c1d2e3f0001',
  title: 'Pindahkan hosting aplikasi ke Data Center Provinsi',
  status: 'in_progress',
  open: true,
  owner: 'Diskominfo Kabupaten Kerinci',
  dueOn: '2026-06-30',
  fromMeeting: {
    id: rakornis.id,
    title: rakornis.title,
    startsAt: rakornis.startsAt,
    timeZone: 'Asia/Jakarta',
  },
};
const spbe: CarryOverRecord = {
  ...hosting,
  kind: 'commitment',
  id: '9b2f0c3e-2b4d-4e6f-8a9b-0c1d2e3f0002',
  title: 'Naikkan indeks SPBE',
  status: 'open',
  owner: diskominfoJambi.name,
};

/** The Governor's Rakornis directive: one line for its 11 offices, its spread as its status. */
const hostingDirective: CarryOverRecord = {
  ...hosting,
  kind: 'directive',
  id: '9b2f0c3e-2b4d-4e6f-8a9b-0c1d2e3f0003',
  title: 'Pindahkan hosting ke Data Center Provinsi',
  status: 'open',
  owner: 'Gubernur Jambi',
  dueOn: '2026-03-31',
  spread: {
    id: '9b2f0c3e-2b4d-4e6f-8a9b-0c1d2e3f0003',
    title: 'Pindahkan hosting ke Data Center Provinsi',
    dueOn: '2026-03-31',
    total: 11,
    done: 8,
    cancelled: 0,
    inProgress: 1,
    awaitingVerification: 0,
    open: 2,
    overdue: 2,
  },
};

const seriesOf = (meetingId: string, extra: Partial<MeetingSeries> = {}): MeetingSeries => ({
  meetingId,
  version: 1,
  meetings: [forum, rakornisInSeries],
  previous: null,
  next: [],
  carryOver: [],
  ...extra,
});

describe('the series page', () => {
  it('lists the meetings of the series in order, this one marked, with their open follow-ups', async () => {
    server.use(query('meetingSeries.get', () => seriesOf(rakornis.id, { previous: forum })).handler);
    renderApp(`/rapat/${rakornis.id}/rangkaian`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Rangkaian rapat' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Rangkaian rapat' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Forum Perangkat Daerah 2024',
      rakornis.title,
    ]);
    expect(within(items[1] as HTMLElement).getByText('Rapat ini')).toBeTruthy();
    expect(within(items[0] as HTMLElement).getByText('Tindak lanjut terbuka: 1')).toBeTruthy();
  });

  it('answers a meeting the reader does not see as not found', async () => {
    server.use(
      query('meetingSeries.get', () => {
        throw new Error('not reached');
      }).handler,
    );
    renderApp('/rapat/bukan-id/rangkaian');
    expect(await screen.findByText('Rapat tidak ditemukan')).toBeTruthy();
  });
});

describe('a meeting in a series', () => {
  it('shows the previous meeting and the records carried over, each at its current status', async () => {
    server.use(
      query('meetings.get', () => detailOf(rakornis)).handler,
      query('meetingSeries.get', () =>
        seriesOf(rakornis.id, {
          previous: forum,
          carryOver: [{ ...hosting, position: 0, note: 'Dibahas ulang' }],
        }),
      ).handler,
      ...emptyFollowUpLists(),
    );
    renderApp(`/rapat/${rakornis.id}`);

    const strip = await screen.findByRole('region', { name: 'Rangkaian rapat' });
    expect(within(strip).getByRole('link', { name: 'Forum Perangkat Daerah 2024' })).toBeTruthy();
    expect(within(strip).getByRole('link', { name: 'Lihat rangkaian (2 rapat)' }).getAttribute('href')).toBe(
      `/rapat/${rakornis.id}/rangkaian`,
    );
    expect(within(strip).getByRole('link', { name: 'Catat rapat lanjutan' }).getAttribute('href')).toBe(
      `/rapat/baru?lanjutanDari=${rakornis.id}`,
    );
    const section = screen.getByRole('region', { name: 'Tindak lanjut rapat sebelumnya' });
    expect(within(section).getByRole('link', { name: hosting.title }).getAttribute('href')).toBe(
      `/tindak-lanjut/${hosting.id}`,
    );
    expect(within(section).getByText('Sedang dikerjakan')).toBeTruthy();
    expect(within(section).getByText('Dibahas ulang')).toBeTruthy();
  });
});

describe('a directive carried over', () => {
  it('is one line with its spread as status, linked to the directive', async () => {
    server.use(
      query('meetings.get', () => detailOf(rakornis)).handler,
      query('meetingSeries.get', () =>
        seriesOf(rakornis.id, {
          previous: forum,
          carryOver: [{ ...hostingDirective, position: 0, note: null }],
        }),
      ).handler,
      ...emptyFollowUpLists(),
    );
    renderApp(`/rapat/${rakornis.id}`);

    const section = await screen.findByRole('region', { name: 'Tindak lanjut rapat sebelumnya' });
    expect(within(section).getAllByRole('link', { name: hostingDirective.title })).toHaveLength(1);
    expect(within(section).getByRole('link', { name: hostingDirective.title }).getAttribute('href')).toBe(
      `/arahan/${hostingDirective.id}`,
    );
    expect(within(section).getByText('Arahan')).toBeTruthy();
    expect(within(section).getByText('8 dari 11 selesai, 2 terlambat')).toBeTruthy();
    expect(within(section).getByText(/Dari Gubernur Jambi/)).toBeTruthy();
  });
});

describe('logging the next meeting of a series', () => {
  it('starts from the previous meeting, offers its open records all checked, and sends those kept', async () => {
    const previous = detailOf(rakornis);
    const candidates = query('meetingSeries.carryOverCandidates', () => ({ items: [hosting, spbe] }));
    const create = mutation('meetings.create', () => ({ data: detailOf({ ...rakornis, id: forum.id }) }));
    server.use(
      query('meetings.get', () => previous).handler,
      query('regions.list', () => regions).handler,
      query('organizations.list', () => organizations).handler,
      query('people.search', () => []).handler,
      query('meetings.similar', () => []).handler,
      candidates.handler,
      create.handler,
      ...emptyFollowUpLists(),
    );
    const { user } = renderApp(`/rapat/baru?lanjutanDari=${rakornis.id}`);

    const title = (await screen.findByRole('textbox', { name: 'Judul rapat' })) as HTMLInputElement;
    expect(title.value).toBe('Rakornis Kominfo 2026');
    const picker = screen.getByRole('combobox', { name: 'Rapat lanjutan dari' }) as HTMLInputElement;
    expect(picker.value).toContain(rakornis.title);
    const checklist = await screen.findByRole('group', { name: /Tindak lanjut rapat sebelumnya/ });
    const boxes = within(checklist).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, true]);
    expect(within(checklist).getByText('Sedang dikerjakan')).toBeTruthy();
    expect(inputOf(candidates.calls, 0)).toEqual({ followsMeetingId: rakornis.id });

    await user.click(boxes[1] as HTMLInputElement);
    const field = (text: string) => {
      const label = screen.getAllByText(text).find((el) => el.tagName === 'LABEL');
      return document.getElementById(label?.getAttribute('for') ?? '') as HTMLInputElement;
    };
    fireEvent.change(field('Tanggal mulai'), { target: { value: '2026-11-02' } });
    fireEvent.change(field('Jam mulai'), { target: { value: '09:00' } });
    fireEvent.change(field('Tanggal selesai'), { target: { value: '2026-11-02' } });
    fireEvent.change(field('Jam selesai'), { target: { value: '12:00' } });
    await user.click(screen.getByRole('button', { name: 'Simpan rapat' }));

    await waitFor(() => expect(create.calls).toHaveLength(1));
    expect(inputOf(create.calls, 0)).toMatchObject({
      type: 'rakornis',
      title: 'Rakornis Kominfo 2026',
      hostOrganizationId: diskominfoJambi.id,
      place: rakornis.place,
      followsMeetingId: rakornis.id,
      carryOver: [{ kind: 'actionItem', id: hosting.id }],
    });
  });
});
