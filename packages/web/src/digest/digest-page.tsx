import { Alert, Anchor, Card, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type DigestPreview, digestShareText, pathTo, uuidSchema } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useCan } from '../auth/use-can';
import { ConfirmAction } from '../kit/confirm-action';
import { DetailItem } from '../kit/detail-item';
import { LoadError, PageSkeleton } from '../kit/load-states';
import { ShareMenu } from '../kit/share-menu';
import { oneOf, urlCodec, useUrlFilters, wordFor } from '../kit/url-filters';
import { EmailBody } from '../mail/email-body';
import { useCurrentUser } from '../session/use-current-user';
import { useSendDigestNow } from './send-digest-now';
import { weekLabel } from './week-label';

/** Whose digest and which week, in the address: `?pengguna=<id>&minggu=depan`. */
const digestFilters = urlCodec({
  user: oneOf('pengguna', uuidSchema),
  // `?minggu=depan`: next Monday's digest as it would read with today's data.
  week: wordFor('minggu', { current: 'ini', next: 'depan' }, 'current'),
});

/**
 * "/ringkasan": this week's digest as it would be mailed now. Admins may add `?pengguna=<id>`
 * to see anyone's and send it at once; for everyone else the parameter is ignored (the server
 * would refuse it) and they see their own.
 */
export function DigestPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const admin = useCan()('mail.manage');
  const me = useCurrentUser();
  const [filters, setFilters] = useUrlFilters(digestFilters);
  const userId = admin ? filters.user : undefined;
  const { week } = filters;
  const query = useQuery(trpc.digests.preview.queryOptions(userId ? { userId, week } : { week }));
  const chooseWeek = (value: string) => setFilters({ week: value === 'next' ? 'next' : 'current' });
  const title = t('digest.title');
  useDocumentTitle(`${title} · ${t('app.name')}`);

  const body = () => {
    if (query.isPending) return <PageSkeleton />;
    if (query.isError) {
      return (
        <LoadError
          title={t('digest.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isRefetching}
        />
      );
    }
    return <DigestView digest={query.data} mine={query.data.recipient.id === me.id} canSend={!!userId} />;
  };

  return (
    <Stack gap="md">
      {userId && (
        <Anchor component={Link} to={pathTo('users')} size="sm">
          ← {t('digest.backToUsers')}
        </Anchor>
      )}
      <Title order={1} className="tindak-page-title">
        {title}
      </Title>
      <SegmentedControl
        aria-label={t('digest.whichWeek')}
        value={week}
        onChange={chooseWeek}
        data={[
          { value: 'current', label: t('digest.thisWeek') },
          { value: 'next', label: t('digest.nextMonday') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {body()}
    </Stack>
  );
}

interface DigestViewProps {
  digest: DigestPreview;
  mine: boolean;
  /** An admin who asked for a particular user's digest may send it now. */
  canSend: boolean;
}

function DigestView({ digest, mine, canSend }: DigestViewProps) {
  const { t } = useTranslation();
  const sendNow = useSendDigestNow();
  const { recipient } = digest;
  const name = recipient.displayName;

  return (
    <Stack gap="md">
      <Text c="dimmed" maw={720}>
        {mine ? t('digest.lead') : t('digest.leadOther', { name, email: recipient.email })}
      </Text>
      <Card withBorder component="section" aria-label={t('digest.details')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <DetailItem label={t('digest.recipient')}>
            <Text>
              {name} &lt;{recipient.email}&gt;
            </Text>
          </DetailItem>
          <DetailItem label={t('digest.period')}>
            <Text>{weekLabel(t, digest.week)}</Text>
          </DetailItem>
          <DetailItem label={t('digest.subject')}>
            <Text>{digest.subject}</Text>
          </DetailItem>
        </SimpleGrid>
      </Card>
      {!digest.empty && <ShareMenu text={(context) => digestShareText(digest, context)} />}
      {canSend && (
        <div>
          <ConfirmAction
            label={t('digest.sendNow')}
            variant="filled"
            question={t('digest.sendNowConfirm', { name })}
            explain={t('digest.sendNowExplain')}
            confirmLabel={t('digest.sendNowYes')}
            cancelLabel={t('digest.sendNowNo')}
            failedTitle={t('digest.sendFailed')}
            onConfirm={() => sendNow(recipient)}
          />
        </div>
      )}
      {digest.empty ? (
        <Alert color="blue" title={t('digest.emptyTitle')} role="status">
          {mine ? t('digest.empty') : t('digest.emptyOther', { name })}
        </Alert>
      ) : (
        <section aria-labelledby="digest-body-heading">
          <Title order={2} size="h3" id="digest-body-heading" mb="sm">
            {t('digest.body')}
          </Title>
          <EmailBody subject={digest.subject} html={digest.html} text={digest.text} />
        </section>
      )}
      {mine && (
        <Anchor component={Link} to={pathTo('account')} size="sm">
          {t('digest.preferences')}
        </Anchor>
      )}
    </Stack>
  );
}
