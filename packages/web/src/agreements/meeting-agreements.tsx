import { Anchor, Group, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { LoadError } from '../kit/load-states';
import { RecordSection } from '../kit/record-section';
import { AgreementStatusBadge, kindLabel } from './agreement-words';

/** Agreements made in a meeting listed on its page; a meeting without one shows nothing. */
export function MeetingAgreements({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useQuery(trpc.agreements.list.queryOptions({ meetingId, limit: 100 }));
  if (query.isPending || (query.data && query.data.items.length === 0)) return null;
  return (
    <RecordSection id="agreements-heading" title={t('agreements.meetingSection')}>
      {query.isError ? (
        <LoadError
          title={t('agreements.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isRefetching}
        />
      ) : (
        <List listStyleType="none" spacing="xs" p={0}>
          {query.data.items.map((agreement) => (
            <List.Item key={agreement.id}>
              <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
                <div style={{ minWidth: 0 }}>
                  <Anchor
                    component={Link}
                    to={pathTo('agreement', { id: agreement.id })}
                    className="tindak-wrap"
                  >
                    {agreement.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {kindLabel(agreement.kind, t)} ·{' '}
                    {t('agreements.partyCount', { count: agreement.parties.length })}
                  </Text>
                </div>
                <AgreementStatusBadge status={agreement.status} />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </RecordSection>
  );
}
