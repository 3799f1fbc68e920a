import { screen, waitFor, within } from '@testing-library/react';
import type { MeetingDetail } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { detailOf, rakornis } from './fixtures';
import { emptyFollowUpLists } from './follow-up-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, type MutationAnswer, mutation, query, trpcError } from './trpc-http';

/** The text of everything that describes an input (Mantine links its error message this way). */
function descriptionOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function serveMeeting(meeting: MeetingDetail) {
  server.use(query('meetings.get', () => meeting).handler, ...emptyFollowUpLists());
}

const scheduled = detailOf(
  { ...rakornis, status: 'scheduled' },
  { allowedActions: ['markHeld', 'postpone', 'cancel'], version: 3 },
);

describe('meeting record', () => {
  it('offers only the status actions the server allows', async () => {
    const postponed = detailOf(
      { ...rakornis, status: 'postponed' },
      { allowedActions: ['reschedule', 'cancel'], statusReason: 'Gubernur berhalangan' },
    );
    serveMeeting(postponed);
    renderApp(`/rapat/${postponed.id}`);

    const actions = await screen.findByRole('group', { name: 'Ubah status rapat' });
    const names = within(actions)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(['Jadwalkan ulang', 'Batalkan']);
    expect(screen.queryByRole('button', { name: 'Tandai terlaksana' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tunda' })).toBeNull();
  });

  it('shows no status actions once the meeting is held', async () => {
    serveMeeting(detailOf(rakornis, { allowedActions: [] }));
    renderApp(`/rapat/${rakornis.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: rakornis.title })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Ubah status rapat' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Batalkan' })).toBeNull();
  });

  it('asks for a reason before postponing, next to the reason field, then sends it with the version', async () => {
    const setStatus = mutation(
      'meetings.setStatus',
      (): MutationAnswer => ({
        data: {
          ...scheduled,
          status: 'postponed',
          statusReason: 'Gubernur berhalangan',
          allowedActions: ['reschedule', 'cancel'],
          version: 4,
        },
      }),
    );
    serveMeeting(scheduled);
    server.use(setStatus.handler);
    const { user } = renderApp(`/rapat/${scheduled.id}`);

    await user.click(await screen.findByRole('button', { name: 'Tunda' }));
    const reason = screen.getByRole('textbox', { name: 'Alasan penundaan' });
    expect(document.activeElement).toBe(reason);
    await user.click(screen.getByRole('button', { name: 'Tunda rapat' }));

    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(reason)).toContain('Tuliskan alasannya.');
    expect(setStatus.calls).toHaveLength(0);

    await user.type(reason, 'Gubernur berhalangan');
    await user.click(screen.getByRole('button', { name: 'Tunda rapat' }));

    await waitFor(() => expect(setStatus.calls).toHaveLength(1));
    expect(inputOf(setStatus.calls, 0)).toEqual({
      id: scheduled.id,
      version: 3,
      action: 'postpone',
      reason: 'Gubernur berhalangan',
    });
    expect(await screen.findByText('Alasan: Gubernur berhalangan')).toBeTruthy();
    const actions = screen.getByRole('group', { name: 'Ubah status rapat' });
    expect(within(actions).getByRole('button', { name: 'Jadwalkan ulang' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Alasan penundaan' })).toBeNull();
  });

  it('renders the minutes from Markdown without letting HTML in them run or become elements', async () => {
    const hostile = detailOf(rakornis, {
      agenda: [{ position: 1, title: 'Arahan Gubernur', notes: 'SPBE dan Data Center' }],
      minutes: [
        '## Arahan Gubernur Jambi',
        '- Manfaatkan **Data Center Provinsi Jambi**',
        '',
        '<script>window.__tindakPwned = true</script>',
        '',
        '<img src="x" onerror="window.__tindakPwned = true">',
        '',
        '[tautan](javascript:window.__tindakPwned=true)',
      ].join('\n'),
    });
    serveMeeting(hostile);
    renderApp(`/rapat/${hostile.id}`);

    const section = await screen.findByRole('region', { name: 'Agenda dan notulen' });
    expect(within(section).getByRole('heading', { level: 4, name: 'Arahan Gubernur Jambi' })).toBeTruthy();
    expect(within(section).getByText('Data Center Provinsi Jambi').tagName).toBe('STRONG');
    expect(within(section).getByText('Arahan Gubernur')).toBeTruthy();
    expect(section.querySelector('script')).toBeNull();
    expect(section.querySelector('img')).toBeNull();
    expect(section.querySelector('[onerror]')).toBeNull();
    // The link keeps its words but loses the script.
    const link = within(section).getByText('tautan');
    expect(link.getAttribute('href') ?? '').not.toContain('javascript');
    expect((window as { __tindakPwned?: boolean }).__tindakPwned).toBeUndefined();
  });

  it('on a conflict saving minutes explains it, keeps what was typed and saves over the latest version', async () => {
    const mine = detailOf(rakornis, { minutes: 'Versi awal', version: 5 });
    const theirs = detailOf(rakornis, { minutes: 'Versi rekan', version: 6 });
    const saveMinutes = mutation(
      'meetings.saveMinutes',
      (_input, call): MutationAnswer =>
        call === 0
          ? trpcError(
              'CONFLICT',
              'meetings.saveMinutes',
              'Data ini sudah diubah orang lain sejak Anda membukanya. Periksa versi terbaru lalu simpan lagi.',
              { issues: [{ path: 'version', message: 'stale' }], current: theirs },
            )
          : { data: { ...theirs, minutes: 'Versi awal dengan keputusan', version: 7 } },
    );
    serveMeeting(mine);
    server.use(saveMinutes.handler);
    const { user } = renderApp(`/rapat/${mine.id}`);

    await user.click(await screen.findByRole('button', { name: 'Ubah agenda dan notulen' }));
    const minutes = screen.getByRole('textbox', { name: 'Notulen' }) as HTMLTextAreaElement;
    await user.type(minutes, ' dengan keputusan');
    await user.click(screen.getByRole('button', { name: 'Tambah butir agenda' }));
    await user.type(screen.getByRole('textbox', { name: 'Judul agenda 1' }), 'Pembukaan');
    await user.click(screen.getByRole('button', { name: 'Simpan agenda dan notulen' }));

    // Notifications are alerts too; the conflict is the one with this title.
    const title = await screen.findByText('Sudah diubah orang lain');
    const alert = title.closest<HTMLElement>('[role="alert"]');
    if (!alert) throw new Error('the conflict message is not an alert');
    expect(alert.textContent).toContain('Periksa versi terbaru');
    expect(document.activeElement).toBe(alert);
    expect(inputOf(saveMinutes.calls, 0)).toMatchObject({
      version: 5,
      minutes: 'Versi awal dengan keputusan',
      agenda: [{ title: 'Pembukaan', notes: '' }],
    });
    expect(minutes.value).toBe('Versi awal dengan keputusan');

    await user.click(within(alert).getByRole('button', { name: 'Muat versi terbaru' }));
    expect(await screen.findByText(/Versi terbaru sudah dimuat/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Notulen' }) as HTMLTextAreaElement).value).toBe(
      'Versi awal dengan keputusan',
    );
    expect((screen.getByRole('textbox', { name: 'Judul agenda 1' }) as HTMLInputElement).value).toBe(
      'Pembukaan',
    );

    await user.click(screen.getByRole('button', { name: 'Simpan agenda dan notulen' }));
    await waitFor(() => expect(saveMinutes.calls).toHaveLength(2));
    expect(inputOf(saveMinutes.calls, 1)).toMatchObject({
      version: 6,
      minutes: 'Versi awal dengan keputusan',
    });
    expect(await screen.findByText('Versi awal dengan keputusan')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Notulen' })).toBeNull();
  });

  it('reorders and removes agenda rows before saving them in the new order', async () => {
    const meeting = detailOf(rakornis, {
      agenda: [
        { position: 1, title: 'Pembukaan', notes: null },
        { position: 2, title: 'Arahan', notes: 'SPBE' },
        { position: 3, title: 'Penutup', notes: null },
      ],
    });
    const saveMinutes = mutation('meetings.saveMinutes', (): MutationAnswer => ({ data: meeting }));
    serveMeeting(meeting);
    server.use(saveMinutes.handler);
    const { user } = renderApp(`/rapat/${meeting.id}`);

    await user.click(await screen.findByRole('button', { name: 'Ubah agenda dan notulen' }));
    await user.click(screen.getByRole('button', { name: 'Naikkan agenda 2' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Turunkan agenda 1' }));
    await user.click(screen.getByRole('button', { name: 'Hapus agenda 3' }));
    await user.click(screen.getByRole('button', { name: 'Simpan agenda dan notulen' }));

    await waitFor(() => expect(saveMinutes.calls).toHaveLength(1));
    expect(inputOf(saveMinutes.calls, 0).agenda).toEqual([
      { title: 'Arahan', notes: 'SPBE' },
      { title: 'Pembukaan', notes: '' },
    ]);
  });

  it('records attendance for every participant in one save, with who represented someone', async () => {
    const meeting = detailOf(rakornis, {
      version: 2,
      participants: [
        {
          id: '11111111-1111-4111-8111-111111111111',
          kind: 'person',
          personId: '21111111-1111-4111-8111-111111111111',
          name: 'Drs. Ariansyah, M.E.',
          position: 'Kepala Dinas',
          organization: null,
          region: { code: '15', name: 'Provinsi Jambi' },
          role: 'chair',
          attendance: 'invited',
          representedBy: null,
        },
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
    serveMeeting(meeting);
    server.use(record.handler);
    const { user } = renderApp(`/rapat/${meeting.id}`);

    await user.click(await screen.findByRole('button', { name: 'Catat kehadiran' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Kehadiran Drs. Ariansyah, M.E.' }),
      'present',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Kehadiran Kadis Kominfo Kerinci' }),
      'represented',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Diwakili oleh, untuk Kadis Kominfo Kerinci' }),
      'Sekdis Kominfo Kerinci',
    );
    await user.click(screen.getByRole('button', { name: 'Simpan kehadiran' }));

    await waitFor(() => expect(record.calls).toHaveLength(1));
    expect(inputOf(record.calls, 0)).toEqual({
      id: meeting.id,
      version: 2,
      entries: [
        { participantId: '11111111-1111-4111-8111-111111111111', attendance: 'present', representedBy: '' },
        {
          participantId: '11111111-1111-4111-8111-111111111112',
          attendance: 'represented',
          representedBy: 'Sekdis Kominfo Kerinci',
        },
      ],
      // Made when Save was pressed, so a resend after a lost answer applies once (offline writes).
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });
});
