import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { priorityCommitment } from './follow-up-fixtures';
import { server, signedInAs } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, mutation, query, trpcError } from './trpc-http';

const emptyPage = { items: [], nextCursor: null };

function serveCommitment(following: boolean) {
  server.use(
    query('commitments.get', () => ({ ...priorityCommitment, following })).handler,
    query('actionItems.list', () => emptyPage).handler,
  );
}

describe('following a commitment', () => {
  it('follows and stops following, saying what following means', async () => {
    serveCommitment(false);
    const follow = mutation('commitments.follow', (input) => ({
      data: { following: (input as { follow: boolean }).follow },
    }));
    // Following is for everyone who can see the commitment, read-only roles too.
    server.use(signedInAs('viewer'), follow.handler);
    const { user } = renderApp(`/komitmen/${priorityCommitment.id}`);

    const section = await screen.findByRole('region', { name: 'Mengikuti komitmen' });
    expect(
      within(section).getByText(/Anda akan menerima surel saat status komitmen ini berubah/),
    ).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Ikuti' }));
    expect(await within(section).findByRole('button', { name: 'Berhenti mengikuti' })).toBeTruthy();
    expect(within(section).getByRole('status').textContent).toContain('Anda mengikuti komitmen ini');
    expect(inputOf(follow.calls, 0)).toEqual({ id: priorityCommitment.id, follow: true });

    await user.click(within(section).getByRole('button', { name: 'Berhenti mengikuti' }));
    expect(await within(section).findByRole('button', { name: 'Ikuti' })).toBeTruthy();
    expect(inputOf(follow.calls, 1)).toEqual({ id: priorityCommitment.id, follow: false });
  });

  it('shows "Berhenti mengikuti" for a commitment already followed, and a refusal in words', async () => {
    serveCommitment(true);
    const follow = mutation('commitments.follow', () =>
      trpcError('NOT_FOUND', 'commitments.follow', 'Komitmen tidak ditemukan.'),
    );
    server.use(follow.handler);
    const { user } = renderApp(`/komitmen/${priorityCommitment.id}`);
    const section = await screen.findByRole('region', { name: 'Mengikuti komitmen' });
    await user.click(within(section).getByRole('button', { name: 'Berhenti mengikuti' }));
    await waitFor(() => expect(follow.calls).toHaveLength(1));
    expect(await within(section).findByText('Komitmen tidak ditemukan.')).toBeTruthy();
    // Nothing changed: still following.
    expect(within(section).getByRole('button', { name: 'Berhenti mengikuti' })).toBeTruthy();
  });
});
