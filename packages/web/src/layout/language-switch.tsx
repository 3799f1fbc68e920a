import { Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { languages } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useSession } from '../auth/use-current-user';
import { useLanguage } from '../i18n/use-language';

/**
 * Two toggle buttons named as they read, each in its own language, so a person who does not read
 * the current one still finds theirs. Buttons (not hidden radios) keep it simple to reach by keyboard.
 */
export function LanguageSwitch() {
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
          {t(`language.${lang}`)}
        </Button>
      ))}
    </Button.Group>
  );
}
