import { screen, waitFor, within } from '@testing-library/react';
import type { InvitationLetter } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { audiensi, detailOf, diskominfoJambi, rakornis } from './fixtures';
import { emptyFollowUpLists } from './follow-up-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, mutation, query } from './trpc-http';

const meeting = detailOf(audiensi);
const signer = {
  id: '00000000-0000-4000-8000-0000000000c1',
  name: 'Drs. Ariansyah, M.E.',
  position: 'Kepala Dinas',
};

const unnumbered: InvitationLetter = {
  meetingId: meeting.id,
  version: meeting.version,
  meetingStatus: 'scheduled',
  number: null,
  date: null,
  signer: null,
  sentAt: null,
  paperSize: 'F4',
  recipients: [
    {
      participantId: 'p1',
      name: 'Kepala Diskominfo Kerinci',
      organization: 'Diskominfo Kerinci',
      hasEmail: true,
    },
    {
      participantId: 'p2',
      name: 'Sekretariat Diskominfo',
      organization: diskominfoJambi.name,
      hasEmail: true,
    },
    { participantId: 'p3', name: 'Budi Santoso', organization: 'Diskominfo Kerinci', hasEmail: false },
  ],
  mayEdit: true,
};
const numbered: InvitationLetter = {
  ...unnumbered,
  version: meeting.version + 1,
  number: '005/123/Diskominfo/2026',
  date: '2026-02-02',
  signer,
};

function showMeeting(letter: InvitationLetter, shown = meeting) {
  server.use(
    query('meetings.get', () => shown).handler,
    query('letters.invitation', () => letter).handler,
    query('people.search', () => [
      {
        id: signer.id,
        fullName: signer.name,
        position: signer.position,
        nip: null,
        organization: { id: diskominfoJambi.id, name: diskominfoJambi.name },
        regionCode: '15',
        userId: null,
      },
    ]).handler,
    ...emptyFollowUpLists(),
  );
  return renderApp(`/rapat/${shown.id}`);
}

describe('the surat undangan section', () => {
  it('sets the number, date and signer of a scheduled meeting, then offers the PDF and DOCX', async () => {
    const set = mutation('letters.setInvitation', () => ({ data: numbered }));
    server.use(set.handler);
    const { user } = showMeeting(unnumbered);

    const section = await screen.findByRole('region', { name: 'Surat undangan' });
    expect(await within(section).findByText(/belum bernomor/)).toBeTruthy();
    expect(within(section).queryByRole('link', { name: 'Unduh PDF' })).toBeNull();

    await user.click(within(section).getByRole('button', { name: 'Atur surat undangan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Surat undangan' });
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(await within(dialog).findAllByText('Wajib diisi.')).not.toHaveLength(0);
    expect(set.calls).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Nomor surat/ }), '005/123/Diskominfo/2026');
    const date = within(dialog).getByRole('textbox', { name: /Tanggal surat/ });
    await user.clear(date);
    await user.type(date, '02/02/2026');
    await user.click(within(dialog).getByRole('combobox', { name: /Penandatangan/ }));
    await user.click(await screen.findByRole('option', { name: /Drs\. Ariansyah/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));

    await waitFor(() => expect(set.calls).toHaveLength(1));
    expect(inputOf(set.calls, 0)).toEqual({
      meetingId: meeting.id,
      version: meeting.version,
      number: '005/123/Diskominfo/2026',
      date: '2026-02-02',
      signerPersonId: signer.id,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      await within(section).findByText('Nomor 005/123/Diskominfo/2026, tanggal 2 Februari 2026'),
    ).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Unduh PDF' }).getAttribute('href')).toBe(
      `/api/rapat/${meeting.id}/undangan.pdf`,
    );
    expect(within(section).getByRole('link', { name: 'Unduh DOCX' }).getAttribute('href')).toBe(
      `/api/rapat/${meeting.id}/undangan.docx`,
    );
    expect(within(section).getByText('Kertas F4')).toBeTruthy();
  });

  it('shows who gets an email and who will not before sending', async () => {
    const send = mutation('letters.sendInvitations', () => ({
      data: {
        letter: { ...numbered, sentAt: '2026-02-02T03:00:00.000Z', version: numbered.version + 1 },
        queued: 2,
        withoutEmail: 1,
        alreadySent: false,
      },
    }));
    server.use(send.handler);
    const { user } = showMeeting(numbered);

    const section = await screen.findByRole('region', { name: 'Surat undangan' });
    await user.click(await within(section).findByRole('button', { name: 'Kirim undangan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kirim undangan lewat email' });
    expect(within(dialog).getByText(/2 peserta menerima email/)).toBeTruthy();
    expect(within(dialog).getByText('Budi Santoso (Diskominfo Kerinci)')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Kirim' }));

    await waitFor(() => expect(send.calls).toHaveLength(1));
    expect(inputOf(send.calls, 0)).toEqual({
      meetingId: meeting.id,
      version: numbered.version,
      resend: false,
    });
    expect(await screen.findByText('2 email undangan masuk antrean.')).toBeTruthy();
    expect(await within(section).findByRole('button', { name: 'Kirim ulang undangan' })).toBeTruthy();
  });

  it('shows the server refusal in the dialog', async () => {
    const send = mutation('letters.sendInvitations', () => ({
      error: {
        message: 'Surat undangan hanya untuk rapat yang dijadwalkan; rapat ini sudah Dibatalkan.',
        code: -32009,
        data: { code: 'CONFLICT', httpStatus: 409, path: 'letters.sendInvitations' },
      },
    }));
    server.use(send.handler);
    const { user } = showMeeting(numbered);
    await user.click(await screen.findByRole('button', { name: 'Kirim undangan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kirim undangan lewat email' });
    await user.click(within(dialog).getByRole('button', { name: 'Kirim' }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(
      /hanya untuk rapat yang dijadwalkan/,
    );
  });

  it('is read only for a reader who may not change the meeting', async () => {
    showMeeting({ ...numbered, mayEdit: false });
    const section = await screen.findByRole('region', { name: 'Surat undangan' });
    expect(await within(section).findByRole('link', { name: 'Unduh PDF' })).toBeTruthy();
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('is not offered for a meeting that was held', async () => {
    showMeeting(numbered, detailOf(rakornis));
    expect(await screen.findByRole('heading', { level: 1, name: rakornis.title })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Surat undangan' })).toBeNull();
  });
});
