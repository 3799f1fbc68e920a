import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { detailOf, rakornis } from './fixtures';
import { emptyFollowUpLists } from './follow-up-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, query } from './trpc-http';

describe('record pages', () => {
  it('say why a record could not be loaded, and load it on retry', async () => {
    const meeting = detailOf(rakornis);
    const get = query('meetings.get', () => meeting);
    // The first answer fails as a dropped connection would; the retry gets the meeting.
    server.use(
      http.get(`${API_URL}/meetings.get`, () => HttpResponse.error(), { once: true }),
      get.handler,
      ...emptyFollowUpLists(),
    );
    const { user } = renderApp(`/rapat/${meeting.id}`);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Rapat tidak dapat dimuat.');
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));

    expect(await screen.findByRole('heading', { level: 1, name: meeting.title })).toBeTruthy();
    expect(get.calls).toHaveLength(1);
  });

  it('read a key other than an id by its own shape: a region code that cannot be one is not asked for', async () => {
    const overview = query('regions.overview', () => null);
    server.use(overview.handler);
    renderApp('/wilayah/jambi');

    expect(await screen.findByRole('heading', { level: 1, name: 'Wilayah tidak ditemukan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kembali ke daftar wilayah' }).getAttribute('href')).toBe(
      '/wilayah',
    );
    expect(overview.calls).toHaveLength(0);
  });

  it('send the reader of a missing action item back to the follow-ups, not the meetings', async () => {
    renderApp('/tindak-lanjut/bukan-id');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tindak lanjut tidak ditemukan' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kembali ke daftar tindak lanjut' }).getAttribute('href')).toBe(
      '/tindak-lanjut',
    );
  });
});
