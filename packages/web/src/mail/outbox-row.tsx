import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { type EmailSummary, formatDateTime, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../i18n/use-language';
import { useCurrentUser } from '../session/use-current-user';
import { EmailKindBadge, EmailStatusBadge, recipientOf } from './email-labels';
import { RetryEmail } from './retry-email';

/** One email in the list: what, to whom, when, and, when it went wrong, why. */
export function OutboxRow({ email, admin }: { email: EmailSummary; admin: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { timeZone } = useCurrentUser();
  const when = email.sentAt
    ? t('outbox.sentAt', { time: formatDateTime(email.sentAt, lang, timeZone) })
    : t('outbox.createdAt', { time: formatDateTime(email.createdAt, lang, timeZone) });
  // Pending with attempts behind it: the mail server refused for now and it will be tried again.
  const troubled = email.status === 'failed' || (email.status === 'pending' && email.attempts > 0);

  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Anchor component={Link} to={pathTo('email', { id: email.id })} fw={600} className="tindak-wrap">
            {email.subject}
          </Anchor>
          <EmailStatusBadge status={email.status} />
        </Group>
        <Group gap="xs" wrap="wrap">
          <EmailKindBadge kind={email.kind} />
          <Text size="sm" className="tindak-wrap">
            {t('outbox.to', { to: recipientOf(email) })}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {when}
        </Text>
        {troubled && (
          <Text size="sm" c={email.status === 'failed' ? 'red.8' : 'orange.9'} className="tindak-wrap">
            {t('outbox.attempts', { count: email.attempts })}
            {email.lastError ? ` · ${t('outbox.lastError', { error: email.lastError })}` : ''}
            {email.status === 'pending' ? ` · ${t('outbox.willRetry')}` : ''}
          </Text>
        )}
        {admin && email.status === 'failed' && (
          <div>
            <RetryEmail id={email.id} size="compact-sm" />
          </div>
        )}
      </Stack>
    </Paper>
  );
}
