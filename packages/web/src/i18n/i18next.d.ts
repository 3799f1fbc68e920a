import 'i18next';
import type id from './locales/id.json';

// Typed keys: a misspelt key in t() fails the type check instead of showing the raw key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}
