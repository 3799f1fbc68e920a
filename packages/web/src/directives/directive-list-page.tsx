import { Anchor, Badge, Button, Card, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import {
  type DirectiveStatus,
  type DirectiveSummary,
  directiveStatuses,
  directiveStatusSchema,
  formatCalendarDate,
  pathTo,
  uuidSchema,
} from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useCan } from '../auth/use-can';
import { ExportLinks } from '../exports/export-links';
import { useLanguage } from '../i18n/use-language';
import { EmptyState, ItemList, ListHeader, nextPageParam, PagedList } from '../kit/paged-list';
import { flag, oneOf, urlCodec, useUrlFilters } from '../kit/url-filters';
import { DirectiveIssueForm } from './directive-issue-form';
import { DirectiveProgress } from './directive-progress';
import { FollowUpTabs } from './follow-up-tabs';

const directiveFilters = urlCodec({ status: oneOf('status', directiveStatusSchema) });
/** From a meeting's follow-ups: `/arahan?rapat=<id>&baru=1` opens the form for that meeting. */
const issueFromMeeting = urlCodec({ meetingId: oneOf('rapat', uuidSchema), open: flag('baru', '1') });

/** `/arahan`: the directives the user sees, newest first, each with how its offices stand. */
export function DirectiveListPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('directives.title')} · ${t('app.name')}`);
  const can = useCan();
  const navigate = useNavigate();
  const [filters, setFilters] = useUrlFilters(directiveFilters);
  const [fromMeeting, setFromMeeting] = useUrlFilters(issueFromMeeting);
  const [adding, setAdding] = useState(fromMeeting.open);
  const closeForm = () => {
    setAdding(false);
    if (fromMeeting.open || fromMeeting.meetingId) setFromMeeting({ open: false, meetingId: undefined });
  };
  return (
    <Stack gap="md">
      <FollowUpTabs />
      <ListHeader
        title={t('directives.title')}
        intro={t('directives.intro')}
        action={
          can('actionItem.assign') &&
          !adding && <Button onClick={() => setAdding(true)}>{t('directives.new')}</Button>
        }
      />
      {adding && (
        <Paper withBorder p="md" component="section" aria-labelledby="new-directive-title">
          <Title order={2} size="h4" mb="sm" id="new-directive-title">
            {t('directives.form.title')}
          </Title>
          <DirectiveIssueForm
            meetingId={fromMeeting.meetingId ?? null}
            onDone={closeForm}
            onSaved={(saved) => void navigate(pathTo('directive', { id: saved.id }))}
          />
        </Paper>
      )}
      <Select
        label={t('directives.statusFilter')}
        data={[
          { value: '', label: t('directives.statusAll') },
          ...directiveStatuses.map((s) => ({ value: s, label: t(`directives.status.${s}`) })),
        ]}
        value={filters.status ?? ''}
        onChange={(value) => setFilters({ status: (value || undefined) as DirectiveStatus | undefined })}
        allowDeselect={false}
        maw={260}
      />
      {/* Each directive once with its spread over the items the user sees (all statuses of items). */}
      <ExportLinks kind="arahan" filters={{}} />
      <DirectiveResults status={filters.status} />
    </Stack>
  );
}

function DirectiveResults({ status }: { status: DirectiveStatus | undefined }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.directives.list.infiniteQueryOptions({ status, limit: 20 }, { getNextPageParam: nextPageParam }),
  );
  return (
    <PagedList
      query={query}
      loadErrorTitle={t('directives.loadError')}
      empty={
        status ? (
          <EmptyState title={t('directives.emptyFiltered')} hint={t('directives.emptyFilteredHint')} />
        ) : (
          <EmptyState title={t('directives.empty')} hint={t('directives.emptyHint')} />
        )
      }
      shown={(count) => t('directives.shown', { count })}
      loadMoreLabel={t('directives.loadMore')}
    >
      {(directives) => (
        <ItemList
          label={t('directives.list')}
          items={directives}
          render={(directive) => <DirectiveCard directive={directive} />}
        />
      )}
    </PagedList>
  );
}

function DirectiveCard({ directive }: { directive: DirectiveSummary }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Anchor
            component={Link}
            to={pathTo('directive', { id: directive.id })}
            fw={600}
            className="tindak-wrap"
          >
            {directive.title}
          </Anchor>
          <Badge variant="light" tt="none" style={{ flexShrink: 0 }}>
            {t(`directives.status.${directive.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed" className="tindak-wrap">
          {t('directives.from', { office: directive.issuedBy.organization.name })} ·{' '}
          {t('directives.due', { date: formatCalendarDate(directive.dueOn, lang) })}
        </Text>
        <DirectiveProgress counts={directive.counts} />
      </Stack>
    </Card>
  );
}
