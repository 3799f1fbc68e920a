import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/VisuallyHidden.css';
import '@mantine/core/styles/Paper.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/ActionIcon.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Anchor.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Center.css';
import '@mantine/core/styles/PasswordInput.css';
import '@mantine/core/styles/Stack.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Title.css';
import { MantineProvider } from '@mantine/core';
import type { Language } from '@tindak/shared';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readStoredLanguage, storeLanguage } from '../../i18n/stored-language';
import { baseTheme, cssVariablesResolver } from '../../theme-base';
import { QuickSignInPage } from './quick-sign-in-page';

/** Only same-app paths: never send someone to another site after signing in. */
function safeNext(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}

/**
 * Shows the quick sign-in page in `container`; when the person signs in (or follows a link), loads
 * the whole app and hands the page over to it at the new address. Mantine's styles come per
 * component here; the app brings the full sheet.
 */
export function startQuickSignIn(container: HTMLElement) {
  const root = createRoot(container);
  let entering = false;
  const enterApp = (path: string, language: Language, how: 'push' | 'replace' = 'replace') => {
    if (entering) return;
    entering = true;
    storeLanguage(language);
    // The quick page stays (its button spinning) until the app's files are here.
    void import('../../app-start').then(({ startApp }) => {
      // After signing in the sign-in page leaves the history; a followed link keeps it, for Back.
      if (how === 'push') window.history.pushState(null, '', path);
      else window.history.replaceState(null, '', path);
      root.unmount();
      startApp(container);
    });
  };
  const next = safeNext(new URLSearchParams(window.location.search).get('lanjut'));
  root.render(
    <StrictMode>
      <MantineProvider
        theme={baseTheme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="light"
      >
        <QuickSignInPage initialLanguage={readStoredLanguage()} next={next} enterApp={enterApp} />
      </MantineProvider>
    </StrictMode>,
  );
}
