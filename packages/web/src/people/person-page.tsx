import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { formatCalendarDate, formatDate, type PersonGetOutput, pathTo } from '@tindak/shared';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';
import { DetailItem } from '../kit/detail-item';
import { RecordPage } from '../kit/record-page';
import { RecordSection } from '../kit/record-section';
import { FollowUpStatusBadge } from '../kit/status-badge';
import { NotFoundPage } from '../layout/not-found-page';
import { PersonActionDialog } from './people-page';
import type { PersonAction } from './person-rows';
import { usePersonKeeper } from './use-person-keeper';

/** `/orang/:personId`: who they are, the meetings they took part in and the items they hold. */
export function PersonPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  return (
    <RecordPage
      query={(id) => trpc.people.get.queryOptions({ id })}
      param="personId"
      notFound={<PersonNotFound />}
      loadErrorTitle={t('people.personLoadError')}
    >
      {(page) => <PersonView page={page} />}
    </RecordPage>
  );
}

function PersonNotFound() {
  const { t } = useTranslation();
  return (
    <NotFoundPage
      title={t('people.notFound')}
      body={t('people.notFoundHint')}
      backTo={pathTo('people')}
      backLabel={t('people.backToList')}
    />
  );
}

function PersonView({ page }: { page: PersonGetOutput }) {
  const { t } = useTranslation();
  const { person } = page;
  useDocumentTitle(`${person.fullName} · ${t('app.name')}`);
  const keeps = usePersonKeeper();
  const [action, setAction] = useState<PersonAction | null>(null);
  const mayChange = keeps(person) && !person.mergedInto;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={pathTo('people')} size="sm">
        {t('people.backToList')}
      </Anchor>
      <Group justify="space-between" align="center" gap="sm">
        <Title order={1} className="tindak-page-title tindak-wrap">
          {person.fullName}
        </Title>
        {mayChange && (
          <Group gap="sm">
            <Button variant="light" onClick={() => setAction({ kind: 'edit', person })}>
              {t('people.edit')}
            </Button>
            <Button variant="subtle" onClick={() => setAction({ kind: 'merge', person })}>
              {t('people.merge')}
            </Button>
          </Group>
        )}
      </Group>
      {person.mergedInto && (
        <Alert color="gray" variant="light">
          <Stack gap={4}>
            <Text size="sm">{t('people.mergedNotice', { name: person.mergedInto.fullName })}</Text>
            <Anchor component={Link} to={pathTo('person', { personId: person.mergedInto.id })} size="sm">
              {t('people.openKept', { name: person.mergedInto.fullName })}
            </Anchor>
          </Stack>
        </Alert>
      )}
      <Card withBorder padding="md" component="section" aria-label={t('people.details')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DetailItem label={t('people.position')}>{person.position ?? t('people.noPosition')}</DetailItem>
          <DetailItem label={t('people.office')}>
            {person.organization?.name ?? t('people.noOffice')}
          </DetailItem>
          <DetailItem label={t('people.region')}>{person.region?.name ?? t('people.noRegion')}</DetailItem>
          {person.nip && <DetailItem label={t('people.nip')}>{person.nip}</DetailItem>}
          {person.userId && <DetailItem label={t('people.hasAccount')}>✓</DetailItem>}
        </SimpleGrid>
      </Card>
      <PersonMeetings meetings={page.meetings} />
      <PersonItems items={page.items} />
      <PersonActionDialog action={action} onClose={() => setAction(null)} />
    </Stack>
  );
}

/** A list of links, each with a line under it and a badge beside it; or a sentence when empty. */
function LinkList({
  rows,
  empty,
}: {
  rows: { key: string; link: ReactNode; detail: string; badge?: ReactNode }[];
  empty: string;
}) {
  if (rows.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack component="ul" gap="xs" className="tindak-plain-list">
      {rows.map((row) => (
        <li key={row.key}>
          <Group gap="xs" justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={0} style={{ minWidth: 0 }}>
              {row.link}
              <Text size="sm" c="dimmed" className="tindak-wrap">
                {row.detail}
              </Text>
            </Stack>
            {row.badge}
          </Group>
        </li>
      ))}
    </Stack>
  );
}

function PersonMeetings({ meetings }: { meetings: PersonGetOutput['meetings'] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <RecordSection id="person-meetings" title={t('people.meetings')}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('people.meetingsHint')}
      </Text>
      <LinkList
        empty={t('people.noMeetings')}
        rows={meetings.map((meeting) => ({
          key: meeting.meetingId,
          link: (
            <Anchor
              component={Link}
              to={pathTo('meeting', { id: meeting.meetingId })}
              className="tindak-wrap"
            >
              {meeting.title}
            </Anchor>
          ),
          detail: [
            formatDate(meeting.startsAt, lang),
            t(`participantRole.${meeting.role}`),
            t(`attendance.${meeting.attendance}`),
          ].join(' · '),
        }))}
      />
    </RecordSection>
  );
}

function PersonItems({ items }: { items: PersonGetOutput['items'] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <RecordSection id="person-items" title={t('people.items')}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('people.itemsHint')}
      </Text>
      <LinkList
        empty={t('people.noItems')}
        rows={items.map((item) => ({
          key: item.id,
          link: (
            <Anchor component={Link} to={pathTo('actionItem', { id: item.id })} className="tindak-wrap">
              {item.title}
            </Anchor>
          ),
          detail: t('people.dueOn', { date: formatCalendarDate(item.dueOn, lang) }),
          badge: <FollowUpStatusBadge status={item.status} />,
        }))}
      />
    </RecordSection>
  );
}
