import { Anchor, Button, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pathTo } from '@tindak/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useSession } from '../session/use-current-user';

function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: () => {
        queryClient.clear();
        navigate(pathTo('signIn'), { replace: true });
      },
    }),
  );
}

/** The pages about the person themselves, in the order the menu lists them. */
function useAccountLinks() {
  const { t } = useTranslation();
  return [
    { to: pathTo('account'), label: t('account.menu') },
    { to: pathTo('digest'), label: t('digest.menu') },
  ];
}

// The menu's list (Mantine's Menu, with its popover and floating positioning) is fetched once the
// header is drawn; until then the same button is shown, without its list.
const AccountMenu = lazy(() => import('./account-menu').then((m) => ({ default: m.AccountMenu })));

function ChevronIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M3 4.5 6 7.5 9 4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

interface UserMenuProps {
  /** `inline` in the header on wide screens, `stacked` in the menu drawer on phones. */
  layout?: 'inline' | 'stacked';
}

/** Who is signed in (name, role, office), their own pages, and the way out. */
export function UserMenu({ layout = 'inline' }: UserMenuProps) {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  const signOut = useSignOut();
  const links = useAccountLinks();
  // A tap on the button before the list's file is here opens the list once it is.
  const [openAsked, setOpenAsked] = useState(false);
  // Between signing out and leaving the page there is briefly nobody to show.
  if (!user) return null;
  const stacked = layout === 'stacked';
  const who = (
    // In the header the office name is cut to fit (the menu drawer shows it whole).
    <Stack
      gap={0}
      align={stacked ? 'flex-start' : 'flex-end'}
      className="tindak-wrap"
      maw={stacked ? undefined : 280}
    >
      <Text size="sm" fw={600} lineClamp={stacked ? undefined : 1}>
        {user.displayName}
      </Text>
      <Text
        size="xs"
        c="dimmed"
        lineClamp={stacked ? undefined : 1}
        title={stacked ? undefined : user.organization.name}
      >
        {t(`auth.roles.${user.role}`)} · {user.organization.name}
      </Text>
    </Stack>
  );

  if (stacked) {
    return (
      <Stack gap="sm" align="flex-start">
        {who}
        {links.map((link) => (
          <Anchor key={link.to} component={Link} to={link.to} size="sm">
            {link.label}
          </Anchor>
        ))}
        <Button variant="default" loading={signOut.isPending} onClick={() => signOut.mutate()}>
          {t('auth.signOut')}
        </Button>
      </Stack>
    );
  }

  // Named by what it shows (name, role, office) plus what it opens: voice control users say what they see.
  const button = (onClick?: () => void) => (
    <UnstyledButton className="tindak-user-button" aria-haspopup="menu" onClick={onClick}>
      {who}
      <VisuallyHidden>{t('auth.accountMenuHint')}</VisuallyHidden>
      <ChevronIcon />
    </UnstyledButton>
  );
  return (
    <Suspense fallback={button(() => setOpenAsked(true))}>
      <AccountMenu
        target={button()}
        defaultOpened={openAsked}
        links={links}
        signOutLabel={t('auth.signOut')}
        signingOut={signOut.isPending}
        onSignOut={() => signOut.mutate()}
      />
    </Suspense>
  );
}
