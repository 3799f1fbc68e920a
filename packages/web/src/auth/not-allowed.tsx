import { Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { Permission } from '@tindak/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../session/use-current-user';
import { useCan } from './use-can';

interface NotAllowedProps {
  /** What the person cannot do here and who can, in a sentence or two. */
  body: string;
  backTo: string;
  backLabel: string;
}

/** Said instead of a form the server would refuse: why, with which role, and the way back. */
export function NotAllowed({ body, backTo, backLabel }: NotAllowedProps) {
  const { t } = useTranslation();
  const role = useSession().data?.user?.role;
  const title = t('auth.notAllowedTitle');
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Stack align="flex-start" gap="md" py="xl" maw={560}>
      <Title order={1} className="tindak-page-title">
        {title}
      </Title>
      <Text>{body}</Text>
      {role && (
        <Text size="sm" c="dimmed">
          {t('auth.signedInWithRole', { role: t(`auth.roles.${role}`) })}
        </Text>
      )}
      <Button component={Link} to={backTo} variant="light">
        {backLabel}
      </Button>
    </Stack>
  );
}

interface RequirePermissionProps extends NotAllowedProps {
  permission: Permission;
  children: ReactNode;
}

/** The page for people who hold the permission; the not-allowed message for everyone else. */
export function RequirePermission({ permission, children, ...notAllowed }: RequirePermissionProps) {
  const can = useCan();
  return can(permission) ? children : <NotAllowed {...notAllowed} />;
}
