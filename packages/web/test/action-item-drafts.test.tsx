import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { detailOfItem, summaryOf } from './action-item-fixtures';
import { detailOf, diskominfoJambi, rakornis } from './fixtures';
import { emptyFollowUpLists } from './follow-up-fixtures';
import { server, signedInAs } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, mutation, query } from './trpc-http';

/**
 * Issue 21: the secretariat who writes the minutes drafts follow-ups; a head of the host office
 * assigns a draft with one action; everyone else is told in words what they cannot do.
 */
const meeting = detailOf(rakornis);

function followUps() {
  return within(screen.getByRole('region', { name: 'Tindak lanjut' }));
}

describe('follow-ups on the meeting page', () => {
  it('offers the host secretariat a draft, says only heads assign, and the draft form names no assigner', async () => {
    server.use(
      signedInAs('secretariat'),
      query('meetings.get', () => meeting).handler,
      ...emptyFollowUpLists(),
    );
    const { user } = renderApp(`/rapat/${meeting.id}`);
    await screen.findByRole('heading', { level: 1, name: meeting.title });
    const section = followUps();
    expect(
      section.getByText(
        'Hanya kepala yang dapat menugaskan. Anda dapat membuat draf; kepala instansi penyelenggara menugaskannya.',
      ),
    ).toBeTruthy();
    expect(section.queryByRole('button', { name: 'Tambah tindak lanjut' })).toBeNull();
    await user.click(section.getByRole('button', { name: 'Buat draf tindak lanjut' }));
    const form = within(await screen.findByRole('form', { name: 'Draf tindak lanjut' }));
    expect(form.getByRole('button', { name: 'Simpan draf' })).toBeTruthy();
    expect(form.queryByText('Ditugaskan oleh (opsional)')).toBeNull();
  });

  it('tells a viewer in words that only heads assign, with no button', async () => {
    server.use(signedInAs('viewer'), query('meetings.get', () => meeting).handler, ...emptyFollowUpLists());
    renderApp(`/rapat/${meeting.id}`);
    await screen.findByRole('heading', { level: 1, name: meeting.title });
    expect(followUps().getByText('Hanya kepala yang dapat menugaskan tindak lanjut.')).toBeTruthy();
    expect(followUps().queryByRole('button')).toBeNull();
  });

  it('labels a draft "Draf" and offers the host head "Tugaskan"', async () => {
    const draft = summaryOf({ status: 'draft', title: 'Inventarisasi aplikasi' });
    // The first handler that matches answers: the draft list before the empty ones.
    server.use(
      query('actionItems.list', () => ({ items: [draft], nextCursor: null })).handler,
      query('meetings.get', () => meeting).handler,
      ...emptyFollowUpLists(),
    );
    renderApp(`/rapat/${meeting.id}`);
    await screen.findByRole('heading', { level: 1, name: meeting.title });
    const section = followUps();
    await section.findByRole('link', { name: 'Inventarisasi aplikasi' });
    expect(section.getByText('Draf')).toBeTruthy();
    expect(section.getByRole('link', { name: 'Tugaskan' }).getAttribute('href')).toBe(
      `/tindak-lanjut/${draft.id}`,
    );
  });
});

describe('a draft on its own page', () => {
  const draft = detailOfItem({
    status: 'draft',
    progress: 0,
    chain: [],
    allowedActions: ['assign', 'cancel'],
    draftHome: [diskominfoJambi.regionCode],
  });

  it('lets a head of the host assign it with one action', async () => {
    const assigned = detailOfItem({ status: 'open', version: draft.version + 1 });
    server.use(query('actionItems.get', (_input, call) => (call === 0 ? draft : assigned)).handler);
    const assign = mutation('actionItems.assignDraft', () => ({ data: assigned }));
    server.use(assign.handler);
    const { user } = renderApp(`/tindak-lanjut/${draft.id}`);
    await screen.findByRole('heading', { level: 1, name: draft.title });
    expect(screen.getAllByText('Draf').length).toBeGreaterThan(0);
    const panel = within(screen.getByRole('region', { name: 'Tindakan' }));
    expect(panel.queryByRole('button', { name: 'Disposisikan' })).toBeNull();
    await user.click(panel.getByRole('button', { name: 'Tugaskan' }));
    await waitFor(() => expect(assign.calls).toHaveLength(1));
    expect(inputOf(assign.calls, 0)).toEqual({ id: draft.id, version: draft.version });
    expect(await screen.findByText('Draf ditugaskan; penanggung jawab diberi tahu.')).toBeTruthy();
  });

  it('tells the secretariat who drafted it that only heads of the host assign it, and lets them cancel it', async () => {
    const cancelled = detailOfItem({ ...draft, status: 'cancelled', version: draft.version + 1 });
    server.use(
      signedInAs('secretariat'),
      query('actionItems.get', (_input, call) => (call === 0 ? draft : cancelled)).handler,
    );
    const cancel = mutation('actionItems.cancelDraft', () => ({ data: cancelled }));
    server.use(cancel.handler);
    const { user } = renderApp(`/tindak-lanjut/${draft.id}`);
    await screen.findByRole('heading', { level: 1, name: draft.title });
    const panel = within(screen.getByRole('region', { name: 'Tindakan' }));
    // Withdrawing the draft is theirs; assigning or correcting it is not.
    expect(panel.getAllByRole('button').map((b) => b.textContent)).toEqual(['Batalkan tindak lanjut']);
    expect(
      panel.getByText('Hanya kepala instansi penyelenggara rapat yang dapat menugaskan draf ini.'),
    ).toBeTruthy();
    expect(screen.getByText(/Draf: belum ditugaskan/)).toBeTruthy();

    await user.click(panel.getByRole('button', { name: 'Batalkan tindak lanjut' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Batalkan tindak lanjut' }));
    await user.type(dialog.getByRole('textbox', { name: /Alasan pembatalan/ }), 'Salah tulis.');
    await user.click(dialog.getByRole('button', { name: 'Ya, batalkan' }));
    await waitFor(() => expect(cancel.calls).toHaveLength(1));
    expect(inputOf(cancel.calls, 0)).toEqual({
      id: draft.id,
      version: draft.version,
      reason: 'Salah tulis.',
    });
    expect(await screen.findByText('Tindak lanjut dibatalkan.')).toBeTruthy();
  });
});
