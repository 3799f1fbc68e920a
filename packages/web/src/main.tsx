import { appRoutes } from '@tindak/shared';
import { readStoredLanguage } from './i18n/stored-language';
import { startAppLazily } from './start-app-lazily';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A first visit to the sign-in page gets a page of its own (auth/quick), small enough to be typed in
// soon on a slow phone connection; every other address, and the sign-in page after it, is the app.
if (window.location.pathname === appRoutes.signIn) {
  void import('./auth/quick/start-quick-sign-in').then(({ startQuickSignIn }) => startQuickSignIn(root));
} else {
  void startAppLazily(root, readStoredLanguage(), window.location.pathname);
}
