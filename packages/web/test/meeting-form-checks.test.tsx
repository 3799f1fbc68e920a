import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MeetingDetail } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { detailOf, diskominfoJambi, organizations, rakornis, regions } from './fixtures';
import { emptyFollowUpLists } from './follow-up-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, type MutationAnswer, mutation, query } from './trpc-http';

// Issue 21, the meeting form: a meeting logged after the fact, a likely second copy, guests from
// one office, and "represented" without a name.

/** The text of everything that describes an input (Mantine links its error message this way). */
function descriptionOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** Date and time inputs have no textbox role; find them by their label's text. */
function labelled(text: string): HTMLInputElement {
  const label = screen.getAllByText(text).find((el) => el.tagName === 'LABEL');
  const element = label?.getAttribute('for')
    ? document.getElementById(label.getAttribute('for') ?? '')
    : null;
  if (!element) throw new Error(`no input labelled ${text}`);
  return element as HTMLInputElement;
}

function serveReferenceData(similar: (input: unknown) => unknown[] = () => []) {
  const similarCalls = query('meetings.similar', similar);
  server.use(
    query('regions.list', () => regions).handler,
    query('organizations.list', () => organizations).handler,
    query('people.search', () => []).handler,
    similarCalls.handler,
  );
  return similarCalls;
}

const saved = detailOf(rakornis);

/** Fills a whole Forum meeting hosted by the province office, on the given day. */
async function fillMeeting(user: ReturnType<typeof renderApp>['user'], day: string) {
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Jenis rapat' }), 'forum');
  // Typed text arrives as one change: keystrokes in a simulated DOM are slow and not what is tested.
  fireEvent.change(screen.getByRole('textbox', { name: 'Judul rapat' }), {
    target: { value: 'Forum Perangkat Daerah 2024' },
  });
  await user.click(screen.getByRole('combobox', { name: 'Instansi penyelenggara' }));
  await user.click(await screen.findByRole('option', { name: diskominfoJambi.name }));
  fireEvent.change(labelled('Tanggal mulai'), { target: { value: day } });
  fireEvent.change(labelled('Jam mulai'), { target: { value: '13:30' } });
  fireEvent.change(labelled('Tanggal selesai'), { target: { value: day } });
  fireEvent.change(labelled('Jam selesai'), { target: { value: '16:00' } });
  fireEvent.change(screen.getByRole('textbox', { name: 'Tempat' }), {
    target: { value: 'Ratu Convention Center' },
  });
}

