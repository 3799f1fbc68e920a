import { screen, waitFor, within } from '@testing-library/react';
import { meetingShareText } from '@tindak/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detailOf, rakornis } from './fixtures';
import { emptyFollowUpLists } from './follow-up-fixtures';
import { digestOf } from './mail-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { query } from './trpc-http';

const meeting = detailOf(rakornis, {
  agenda: [{ position: 1, title: 'Arahan Gubernur', notes: null }],
});
const expected = meetingShareText(meeting, { lang: 'id', origin: window.location.origin });

async function openShareMenu() {
  server.use(query('meetings.get', () => meeting).handler, ...emptyFollowUpLists());
  const view = renderApp(`/rapat/${meeting.id}`);
  await screen.findByRole('heading', { level: 1, name: meeting.title });
  await view.user.click(screen.getByRole('button', { name: 'Bagikan' }));
  return view;
}

afterEach(() => vi.restoreAllMocks());

describe('share menu', () => {
  it("opens WhatsApp through wa.me with the meeting's text, in a new tab", async () => {
    await openShareMenu();
    const link = await screen.findByRole('menuitem', { name: 'Bagikan ke WhatsApp' });
    const href = link.getAttribute('href') ?? '';
    expect(href).toBe(`https://wa.me/?text=${encodeURIComponent(expected)}`);
    expect(decodeURIComponent(href.slice('https://wa.me/?text='.length))).toContain(
      '*Rakornis Kominfo 2025*',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('copies the same text and says so', async () => {
    const { user } = await openShareMenu();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(await screen.findByRole('menuitem', { name: 'Salin teks' }));
    expect(await screen.findByText('Teks disalin')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(expected);
    expect(await navigator.clipboard.readText()).toBe(expected);
  });

  it('shows the text selected to copy by hand when the clipboard refuses', async () => {
    const { user } = await openShareMenu();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('not allowed'));
    await user.click(await screen.findByRole('menuitem', { name: 'Salin teks' }));
    const dialog = await screen.findByRole('dialog', { name: 'Salin teks ini' });
    const field = within(dialog).getByRole('textbox', {
      name: 'Teks untuk dibagikan',
    }) as HTMLTextAreaElement;
    expect(field.value).toBe(expected);
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.selectionEnd - field.selectionStart).toBe(expected.length);
  });

  it('speaks English to an English reader', async () => {
    server.use(query('meetings.get', () => meeting).handler, ...emptyFollowUpLists());
    const { user } = renderApp(`/rapat/${meeting.id}`, { lang: 'en' });
    await screen.findByRole('heading', { level: 1, name: meeting.title });
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const href = (await screen.findByRole('menuitem', { name: 'Share to WhatsApp' })).getAttribute('href');
    expect(decodeURIComponent(href ?? '')).toContain('Technical coordination meeting · Held');
    expect(screen.getByRole('menuitem', { name: 'Copy text' })).toBeTruthy();
  });
});

describe('sharing the digest preview', () => {
  it("shares the subject and the summary, never the recipient's email", async () => {
    server.use(query('digests.preview', () => digestOf()).handler);
    const { user } = renderApp('/ringkasan');
    await screen.findByRole('region', { name: 'Rincian ringkasan' });
    await user.click(screen.getByRole('button', { name: 'Bagikan' }));
    const href = (await screen.findByRole('menuitem', { name: 'Bagikan ke WhatsApp' })).getAttribute('href');
    const text = decodeURIComponent(href?.slice('https://wa.me/?text='.length) ?? '');
    expect(text).toContain(`*${digestOf().subject}*`);
    expect(text).toContain(digestOf().preview);
    expect(text).not.toContain(digestOf().recipient.email);
    expect(text.endsWith(`${window.location.origin}/ringkasan`)).toBe(true);
  });

  it('offers nothing to share when the digest is empty', async () => {
    server.use(query('digests.preview', () => digestOf({ empty: true })).handler);
    renderApp('/ringkasan');
    await screen.findByRole('region', { name: 'Rincian ringkasan' });
    expect(screen.queryByRole('button', { name: 'Bagikan' })).toBeNull();
  });
});
