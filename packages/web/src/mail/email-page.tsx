import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type EmailDetail, formatDateTime, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useCan } from '../auth/use-can';
import { useLanguage } from '../i18n/use-language';
import { DetailItem } from '../kit/detail-item';
import { RecordPage } from '../kit/record-page';
import { NotFoundPage } from '../layout/not-found-page';
import { useCurrentUser } from '../session/use-current-user';
import { EmailBody } from './email-body';
import { EmailKindBadge, EmailStatusBadge, recipientOf } from './email-labels';
import { PENDING_POLL_MS, useOutboxTitle } from './outbox-page';
import { RetryEmail } from './retry-email';

function EmailNotFound() {
  const { t } = useTranslation();
  return <NotFoundPage title={t('emailPage.notFoundTitle')} body={t('emailPage.notFoundBody')} />;
}

/** "/kotak-keluar/:id": one email as it was (or will be) sent. */
export function EmailPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  return (
    <RecordPage
      query={(id) =>
        trpc.outbox.get.queryOptions(
          { id },
          { refetchInterval: (q) => (q.state.data?.status === 'pending' ? PENDING_POLL_MS : false) },
        )
      }
      notFound={<EmailNotFound />}
      loadErrorTitle={t('emailPage.loadError')}
    >
      {(email) => <EmailView email={email} />}
    </RecordPage>
  );
}

function EmailView({ email }: { email: EmailDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { timeZone } = useCurrentUser();
  const admin = useCan()('mail.manage');
  const outboxTitle = useOutboxTitle();
  useDocumentTitle(`${email.subject} · ${t('app.name')}`);
  const at = (value: string) => formatDateTime(value, lang, timeZone);
  const transport =
    email.transport === 'smtp'
      ? t('emailPage.transportSmtp')
      : email.transport === 'outbox'
        ? t('emailPage.transportOutbox')
        : t('emailPage.transportNone');

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor component={Link} to={pathTo('outbox')} size="sm">
          ← {t('emailPage.back', { list: outboxTitle })}
        </Anchor>
        <Group gap="xs">
          <EmailKindBadge kind={email.kind} />
          <EmailStatusBadge status={email.status} />
        </Group>
        <Title order={1} className="tindak-page-title">
          {email.subject}
        </Title>
      </Stack>

      <Card withBorder component="section" aria-label={t('emailPage.details')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <DetailItem label={t('emailPage.recipient')}>
            <Text>{recipientOf(email)}</Text>
          </DetailItem>
          <DetailItem label={t('emailPage.created')}>
            <Text>{at(email.createdAt)}</Text>
          </DetailItem>
          <DetailItem label={t('emailPage.sent')}>
            <Text>{email.sentAt ? at(email.sentAt) : t('common.dash')}</Text>
          </DetailItem>
          <DetailItem label={t('emailPage.transport')}>
            <Text>{transport}</Text>
          </DetailItem>
          {(email.attempts > 0 || email.lastError) && (
            <DetailItem label={t('emailPage.attempts')}>
              <Text>{email.attempts}</Text>
            </DetailItem>
          )}
          {email.lastError && (
            <DetailItem label={t('emailPage.lastError')}>
              <Text c={email.status === 'failed' ? 'red.8' : undefined}>{email.lastError}</Text>
            </DetailItem>
          )}
        </SimpleGrid>
      </Card>

      {admin && email.status === 'failed' && (
        <div>
          <RetryEmail id={email.id} />
        </div>
      )}

      <section aria-labelledby="email-body-heading">
        <Title order={2} size="h3" id="email-body-heading" mb="sm">
          {t('emailPage.body')}
        </Title>
        <EmailBody subject={email.subject} html={email.html} text={email.text} />
      </section>
    </Stack>
  );
}
