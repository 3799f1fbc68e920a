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
 * screen reader or voice control uses still matches what is seen. `compactBesideNav` does the same
 * in the app's header where the sections share its line (1200-1408 px, styles.css).
 */
export function LanguageSwitch({
  compactOnPhone = false,
  compactBesideNav = false,
}: {
  compactOnPhone?: boolean;
  compactBesideNav?: boolean;
}) {
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
    <Button.Group
      aria-label={t('language.label')}
      className={compactBesideNav ? 'tindak-lang-beside-nav' : undefined}
    >
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
          {compactOnPhone || compactBesideNav ? (
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
