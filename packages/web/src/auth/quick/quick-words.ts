import type { Language } from '@tindak/shared';
import authEn from '../../i18n/locales/auth.en.json';
import authId from '../../i18n/locales/auth.id.json';
import publicEn from '../../i18n/locales/public.en.json';
import publicId from '../../i18n/locales/public.id.json';
import signInEn from '../../i18n/locales/sign-in.en.json';
import signInId from '../../i18n/locales/sign-in.id.json';
import type { DemoAccountWords } from '../demo-accounts';

/**
 * The words of the quick sign-in page, taken from the same locale files as the app's (so both
 * sign-in pages say the same), without i18next and the rest of the app's words. Fields are
 * checked by the server, whose messages (in the page's language) are shown next to them.
 */
export interface QuickWords {
  lang: Language;
  signInTitle: string;
  signInLead: string;
  email: string;
  password: string;
  signIn: string;
  forgot: string;
  showPassword: string;
  publicLink: string;
  languageLabel: string;
  /** The languages' names, as the app's switch shows them. */
  languageNames: Record<Language, string>;
  networkError: string;
  /** The demo-account table's words but the roles', which come with the table (quick-demo-accounts.tsx). */
  demo: Omit<DemoAccountWords, 'role'>;
}

const files = {
  id: { auth: authId.auth, pub: publicId.public, ...signInId },
  en: { auth: authEn.auth, pub: publicEn.public, ...signInEn },
};

export function quickWords(lang: Language): QuickWords {
  const { auth, common, language, pub } = files[lang];
  return {
    lang,
    signInTitle: auth.signInTitle,
    signInLead: auth.signInLead,
    email: auth.email,
    password: auth.password,
    signIn: auth.signIn,
    forgot: auth.forgot,
    showPassword: auth.showPassword,
    publicLink: pub.link,
    languageLabel: language.label,
    languageNames: { id: language.id, en: language.en },
    networkError: common.networkError,
    demo: {
      title: auth.demoTitle,
      lead: auth.demoLead,
      useAccount: (label) => auth.useAccount.replace('{{label}}', label),
      useThisAccount: auth.useThisAccount,
    },
  };
}
