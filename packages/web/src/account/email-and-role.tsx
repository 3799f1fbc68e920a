import { Text } from '@mantine/core';
import type { UserView } from '@tindak/shared';
import { useTranslation } from 'react-i18next';

/** The lines under a person's name: their address, then their role and office. */
export function EmailAndRole({ user }: { user: Pick<UserView, 'email' | 'role' | 'organization'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" className="tindak-wrap">
        {user.email}
      </Text>
      <Text size="sm" c="dimmed" className="tindak-wrap">
        {t(`auth.roles.${user.role}`)} · {user.organization.name}
      </Text>
    </>
  );
}
