import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { IndicatorLink, IndicatorValue } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { awaitingVerification, detailOfItem } from './action-item-fixtures';
import { detailOf, komdigi, organizations, rakornis, regions } from './fixtures';
import { emptyFollowUpLists } from './follow-up-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, mutation, query, trpcError } from './trpc-http';

// Issue 18 in the web: the indicator an item moves, the value recorded on accepting its evidence,
// and a meeting's headcount with a training's quota and number trained.

const spbe: IndicatorLink = {
  id: 'e1000000-0000-4000-8000-000000000001',
  name: 'Indeks SPBE',
  unit: 'index',
  periodKind: 'year',
  bands: [
    { from: 0, to: 2.6, label: 'Cukup', tone: 'fair' },
    { from: 2.6, to: 5, label: 'Baik', tone: 'good' },
  ],
  region: { code: '15.01', name: 'Kabupaten Kerinci', kind: 'regency' },
};

function descriptionOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** Kerinci's value already recorded for 2025 (an import, an earlier report), version 3. */
const kerinci2025: IndicatorValue = {
  id: 'e2000000-0000-4000-8000-000000000001',
  indicatorId: spbe.id,
  region: { code: '15.01', name: 'Kabupaten Kerinci', kind: 'regency' },
  period: '2025',
  value: 2.48,
  predicate: null,
  band: { from: 0, to: 2.6, label: 'Cukup', tone: 'fair' },
  source: { kind: 'document', meeting: null, actionItem: null, fileId: null, note: 'Impor spbe.csv' },
  recordedBy: null,
  recordedAt: '2026-12-01T02:00:00.000Z',
  version: 3,
};

/** The province's ranking, where the form looks for a value it would replace. */
function rankingWith(value: IndicatorValue | null) {
  return query('indicators.ranking', (input) => ({
    indicator: null,
    period: (input as { period?: string }).period ?? null,
    previousPeriod: null,
    periods: [],
    rows:
      value && (input as { period?: string }).period === value.period
        ? [
            {
              region: value.region,
              rank: 1,
              value,
              target: null,
              meetsTarget: null,
              previousValue: null,
              previousPredicate: null,
              change: null,
              openWork: 0,
            },
          ]
        : [],
  }));
}

async function openVerify(
  item = awaitingVerification({ indicator: spbe }),
  existing: IndicatorValue | null = null,
) {
  server.use(
    query('actionItems.get', () => item).handler,
    query('regions.list', () => regions).handler,
    rankingWith(existing).handler,
  );
  const { user } = renderApp(`/tindak-lanjut/${item.id}`);
  await user.click(await screen.findByRole('button', { name: 'Verifikasi' }));
  const dialog = within(await screen.findByRole('dialog', { name: 'Verifikasi bukti' }));
  return { user, dialog, item };
}

describe('an item that moves an indicator', () => {
  it('says which, linking to the indicator', async () => {
    const item = detailOfItem({ indicator: spbe });
    server.use(query('actionItems.get', () => item).handler);
    renderApp(`/tindak-lanjut/${item.id}`);
    const link = await screen.findByRole('link', { name: 'Indeks SPBE — Kabupaten Kerinci' });
    expect(link.getAttribute('href')).toBe(`/indikator/${spbe.id}`);
    expect(screen.getByText(/Mendorong indikator:/)).toBeTruthy();
  });

  it('records the new value with the accepted evidence, a decimal comma read as a point', async () => {
    const verify = mutation('actionItems.verify', () => ({ data: detailOfItem({ status: 'done' }) }));
    server.use(verify.handler);
    const { user, dialog, item } = await openVerify();
    expect(dialog.getByRole('group', { name: 'Catat nilai baru indikator' })).toBeTruthy();
    const period = dialog.getByRole('textbox', { name: 'Periode' }) as HTMLInputElement;
    // Prefilled with the current period of the indicator's kind (a year here).
    expect(period.value).toBe(String(new Date().getFullYear()));
    await user.clear(period);
    await user.type(period, '2025');
    await user.type(dialog.getByRole('textbox', { name: 'Nilai' }), '2,71');
    await user.click(dialog.getByRole('button', { name: 'Terima bukti' }));

    await waitFor(() => expect(verify.calls).toHaveLength(1));
    expect(inputOf(verify.calls, 0)).toEqual({
      id: item.id,
      version: item.version,
      accept: true,
      reason: '',
      indicatorValue: { period: '2025', value: 2.71, predicate: null },
    });
  });

  it('shows the value it would replace and sends that value’s version', async () => {
    const verify = mutation('actionItems.verify', () => ({ data: detailOfItem({ status: 'done' }) }));
    server.use(verify.handler);
    const { user, dialog, item } = await openVerify(undefined, kerinci2025);
    const period = dialog.getByRole('textbox', { name: 'Periode' });
    await user.clear(period);
    await user.type(period, '2025');
    expect(await dialog.findByText('Menggantikan nilai 2,48 (Cukup)')).toBeTruthy();
    await user.type(dialog.getByRole('textbox', { name: 'Nilai' }), '2,75');
    await user.click(dialog.getByRole('button', { name: 'Terima bukti' }));
    await waitFor(() => expect(verify.calls).toHaveLength(1));
    expect(inputOf(verify.calls, 0)).toMatchObject({
      id: item.id,
      accept: true,
      indicatorValue: { period: '2025', value: 2.75, predicate: null, version: 3 },
    });
  });

  it('accepts without a value when the fieldset is left empty', async () => {
    const verify = mutation('actionItems.verify', () => ({ data: detailOfItem({ status: 'done' }) }));
    server.use(verify.handler);
    const { user, dialog } = await openVerify();
    await user.click(dialog.getByRole('button', { name: 'Terima bukti' }));
    await waitFor(() => expect(verify.calls).toHaveLength(1));
    expect(inputOf(verify.calls, 0).indicatorValue).toBeUndefined();
  });

  it("shows the server's refusal of the value next to its field", async () => {
    const message = 'Periode tidak valid.';
    const verify = mutation('actionItems.verify', () =>
      trpcError('BAD_REQUEST', 'actionItems.verify', message, {
        issues: [{ path: 'indicatorValue.period', message }],
      }),
    );
    server.use(verify.handler);
    const { user, dialog } = await openVerify();
    await user.type(dialog.getByRole('textbox', { name: 'Nilai' }), '3');
    await user.click(dialog.getByRole('button', { name: 'Terima bukti' }));
    const period = dialog.getByRole('textbox', { name: 'Periode' });
    await waitFor(() => expect(descriptionOf(period)).toContain(message));
  });

  it('shows no value fieldset for an item without an indicator', async () => {
    const { dialog } = await openVerify(awaitingVerification());
    expect(dialog.queryByRole('group', { name: 'Catat nilai baru indikator' })).toBeNull();
  });
});

