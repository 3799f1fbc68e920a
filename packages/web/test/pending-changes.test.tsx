import { act, screen, waitFor, within } from '@testing-library/react';
import type { ActionItemDetail } from '@tindak/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { detailOfItem } from './action-item-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, type MutationAnswer, mutation, query, trpcError } from './trpc-http';

/** Issue 20: a change made offline waits on the device, is sent on reconnect, and a conflict is shown. */
let online = true;
Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });

function setOnline(value: boolean) {
  online = value;
  act(() => {
    window.dispatchEvent(new Event(value ? 'online' : 'offline'));
  });
}

afterEach(() => setOnline(true));

function serveItem(...items: ActionItemDetail[]) {
  server.use(query('actionItems.get', (_input, call) => items[Math.min(call, items.length - 1)]).handler);
}

async function reportProgressOffline(item: ActionItemDetail) {
  const { user } = renderApp(`/tindak-lanjut/${item.id}`);
  await user.click(await screen.findByRole('button', { name: 'Laporkan kemajuan' }));
  setOnline(false);
  const dialog = within(await screen.findByRole('dialog', { name: 'Laporkan kemajuan' }));
  const value = dialog.getByRole('textbox', { name: 'Kemajuan (%)' });
  await user.clear(value);
  await user.type(value, '60');
  await user.click(dialog.getByRole('button', { name: 'Simpan kemajuan' }));
  return user;
}

describe('changes made offline', () => {
  it('wait on the device, show in the header and on the item, and are sent once on reconnect', async () => {
    const item = detailOfItem({ version: 3, progress: 20 });
    serveItem(item);
    const report = mutation('actionItems.reportProgress', () => ({
      data: { ...item, version: 4, progress: 60 },
    }));
    server.use(report.handler);
    await reportProgressOffline(item);

    expect(await screen.findByText('Disimpan di perangkat; akan dikirim saat tersambung')).toBeTruthy();
    expect(screen.getByText('Offline')).toBeTruthy();
    expect(screen.getByRole('button', { name: '1 perubahan menunggu' })).toBeTruthy();
    const onItem = within(screen.getByTestId('pending-on-record'));
    expect(onItem.getByText(`Progres 60% · ${item.title}`)).toBeTruthy();
    expect(onItem.getByText('Menunggu')).toBeTruthy();
    expect(report.calls).toHaveLength(0);

    setOnline(true);
    await waitFor(() => expect(screen.queryByRole('button', { name: /perubahan menunggu/ })).toBeNull());
    expect(report.calls).toHaveLength(1);
    expect(inputOf(report.calls, 0)).toMatchObject({ id: item.id, version: 3, progress: 60 });
    expect(inputOf(report.calls, 0).idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('on a conflict keeps the change, shows both versions, and discards only when told', async () => {
    const item = detailOfItem({ version: 3, progress: 20 });
    const theirs = { ...item, version: 5, progress: 80 };
    serveItem(item, theirs);
    const report = mutation(
      'actionItems.reportProgress',
      (): MutationAnswer =>
        trpcError('CONFLICT', 'actionItems.reportProgress', 'Data ini sudah diubah orang lain.', {
          current: theirs,
        }),
    );
    server.use(report.handler);
    const user = await reportProgressOffline(item);
    setOnline(true);

    const dialog = within(await screen.findByRole('dialog', { name: 'Perubahan Anda bertabrakan' }));
    const compare = within(await dialog.findByTestId('pending-compare'));
    const progressRow = within(
      compare.getByRole('rowheader', { name: 'Progres' }).closest('tr') as HTMLElement,
    );
    expect(progressRow.getByText('60%')).toBeTruthy();
    expect(progressRow.getByText('80%')).toBeTruthy();
    // Closing without choosing keeps it.
    await user.click(dialog.getByRole('button', { name: 'Nanti' }));
    expect(screen.getByRole('button', { name: '1 perubahan menunggu' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '1 perubahan menunggu' }));
    const list = within(await screen.findByRole('dialog', { name: 'Perubahan menunggu dikirim' }));
    expect(list.getByText('Bertabrakan')).toBeTruthy();
    await user.click(list.getByRole('button', { name: 'Tinjau' }));
    const again = within(await screen.findByRole('dialog', { name: 'Perubahan Anda bertabrakan' }));
    await user.click(await again.findByRole('button', { name: 'Buang perubahan saya' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /perubahan menunggu/ })).toBeNull());
    expect(report.calls).toHaveLength(1);
  });
});
