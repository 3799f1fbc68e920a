import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { detailOf, komdigi, organizations, rakornis, regions } from './fixtures';
import { emptyFollowUpLists, priorityCommitment, totProposal } from './follow-up-fixtures';
import { server, signedInAs } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, type MutationAnswer, mutation, query } from './trpc-http';

/**
 * What a meeting produced is dated by the meeting, not by the day a clerk typed it in (a 2024 forum
 * recorded in 2026 still shows its proposals as raised in 2024); the day stays editable.
 */

// Held 3 November 2025, 09:00 WIB (02:00 UTC).
const meeting = detailOf(rakornis);

async function openMeeting() {
  server.use(
    signedInAs('secretariat'),
    query('meetings.get', () => meeting).handler,
    query('organizations.list', () => organizations).handler,
    query('regions.list', () => regions).handler,
    query('people.search', () => []).handler,
    ...emptyFollowUpLists(),
  );
  const view = renderApp(`/rapat/${meeting.id}`);
  await screen.findByText('Belum ada usulan dari rapat ini.');
  return view;
}

function field(label: string): HTMLInputElement {
  return screen.getByRole('textbox', { name: label }) as HTMLInputElement;
}

async function pickOffice(user: ReturnType<typeof renderApp>['user'], label: string, name: string) {
  const box = screen.getByRole('combobox', { name: label });
  await user.click(box);
  await user.type(box, 'Komdigi');
  await user.click(await screen.findByRole('option', { name }));
}

describe('dates of proposals and commitments recorded from a meeting', () => {
  it("proposes the meeting's day for a new proposal and sends another day when it is changed", async () => {
    const create = mutation('proposals.create', (): MutationAnswer => ({ data: totProposal }));
    server.use(create.handler, query('proposals.get', () => totProposal).handler);
    const { user } = await openMeeting();

    await user.click(screen.getByRole('button', { name: 'Catat usulan' }));
    const raisedOn = field('Tanggal diajukan');
    expect(raisedOn.value).toBe('03/11/2025');
    await user.type(field('Judul usulan'), 'ToT Talent Digital bagi ASN');
    await pickOffice(user, 'Ditujukan kepada', komdigi.name);
    await user.clear(raisedOn);
    await user.type(raisedOn, '04/11/2025');
    await user.click(screen.getByRole('button', { name: 'Simpan usulan' }));

    await waitFor(() => expect(create.calls).toHaveLength(1));
    expect(inputOf(create.calls, 0)).toMatchObject({
      title: 'ToT Talent Digital bagi ASN',
      addressedToOrganizationId: komdigi.id,
      meetingIds: [meeting.id],
      raisedOn: '2025-11-04',
    });
  });

  it("proposes the meeting's day for a new commitment, with dates typed day first, not the browser's date input", async () => {
    const create = mutation('commitments.create', (): MutationAnswer => ({ data: priorityCommitment }));
    server.use(create.handler, query('commitments.get', () => priorityCommitment).handler);
    const { user } = await openMeeting();

    await user.click(screen.getByRole('button', { name: 'Catat komitmen' }));
    expect(field('Tanggal komitmen').value).toBe('03/11/2025');
    const due = field('Tenggat');
    expect(due.type).not.toBe('date');
    await user.type(field('Isi komitmen'), 'Jambi menjadi daerah prioritas akses internet');
    await pickOffice(user, 'Pihak yang berkomitmen', komdigi.name);
    await user.type(due, '31/12/2026');
    await user.click(screen.getByRole('button', { name: 'Simpan komitmen' }));

    await waitFor(() => expect(create.calls).toHaveLength(1));
    expect(inputOf(create.calls, 0)).toMatchObject({
      committedByOrganizationId: komdigi.id,
      meetingId: meeting.id,
      madeOn: '2025-11-03',
      dueOn: '2026-12-31',
    });
  });
});
