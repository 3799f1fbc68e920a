import { Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type MeetingDetail, pathTo, type SeriesMeeting } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc';
import { useLanguage } from '../../i18n/use-language';
import { formatMeetingWhen } from '../shared/format-when';
import { CarryOverLine } from './carry-over-line';

function MeetingLink({ meeting }: { meeting: SeriesMeeting }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Anchor
        component={Link}
        to={pathTo('meeting', { id: meeting.id })}
        style={{ overflowWrap: 'anywhere' }}
      >
        {meeting.title}
      </Anchor>
      <Text size="sm" c="dimmed">
        {formatMeetingWhen(meeting, lang, t)}
      </Text>
    </Stack>
  );
}

/**
 * "Rangkaian rapat" on a meeting's page: the meeting before and after it, the way to the whole
 * series, "Catat rapat lanjutan" for those who log meetings, and the agenda section of records
 * carried over from earlier meetings, each at its current status.
 */
export function MeetingSeriesSections({
  meeting,
  mayLogNext,
}: {
  meeting: MeetingDetail;
  mayLogNext: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const series = useQuery(trpc.meetingSeries.get.queryOptions({ meetingId: meeting.id }));
  if (!series.data) return null;
  const { previous, next, meetings, carryOver } = series.data;
  const inSeries = previous !== null || next.length > 0;
  return (
    <>
      <Card withBorder component="section" aria-labelledby="series-heading">
        <Stack gap="sm">
          <Group justify="space-between" gap="sm">
            <Title order={2} size="h3" id="series-heading">
              {t('meetingSeries.strip')}
            </Title>
            {mayLogNext && (
              <Button
                component={Link}
                to={pathTo('newMeeting', {}, { lanjutanDari: meeting.id })}
                variant="light"
              >
                {t('meetingSeries.logNext')}
              </Button>
            )}
          </Group>
          {!inSeries && <Text c="dimmed">{t('meetingSeries.none')}</Text>}
          {previous && (
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {t('meetingSeries.previous')}
              </Text>
              <MeetingLink meeting={previous} />
            </Stack>
          )}
          {next.length > 0 && (
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {t('meetingSeries.next')}
              </Text>
              {next.map((m) => (
                <MeetingLink key={m.id} meeting={m} />
              ))}
            </Stack>
          )}
          {inSeries && (
            <Anchor component={Link} to={pathTo('meetingSeries', { id: meeting.id })} size="sm">
              {t('meetingSeries.seeAll', { count: meetings.length })}
            </Anchor>
          )}
        </Stack>
      </Card>
      {previous && (
        <section aria-labelledby="carry-over-heading">
          <Title order={2} size="h3" id="carry-over-heading" mb="xs">
            {t('meetingSeries.carryOverTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('meetingSeries.carryOverHint')}
          </Text>
          {carryOver.length === 0 ? (
            <Text c="dimmed">{t('meetingSeries.carryOverEmpty')}</Text>
          ) : (
            <List type="ordered" spacing="sm">
              {carryOver.map((line) => (
                <List.Item key={`${line.kind}:${line.id}`}>
                  <CarryOverLine record={line} note={line.note} />
                </List.Item>
              ))}
            </List>
          )}
        </section>
      )}
    </>
  );
}
