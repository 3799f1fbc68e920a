import { Badge, Card, Chip, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import {
  type CommitmentStatus,
  commitmentStatusMachine,
  formatCalendarDate,
  type PublicCommitment,
  type PublicCommitmentsOutput,
  pathTo,
  statusLabel,
} from '@tindak/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorCode } from '../api/errors';
import { useTRPC } from '../api/trpc';
import { commitmentStatusSchema } from '../commitments/tracker/tracker-filters';
import { useLanguage } from '../i18n/use-language';
import { LabelledLine } from '../kit/detail-item';
import { LoadError, PageSkeleton } from '../kit/load-states';
import { FollowUpStatusBadge } from '../kit/status-badge';
import { oneOf, urlCodec, useUrlFilters } from '../kit/url-filters';
import { NotFoundPage } from '../layout/not-found-page';
import { PublicFrame } from './public-frame';

/** The status shown, in the address, so a filtered page can be shared as a link: `?status=fulfilled`. */
const publicFilters = urlCodec({ status: oneOf('status', commitmentStatusSchema) });

/** `/publik/:provinceCode`: a province's published commitments, for anyone, without signing in. */
export function PublicCommitmentsPage() {
  const { t } = useTranslation();
  const { provinceCode = '' } = useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.public.commitments.queryOptions({ provinceCode }));
  const province = query.data?.province.name;
  useDocumentTitle(
    `${province ? t('public.title', { province }) : t('public.provincesTitle')} · ${t('app.name')}`,
  );

  let body: ReactNode;
  if (query.isPending) body = <PageSkeleton />;
  else if (query.isError) {
    // A malformed code reads like an unknown one: there is no such province.
    const problem = errorCode(query.error);
    body =
      problem === 'NOT_FOUND' || problem === 'BAD_REQUEST' ? (
        <ProvinceNotFound />
      ) : (
        <LoadError
          title={t('public.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isRefetching}
        />
      );
  } else body = <PublicCommitments data={query.data} />;
  return <PublicFrame>{body}</PublicFrame>;
}

function ProvinceNotFound() {
  const { t } = useTranslation();
  return (
    <NotFoundPage
      title={t('public.notFound')}
      body={t('public.notFoundHint')}
      backTo={pathTo('publicProvinces')}
      backLabel={t('public.backToList')}
    />
  );
}

function PublicCommitments({ data }: { data: PublicCommitmentsOutput }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [{ status }, setFilters] = useUrlFilters(publicFilters);
  const counts = new Map<CommitmentStatus, number>();
  for (const c of data.commitments) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  const shown = status ? data.commitments.filter((c) => c.status === status) : data.commitments;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1} size="h2" className="tindak-wrap">
          {t('public.title', { province: data.province.name })}
        </Title>
        <Text c="dimmed">{t('public.intro')}</Text>
      </Stack>
      {data.commitments.length > 0 && (
        <Chip.Group
          value={status ?? 'all'}
          onChange={(value) => setFilters({ status: commitmentStatusSchema.safeParse(value).data })}
        >
          <Group gap="xs" role="radiogroup" aria-label={t('public.filterLabel')}>
            <Chip value="all" size="sm">
              {t('public.allStatuses', { count: data.commitments.length })}
            </Chip>
            {commitmentStatusMachine.statuses
              .filter((s) => counts.has(s))
              .map((s) => (
                <Chip key={s} value={s} size="sm">
                  {t('public.statusCount', { status: statusLabel(s, lang), count: counts.get(s) ?? 0 })}
                </Chip>
              ))}
          </Group>
        </Chip.Group>
      )}
      {data.truncated && (
        <Text size="sm" c="dimmed">
          {t('public.truncated', { count: data.commitments.length })}
        </Text>
      )}
      {shown.length === 0 ? (
        <Text c="dimmed">{status ? t('public.emptyFiltered') : t('public.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {shown.map((c) => (
            <PublicCommitmentCard key={c.id} commitment={c} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** One published promise: offices, regions, status and dates; nothing links into the app. */
function PublicCommitmentCard({ commitment: c }: { commitment: PublicCommitment }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Title order={2} size="h4" className="tindak-wrap">
            {c.title}
          </Title>
          <FollowUpStatusBadge status={c.status} />
        </Group>
        {c.description && (
          <Text size="sm" className="tindak-wrap" style={{ whiteSpace: 'pre-line' }}>
            {c.description}
          </Text>
        )}
        <LabelledLine label={t('public.by')}>{c.committedBy}</LabelledLine>
        {c.followedUpBy && <LabelledLine label={t('public.followedUpBy')}>{c.followedUpBy}</LabelledLine>}
        <LabelledLine label={t('public.regions')}>
          {c.regions.length === 0 ? t('public.noRegion') : c.regions.map((r) => r.name).join(', ')}
        </LabelledLine>
        <LabelledLine label={t('public.due')}>
          {c.dueOn ? formatCalendarDate(c.dueOn, lang) : t('public.noDue')}
          {c.isOverdue && (
            <>
              {' '}
              <Badge color="red" variant="light" size="sm" tt="none">
                {t('public.overdue')}
              </Badge>
            </>
          )}
        </LabelledLine>
        <LabelledLine label={t('public.recorded')}>{formatCalendarDate(c.createdOn, lang)}</LabelledLine>
      </Stack>
    </Card>
  );
}
