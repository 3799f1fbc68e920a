import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ActionItemForm } from '../src/action-items/action-item-form';
import { AppProviders } from '../src/app-providers';
import { detailOfItem } from './action-item-fixtures';
import { createI18n } from './create-i18n';
import { komdigi, organizations, rakornis } from './fixtures';
import { server } from './msw-server';
import { API_URL, inputOf, type MutationAnswer, mutation, query, trpcError } from './trpc-http';

function descriptionOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** The form on its own, the way another page embeds it. */
function renderForm(onCreated: (id: string) => void) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  render(
    <AppProviders
      i18n={createI18n('id')}
      apiUrl={API_URL}
      batch={false}
      queryClient={queryClient}
      mantineEnv="test"
    >
      <ActionItemForm source={{ meetingId: rakornis.id }} onCreated={onCreated} />
    </AppProviders>,
  );
  return { user };
}

function dateInput(label: string): HTMLInputElement {
  const element = screen.getAllByText(label).find((el) => el.tagName === 'LABEL');
  const input = element?.getAttribute('for')
    ? document.getElementById(element.getAttribute('for') ?? '')
    : null;
  if (!input) throw new Error(`no input labelled ${label}`);
  return input as HTMLInputElement;
}

describe('action item form', () => {
  it('checks required fields, puts a server message next to its field, and retries with the same key', async () => {
    server.use(
      query('organizations.list', () => organizations).handler,
      query('people.search', () => []).handler,
    );
    const created = detailOfItem({ title: 'Usulkan BTS untuk blank spot Kerinci' });
    const create = mutation(
      'actionItems.create',
      (_input, call): MutationAnswer =>
        call === 0
          ? trpcError('BAD_REQUEST', 'actionItems.create', 'x', {
              issues: [{ path: 'dueOn', message: 'Tenggat tidak boleh sebelum hari ini.' }],
            })
          : { data: created },
    );
    server.use(create.handler);
    const onCreated = vi.fn();
    const { user } = renderForm(onCreated);

    await user.click(screen.getByRole('button', { name: 'Simpan tindak lanjut' }));
    const title = screen.getByRole('textbox', { name: 'Judul tindak lanjut' });
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(title)).toContain('Wajib diisi.');
    expect(descriptionOf(screen.getByRole('combobox', { name: 'Instansi penanggung jawab' }))).toContain(
      'Wajib diisi.',
    );
    expect(descriptionOf(dateInput('Tenggat'))).toContain('Wajib diisi.');
    expect(create.calls).toHaveLength(0);

    await user.type(title, 'Usulkan BTS untuk blank spot Kerinci');
    await user.click(screen.getByRole('combobox', { name: 'Instansi penanggung jawab' }));
    await user.click(await screen.findByRole('option', { name: komdigi.name }));
    fireEvent.change(dateInput('Tenggat'), { target: { value: '2026-03-31' } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Prioritas' }), 'urgent');
    await user.click(screen.getByRole('button', { name: 'Simpan tindak lanjut' }));

    await waitFor(() =>
      expect(descriptionOf(dateInput('Tenggat'))).toContain('Tenggat tidak boleh sebelum hari ini.'),
    );
    const sent = inputOf(create.calls, 0);
    expect(sent).toMatchObject({
      title: 'Usulkan BTS untuk blank spot Kerinci',
      meetingId: rakornis.id,
      ownerOrganizationId: komdigi.id,
      ownerPersonId: null,
      assignedByPersonId: null,
      dueOn: '2026-03-31',
      priority: 'urgent',
    });
    expect(sent.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);

    await user.click(screen.getByRole('button', { name: 'Simpan tindak lanjut' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created.id));
    expect(inputOf(create.calls, 1).idempotencyKey).toBe(sent.idempotencyKey);
    // Emptied for the next follow-up.
    expect((screen.getByRole('textbox', { name: 'Judul tindak lanjut' }) as HTMLInputElement).value).toBe('');
  });
});
