import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { MeetingSummary } from '@tindak/shared';
import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n/use-language';
import { formatMeetingWhen } from '../shared/format-when';
import { MeetingStatusBadge } from '../shared/meeting-status-badge';

/** A long regional meeting lists eleven regions; a card shows a few and counts the rest. */
const REGIONS_SHOWN = 4;

export function MeetingCard({ meeting }: { meeting: MeetingSummary }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const shownRegions = meeting.regions.slice(0, REGIONS_SHOWN);
  const hiddenRegions = meeting.regions.length - shownRegions.length;

  return (
    <Card component="article" withBorder padding="md">
      <Stack gap={6}>
        <Group gap={6}>
          <Badge variant="light">{t(`meetingType.${meeting.type}`)}</Badge>
          <MeetingStatusBadge status={meeting.status} />
        </Group>
        <Title order={2} size="h4" className="tindak-wrap">
          <Anchor component={Link} to={pathTo('meeting', { id: meeting.id })} inherit>
            {meeting.title}
          </Anchor>
        </Title>
        <Text size="sm" fw={500}>
          {formatMeetingWhen(meeting, lang, t)}
        </Text>
        <Text size="sm" c="dimmed" className="tindak-wrap">
          {meeting.place ?? t('common.online')}
        </Text>
        <Text size="sm" className="tindak-wrap">
          {t('meetingList.host', { name: meeting.host.name })}
        </Text>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('meetingList.participantCount', { count: meeting.participantCount })}
          </Text>
          {shownRegions.map((region) => (
            <Badge key={region.code} variant="outline" color="gray" size="sm" tt="none">
              {region.name}
            </Badge>
          ))}
          {hiddenRegions > 0 && (
            <Text size="xs" c="dimmed">
              {t('meetingList.moreRegions', { count: hiddenRegions })}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
