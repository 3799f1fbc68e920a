import 'i18next';
import type { LabelBranches, SharedNamespaces } from './shared-words';
import type { WebWords } from './web-words';

// Typed keys: a misspelt key in t() fails the type check instead of showing the raw key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: WebWords & LabelBranches } & SharedNamespaces;
  }
}