describe('a meeting logged after it took place', () => {
  it('offers "Rapat sudah terlaksana", on by default, and sends it with the new meeting', async () => {
    serveReferenceData();
    const create = mutation('meetings.create', (): MutationAnswer => ({ data: saved }));
    server.use(create.handler, query('meetings.get', () => saved).handler, ...emptyFollowUpLists());
    const { user } = renderApp('/rapat/baru');

    await fillMeeting(user, '2024-08-14');
    const held = screen.getByRole('checkbox', { name: 'Rapat sudah terlaksana' }) as HTMLInputElement;
    expect(held.checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Simpan rapat' }));

    await waitFor(() => expect(create.calls).toHaveLength(1));
    expect(inputOf(create.calls, 0)).toMatchObject({ type: 'forum', held: true });
  });

  it('saves it as scheduled when the box is cleared, and offers nothing for a meeting still ahead', async () => {
    serveReferenceData();
    const create = mutation('meetings.create', (): MutationAnswer => ({ data: saved }));
    server.use(create.handler, query('meetings.get', () => saved).handler, ...emptyFollowUpLists());
    const { user } = renderApp('/rapat/baru');

    const nextYear = new Date().getUTCFullYear() + 1;
    await fillMeeting(user, `${nextYear}-03-02`);
    expect(screen.queryByRole('checkbox', { name: 'Rapat sudah terlaksana' })).toBeNull();
    fireEvent.change(labelled('Tanggal mulai'), { target: { value: '2024-08-14' } });
    fireEvent.change(labelled('Tanggal selesai'), { target: { value: '2024-08-14' } });
    await user.click(await screen.findByRole('checkbox', { name: 'Rapat sudah terlaksana' }));
    await user.click(screen.getByRole('button', { name: 'Simpan rapat' }));

    await waitFor(() => expect(create.calls).toHaveLength(1));
    expect(inputOf(create.calls, 0).held).toBe(false);
  });
});

describe('a meeting that looks like one already recorded', () => {
  it('warns with a link to the existing meeting and saves only after "Tetap simpan"', async () => {
    const existing = { ...rakornis, id: '5d0c2d1e-8f7a-4b7e-9a51-3c2b1a0000f1', type: 'forum' as const };
    const similar = serveReferenceData(() => [existing]);
    const create = mutation('meetings.create', (): MutationAnswer => ({ data: saved }));
    server.use(create.handler, query('meetings.get', () => saved).handler, ...emptyFollowUpLists());
    const { user } = renderApp('/rapat/baru');

    await fillMeeting(user, '2024-08-14');
    await waitFor(() => expect(similar.calls.length).toBeGreaterThan(0));
    expect(similar.calls.at(-1)?.input).toMatchObject({
      type: 'forum',
      hostOrganizationId: diskominfoJambi.id,
      timeZone: 'Asia/Jakarta',
      // Noon WIB on the day typed: the server compares the day in the meeting's zone.
      startsAt: '2024-08-14T05:00:00.000Z',
    });
    await user.click(screen.getByRole('button', { name: 'Simpan rapat' }));

    const title = await screen.findByText('Rapat serupa sudah tercatat');
    const warning = title.closest<HTMLElement>('[role="alert"]');
    if (!warning) throw new Error('the warning is not an alert');
    expect(document.activeElement).toBe(warning);
    expect(within(warning).getByRole('link', { name: existing.title }).getAttribute('href')).toBe(
      `/rapat/${existing.id}`,
    );
    expect(create.calls).toHaveLength(0);

    await user.click(within(warning).getByRole('button', { name: 'Tetap simpan' }));
    await waitFor(() => expect(create.calls).toHaveLength(1));
    expect(inputOf(create.calls, 0)).toMatchObject({ title: 'Forum Perangkat Daerah 2024' });
  });
});

describe('guests', () => {
  it('fills the region from the office picked, and adds another guest from that office in one step', async () => {
    serveReferenceData();
    const { user } = renderApp('/rapat/baru');

    await user.click(await screen.findByRole('button', { name: 'Tambah tamu' }));
    const first = screen.getByRole('group', { name: 'Tamu 1' });
    await user.type(within(first).getByRole('textbox', { name: 'Nama tamu' }), 'Ir. Hendri Sastra');
    await user.click(within(first).getByRole('combobox', { name: 'Instansi' }));
    // Each option names its region under the office's name.
    const option = await screen.findByRole('option', {
      name: /Dinas Komunikasi dan Informatika Provinsi Jambi/,
    });
    expect(option.textContent).toContain('Provinsi Jambi');
    await user.click(option);
    expect((within(first).getByRole('combobox', { name: 'Wilayah' }) as HTMLInputElement).value).toBe(
      'Provinsi Jambi',
    );

    await user.click(
      within(first).getByRole('button', {
        name: `Tambah tamu dari instansi ini: ${diskominfoJambi.name}`,
      }),
    );
    const second = screen.getByRole('group', { name: 'Tamu 2' });
    const secondName = within(second).getByRole('textbox', { name: 'Nama tamu' });
    expect(document.activeElement).toBe(secondName);
    expect((within(second).getByRole('combobox', { name: 'Instansi' }) as HTMLInputElement).value).toBe(
      diskominfoJambi.name,
    );
    expect((within(second).getByRole('combobox', { name: 'Wilayah' }) as HTMLInputElement).value).toBe(
      'Provinsi Jambi',
    );
    expect(screen.getByText('Jumlah peserta: 2')).toBeTruthy();
  });
});

describe('attendance "Diwakilkan"', () => {
  it('asks who represented the participant before anything is sent', async () => {
    const meeting: MeetingDetail = detailOf(rakornis, {
      version: 2,
      participants: [
        {
          id: '11111111-1111-4111-8111-111111111112',
          kind: 'guest',
          personId: null,
          name: 'Kadis Kominfo Kerinci',
          position: null,
          organization: null,
          region: { code: '15.01', name: 'Kabupaten Kerinci' },
          role: 'participant',
          attendance: 'invited',
          representedBy: null,
        },
      ],
    });
    const record = mutation('meetings.recordAttendance', (): MutationAnswer => ({ data: meeting }));
    server.use(query('meetings.get', () => meeting).handler, ...emptyFollowUpLists(), record.handler);
    const { user } = renderApp(`/rapat/${meeting.id}`);

    await user.click(await screen.findByRole('button', { name: 'Catat kehadiran' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Kehadiran Kadis Kominfo Kerinci' }),
      'represented',
    );
    await user.click(screen.getByRole('button', { name: 'Simpan kehadiran' }));

    const representedBy = screen.getByRole('textbox', { name: 'Diwakili oleh, untuk Kadis Kominfo Kerinci' });
    await waitFor(() => expect(representedBy.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(representedBy)).toContain('Isi siapa yang mewakili.');
    expect(document.activeElement).toBe(representedBy);
    expect(record.calls).toHaveLength(0);

    await user.type(representedBy, 'Sekdis Kominfo Kerinci');
    await user.click(screen.getByRole('button', { name: 'Simpan kehadiran' }));
    await waitFor(() => expect(record.calls).toHaveLength(1));
    expect(inputOf(record.calls, 0).entries).toEqual([
      {
        participantId: '11111111-1111-4111-8111-111111111112',
        attendance: 'represented',
        representedBy: 'Sekdis Kominfo Kerinci',
      },
    ]);
  });
});
