import { screen, within } from '@testing-library/react';
import type { Participant } from '@tindak/shared';
import { describe, expect, it, onTestFinished } from 'vitest';
import { detailOf, diskominfoJambi, komdigi, rakornis } from './fixtures';
import { emptyFollowUpLists } from './follow-up-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { query } from './trpc-http';

function participant(overrides: Partial<Participant> & Pick<Participant, 'id' | 'name'>): Participant {
  return {
    kind: 'person',
    personId: overrides.id,
    position: null,
    organization: null,
    region: null,
    role: 'participant',
    attendance: 'present',
    representedBy: null,
    ...overrides,
  };
}

const meeting = detailOf(rakornis, {
  participants: [
    participant({
      id: 'p1',
      name: 'Drs. Ariansyah, M.E.',
      position: 'Kepala Dinas',
      organization: { id: diskominfoJambi.id, name: diskominfoJambi.name },
      region: { code: '15', name: 'Provinsi Jambi' },
      role: 'chair',
    }),
    participant({
      id: 'p2',
      name: 'Staf Diskominfo Kerinci',
      organization: { id: '00000000-0000-4000-8000-0000000000c1', name: 'Diskominfo Kabupaten Kerinci' },
      region: { code: '15.01', name: 'Kabupaten Kerinci' },
      attendance: 'represented',
      representedBy: 'Rina Oktaviani',
    }),
    participant({
      id: 'p3',
      kind: 'guest',
      personId: null,
      name: 'Arnanto Nurprabowo',
      organization: { id: komdigi.id, name: komdigi.name },
      role: 'speaker',
      attendance: 'absent',
    }),
  ],
  attendanceByRegion: [
    {
      code: '15.01',
      name: 'Kabupaten Kerinci',
      invited: 0,
      present: 2,
      represented: 1,
      absent: 0,
      attended: true,
    },
    {
      code: '15.09',
      name: 'Kabupaten Tebo',
      invited: 1,
      present: 0,
      represented: 0,
      absent: 1,
      attended: false,
    },
  ],
});

/** Media queries answered as a browser this wide would (the test set-up answers every one "no"). */
function screenWidth(width: number) {
  const original = window.matchMedia;
  const px = (value: string, unit: string) => Number(value) * (unit === 'em' || unit === 'rem' ? 16 : 1);
  window.matchMedia = (media: string) => {
    const max = /max-width:\s*([\d.]+)(px|em|rem)/.exec(media);
    const min = /min-width:\s*([\d.]+)(px|em|rem)/.exec(media);
    const matches =
      (!max || width <= px(max[1] ?? '0', max[2] ?? 'px')) &&
      (!min || width >= px(min[1] ?? '0', min[2] ?? 'px'));
    return { ...original(media), matches };
  };
  onTestFinished(() => {
    window.matchMedia = original;
  });
}

async function openMeeting() {
  server.use(query('meetings.get', () => meeting).handler, ...emptyFollowUpLists());
  renderApp(`/rapat/${meeting.id}`);
  expect(await screen.findByRole('heading', { level: 1, name: meeting.title })).toBeTruthy();
}

/** The label/value pairs of one participant's card: [["Instansi", "..."], ...]. */
function factsOf(card: HTMLElement) {
  return [...card.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
}

describe('participants on a phone', () => {
  it('lists each participant as a card under their region, with office, role and attendance in view', async () => {
    screenWidth(360);
    await openMeeting();
    expect(screen.queryByRole('table', { name: /Peserta/ })).toBeNull();
    expect(screen.queryByRole('rowgroup', { name: 'Provinsi Jambi' })).toBeNull();

    const province = screen.getByRole('list', { name: 'Provinsi Jambi (1)' });
    const [chair] = within(province).getAllByRole('listitem');
    expect(within(chair as HTMLElement).getByText('Drs. Ariansyah, M.E.')).toBeTruthy();
    expect(within(chair as HTMLElement).getByText('Kepala Dinas')).toBeTruthy();
    expect(factsOf(chair as HTMLElement)).toEqual([
      ['Instansi', diskominfoJambi.name],
      ['Peran', 'Pimpinan rapat'],
      ['Kehadiran', 'Hadir'],
    ]);

    const kerinci = within(screen.getByRole('list', { name: 'Kabupaten Kerinci (1)' })).getByRole('listitem');
    expect(factsOf(kerinci)).toEqual([
      ['Instansi', 'Diskominfo Kabupaten Kerinci'],
      ['Peran', 'Peserta'],
      ['Kehadiran', 'Diwakilkandiwakili Rina Oktaviani'],
    ]);

    const guests = within(screen.getByRole('list', { name: 'Tanpa wilayah (1)' })).getByRole('listitem');
    expect(within(guests).getByText('(tamu)')).toBeTruthy();
    expect(factsOf(guests)).toEqual([
      ['Instansi', komdigi.name],
      ['Peran', 'Pembicara'],
      ['Kehadiran', 'Tidak hadir'],
    ]);
  });

  it('keeps the table, a row group per region, on a wide screen', async () => {
    screenWidth(1280);
    await openMeeting();
    const province = screen.getByRole('rowgroup', { name: 'Provinsi Jambi' });
    expect(within(province).getByRole('cell', { name: 'Pimpinan rapat' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Provinsi Jambi (1)' })).toBeNull();
  });

  it("shows each region's attendance as a line of its own, not a table wider than the phone", async () => {
    screenWidth(360);
    await openMeeting();
    const lines = within(screen.getByRole('list', { name: 'Kehadiran kabupaten/kota' })).getAllByRole(
      'listitem',
    );
    expect(lines.map((line) => line.textContent)).toEqual([
      'Kabupaten KerinciHadir 2 · Diwakilkan 1',
      'Kabupaten TeboTidak ada yang hadir · Diundang 1 · Tidak hadir 1',
    ]);
    expect(screen.queryByRole('columnheader', { name: 'Diwakilkan' })).toBeNull();
  });

  it('keeps the attendance table by region on a wide screen', async () => {
    screenWidth(1280);
    await openMeeting();
    expect(screen.getByRole('columnheader', { name: 'Diwakilkan' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Kabupaten Tebo' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Kehadiran kabupaten/kota' })).toBeNull();
  });
});
