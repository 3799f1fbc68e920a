import { type Language, languages } from '@tindak/shared';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import actionItemsEn from './locales/action-items.en.json';
import actionItemsId from './locales/action-items.id.json';
import adminEn from './locales/admin.en.json';
import adminId from './locales/admin.id.json';
import attendanceImportEn from './locales/attendance-import.en.json';
import attendanceImportId from './locales/attendance-import.id.json';
import authEn from './locales/auth.en.json';
import authId from './locales/auth.id.json';
import commitmentTrackerEn from './locales/commitment-tracker.en.json';
import commitmentTrackerId from './locales/commitment-tracker.id.json';
import en from './locales/en.json';
import exportsCalendarEn from './locales/exports-calendar.en.json';
import exportsCalendarId from './locales/exports-calendar.id.json';
import followUpsEn from './locales/follow-ups.en.json';
import followUpsId from './locales/follow-ups.id.json';
import homeEn from './locales/home.en.json';
import homeId from './locales/home.id.json';
import id from './locales/id.json';
import mailEn from './locales/mail.en.json';
import mailId from './locales/mail.id.json';
import publicEn from './locales/public.en.json';
import publicId from './locales/public.id.json';
import regionsEn from './locales/regions.en.json';
import regionsId from './locales/regions.id.json';
import searchEn from './locales/search.en.json';
import searchId from './locales/search.id.json';

type Tree = { readonly [key: string]: string | Tree };

/** Feature locale files add their own branches to the main one; a shared branch is merged, not replaced. */
export function mergeDeep<A extends Tree, B extends Tree>(base: A, extra: B): A & B {
  const merged: Record<string, string | Tree> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const existing = merged[key];
    merged[key] =
      typeof existing === 'object' && typeof value === 'object' ? mergeDeep(existing, value) : value;
  }
  return merged as A & B;
}

const idTranslation = mergeDeep(
  mergeDeep(mergeDeep(mergeDeep(mergeDeep(id, followUpsId), actionItemsId), authId), adminId),
  mergeDeep(mergeDeep(mergeDeep(mailId, regionsId), commitmentTrackerId), attendanceImportId),
);
const enTranslation = mergeDeep(
  mergeDeep(mergeDeep(mergeDeep(mergeDeep(en, followUpsEn), actionItemsEn), authEn), adminEn),
  mergeDeep(mergeDeep(mergeDeep(mailEn, regionsEn), commitmentTrackerEn), attendanceImportEn),
);

export const resources = {
  id: {
    translation: mergeDeep(
      mergeDeep(mergeDeep(mergeDeep(idTranslation, searchId), homeId), publicId),
      exportsCalendarId,
    ),
  },
  en: {
    translation: mergeDeep(
      mergeDeep(mergeDeep(mergeDeep(enTranslation, searchEn), homeEn), publicEn),
      exportsCalendarEn,
    ),
  },
} as const;

/** Where the chosen UI language survives a reload. */
export const LANGUAGE_STORAGE_KEY = 'tindak.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : 'id';
  } catch {
    // Storage can be blocked (private mode, policy); Indonesian is the default anyway.
    return 'id';
  }
}

export function storeLanguage(lang: Language) {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Not persisting is acceptable: the switch still works for this visit.
  }
}

/** A separate instance per app (and per test) so one test's language never leaks into another. */
export function createI18n(lang: Language = readStoredLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'id',
    supportedLngs: [...languages],
    // Resources are bundled, so initialise synchronously: the first render already has its words.
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
