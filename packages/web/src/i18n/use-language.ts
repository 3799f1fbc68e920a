import type { Language } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { isLanguage } from './i18n';

/** The current UI language, narrowed to the ones the shared formatters and messages know. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'id';
}
