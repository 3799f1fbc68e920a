import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../src/app-providers';
import { isChunkLoadError, PageBoundary } from '../src/layout/page-boundary';
import { createI18n } from './create-i18n';

// What Chromium says when a page's file is gone after a deploy.
const gone = new TypeError(
  'Failed to fetch dynamically imported module: https://tindak.example/assets/meeting-page-Ab12.js',
);

function renderWith(Page: React.ComponentType) {
  return render(
    <AppProviders i18n={createI18n('id')} mantineEnv="test">
      <MemoryRouter initialEntries={['/halaman']}>
        <Routes>
          <Route element={<PageBoundary />}>
            <Route path="halaman" element={<Page />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('pages loaded on demand', () => {
  afterEach(() => vi.restoreAllMocks());

  it('recognises a file that failed to load, in the words of each browser', () => {
    expect(isChunkLoadError(gone)).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Unable to preload CSS for /assets/home-page-x.css'))).toBe(true);
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
  });

  it('shows a loading state, then the page', async () => {
    let show: (module: { default: React.ComponentType }) => void = () => {};
    const Page = lazy(() => new Promise<{ default: React.ComponentType }>((resolve) => (show = resolve)));
    renderWith(Page);
    expect(screen.getByRole('status', { name: 'Memuat halaman…' })).toBeTruthy();
    show({ default: () => <h1>Halaman siap</h1> });
    expect(await screen.findByRole('heading', { name: 'Halaman siap' })).toBeTruthy();
  });

  it('explains a page that could not be fetched and offers to reload, instead of a blank screen', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
    const Page = lazy(() => Promise.reject(gone));
    renderWith(Page);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Halaman ini gagal dimuat');
    expect(alert.textContent).toContain('Tindak mungkin baru saja diperbarui');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Muat ulang halaman' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('turns any other failure of a page into a message with a reload button too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = () => {
      throw new Error('Cannot read properties of undefined');
    };
    renderWith(Broken);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Terjadi kesalahan pada halaman ini');
    expect(screen.getByRole('button', { name: 'Muat ulang halaman' })).toBeTruthy();
  });
});
