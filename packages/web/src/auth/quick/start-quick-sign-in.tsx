import type { Language } from '@tindak/shared';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { StartAnswers } from '../../api/start-requests';
import { readStoredLanguage, storeLanguage } from '../../i18n/stored-language';
import { loadAppFiles, startAppLazily } from '../../start-app-lazily';
import { QuickSignInPage } from './quick-sign-in-page';

/** Only same-app paths: never send someone to another site after signing in. */
function safeNext(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}

/**
 * Shows the quick sign-in page in `container`; when the person signs in (or follows a link), loads
 * the whole app and hands the page over to it at the new address. Nothing of Mantine is loaded
 * here (the page is plain elements and quick-sign-in.css); the app brings its own.
 */
export function startQuickSignIn(container: HTMLElement) {
  const root = createRoot(container);
  let entering = false;
  const enterApp = (
    path: string,
    language: Language,
    how: 'push' | 'replace' = 'replace',
    early?: StartAnswers,
  ) => {
    if (entering) return;
    entering = true;
    storeLanguage(language);
    // The quick page stays (its button spinning) until the app's files and words are here.
    void startAppLazily(
      container,
      language,
      path,
      () => {
        // After signing in the sign-in page leaves the history; a followed link keeps it, for Back.
        if (how === 'push') window.history.pushState(null, '', path);
        else window.history.replaceState(null, '', path);
        root.unmount();
      },
      early,
    );
  };
  const next = safeNext(new URLSearchParams(window.location.search).get('lanjut'));
  root.render(
    <StrictMode>
      <QuickSignInPage
        initialLanguage={readStoredLanguage()}
        next={next}
        enterApp={enterApp}
        loadApp={(path) => void loadAppFiles(path).catch(() => undefined)}
      />
    </StrictMode>,
  );
}