describe('a training meeting', () => {
  it('asks for a quota and the number trained only for a training, and sends them', async () => {
    server.use(
      query('regions.list', () => regions).handler,
      query('organizations.list', () => organizations).handler,
      query('people.search', () => []).handler,
      query('meetings.similar', () => []).handler,
    );
    const create = mutation('meetings.create', () => trpcError('BAD_REQUEST', 'meetings.create', 'x'));
    server.use(create.handler);
    const { user } = renderApp('/rapat/baru');

    const type = await screen.findByRole('combobox', { name: 'Jenis rapat' });
    await user.selectOptions(type, 'rakornis');
    expect(screen.getByRole('textbox', { name: /Jumlah peserta \(perkiraan\)/ })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Kuota' })).toBeNull();
    await user.selectOptions(type, 'pelatihan');
    // Typed with change events where the keystrokes themselves are not under test: a long form.
    const typeIn = (name: string | RegExp, value: string) =>
      fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });
    typeIn('Judul rapat', 'Pelatihan Digital Talent');
    await user.click(screen.getByRole('combobox', { name: 'Instansi penyelenggara' }));
    await user.type(screen.getByRole('combobox', { name: 'Instansi penyelenggara' }), 'Komdigi');
    await user.click(await screen.findByRole('option', { name: komdigi.name }));
    for (const [label, value] of [
      ['Tanggal mulai', '2025-11-03'],
      ['Jam mulai', '09:00'],
      ['Tanggal selesai', '2025-11-03'],
      ['Jam selesai', '12:00'],
    ]) {
      const labelEl = screen.getAllByText(label as string).find((el) => el.tagName === 'LABEL');
      const el = document.getElementById(labelEl?.getAttribute('for') ?? '');
      if (el) fireEvent.change(el, { target: { value } });
    }
    typeIn('Tempat', 'Aula Diskominfo');
    typeIn(/Jumlah peserta \(perkiraan\)/, '120');
    const quota = screen.getByRole('textbox', { name: 'Kuota' }) as HTMLInputElement;
    await user.type(quota, '10000');
    expect(quota.value).toBe('10.000');
    typeIn('Jumlah terlatih', '112');
    await user.click(screen.getByRole('button', { name: 'Simpan rapat' }));

    await waitFor(() => expect(create.calls).toHaveLength(1));
    expect(inputOf(create.calls, 0)).toMatchObject({
      type: 'pelatihan',
      headcount: 120,
      trainingQuota: 10_000,
      trainedCount: 112,
    });
  });

  it('reads as "Sekitar 55 peserta" and "112 dari kuota 10.000 terlatih" on its page', async () => {
    const meeting = detailOf(
      { ...rakornis, type: 'pelatihan' },
      { headcount: 55, trainingQuota: 10_000, trainedCount: 112 },
    );
    server.use(query('meetings.get', () => meeting).handler, ...emptyFollowUpLists());
    renderApp(`/rapat/${meeting.id}`);
    expect(await screen.findByText('Sekitar 55 peserta')).toBeTruthy();
    expect(screen.getByText('112 dari kuota 10.000 terlatih')).toBeTruthy();
  });
});
