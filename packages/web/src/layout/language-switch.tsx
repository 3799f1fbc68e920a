import { Button } from '@mantine/core';
import { languages } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';

/**
 * Two toggle buttons named as they read, each in its own language, so a person who does not read
 * the current one still finds theirs. Buttons (not hidden radios) keep it simple to reach by keyboard.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = useLanguage();
  return (
    <Button.Group aria-label={t('language.label')}>
      {languages.map((lang) => (
        <Button
          key={lang}
          size="compact-xs"
          variant={lang === current ? 'filled' : 'default'}
          aria-pressed={lang === current}
          lang={lang}
          onClick={() => void i18n.changeLanguage(lang)}
        >
          {t(`language.${lang}`)}
        </Button>
      ))}
    </Button.Group>
  );
}
