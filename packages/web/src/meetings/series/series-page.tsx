import { Anchor, Badge, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type MeetingSeries, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc';
import { useLanguage } from '../../i18n/use-language';
import { RecordPage } from '../../kit/record-page';
import { MeetingNotFound } from '../detail/meeting-page';
import { formatMeetingWhen } from '../shared/format-when';
import { MeetingStatusBadge } from '../shared/meeting-status-badge';

/** `/rapat/:id/rangkaian`: every meeting of the series the reader sees, earliest first. */
export function MeetingSeriesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  return (
    <RecordPage
      query={(id) => trpc.meetingSeries.get.queryOptions({ meetingId: id })}
      notFound={<MeetingNotFound />}
      loadErrorTitle={t('meetingSeries.loadError')}
    >
      {(series) => <SeriesView series={series} />}
    </RecordPage>
  );
}

function SeriesView({ series }: { series: MeetingSeries }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  useDocumentTitle(`${t('meetingSeries.pageTitle')} · ${t('app.name')}`);
  const current = series.meetings.findIndex((m) => m.id === series.meetingId);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor component={Link} to={pathTo('meeting', { id: series.meetingId })} size="sm">
          {t('meetingSeries.backToMeeting')}
        </Anchor>
        <Title order={1} className="tindak-page-title">
          {t('meetingSeries.pageTitle')}
        </Title>
        <Text c="dimmed">{t('meetingSeries.pageIntro')}</Text>
      </Stack>
      <Timeline
        active={current}
        bulletSize={20}
        lineWidth={2}
        component="ol"
        // An ordered list for screen readers; the timeline's bullets are its numbers on screen.
        style={{ listStyleType: 'none' }}
        aria-label={t('meetingSeries.pageTitle')}
      >
        {series.meetings.map((meeting) => (
          <Timeline.Item key={meeting.id} component="li">
            <Card withBorder padding="sm" aria-current={meeting.id === series.meetingId ? 'page' : undefined}>
              <Stack gap={4}>
                <Group gap="xs" wrap="wrap">
                  <Badge variant="light" tt="none">
                    {t(`meetingType.${meeting.type}`)}
                  </Badge>
                  <MeetingStatusBadge status={meeting.status} always />
                  {meeting.id === series.meetingId && (
                    <Badge variant="filled" tt="none">
                      {t('meetingSeries.thisMeeting')}
                    </Badge>
                  )}
                </Group>
                <Anchor
                  component={Link}
                  to={pathTo('meeting', { id: meeting.id })}
                  fw={600}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {meeting.title}
                </Anchor>
                <Text size="sm">{formatMeetingWhen(meeting, lang, t)}</Text>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {meeting.host.name}
                </Text>
                <Text size="sm">{t('meetingSeries.openFollowUps', { count: meeting.openFollowUps })}</Text>
              </Stack>
            </Card>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
