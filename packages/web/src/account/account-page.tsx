import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CalendarFeedSection } from '../calendar/calendar-feed-section';
import { useCurrentUser } from '../session/use-current-user';
import { EmailAndRole } from './email-and-role';
import { PreferencesForm } from './preferences-form';

/** "/akun": who the person is signed in as, and how Tindak talks to them. */
export function AccountPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const title = t('account.title');
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Stack gap="md" maw={720}>
      <Title order={1} className="tindak-page-title">
        {title}
      </Title>
      <Card withBorder component="section" aria-label={t('account.who')}>
        <Text fw={600} className="tindak-wrap">
          {user.displayName}
        </Text>
        <EmailAndRole user={user} />
      </Card>
      <PreferencesForm user={user} />
      <CalendarFeedSection />
      <Anchor component={Link} to={pathTo('digest')} size="sm">
        {t('account.digestLink')}
      </Anchor>
    </Stack>
  );
}
