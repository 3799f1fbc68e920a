import { Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { languages } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useSession } from '../session/use-current-user';
import { useLanguage } from './use-language';

/**
 * Two toggle buttons named as they read, each in its own language, so a person who does not read
 * the current one still finds theirs. Buttons (not hidden radios) keep it simple to reach by keyboard.
 * `compactOnPhone` shows "IND" / "ENG" on narrow screens: the start of each name, so the name a
 * screen reader or voice control uses still matches what is seen.
 */
export function LanguageSwitch({ compactOnPhone = false }: { compactOnPhone?: boolean }) {
  const { t, i18n } = useTranslation();
  const current = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const session = useSession();
  // Signed in, the choice is kept with the account, so it follows the person to another computer.
  const remember = useMutation(
    trpc.auth.setPreferences.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.auth.me.queryFilter()),
    }),
  );
  return (
    <Button.Group aria-label={t('language.label')}>
      {languages.map((lang) => (
        <Button
          key={lang}
          size="compact-xs"
          variant={lang === current ? 'filled' : 'default'}
          aria-pressed={lang === current}
          lang={lang}
          onClick={() => {
            void i18n.changeLanguage(lang);
            if (session.data?.user && session.data.user.language !== lang)
              remember.mutate({ language: lang });
          }}
        >
          {compactOnPhone ? (
            <>
              <span className="tindak-lang-full">{t(`language.${lang}`)}</span>
              <span className="tindak-lang-short" aria-hidden="true">
                {t(`language.${lang}Short`)}
              </span>
            </>
          ) : (
            t(`language.${lang}`)
          )}
        </Button>
      ))}
    </Button.Group>
  );
}
