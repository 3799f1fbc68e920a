import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { MeetingDetail } from '@tindak/shared';
import { meetingShareText, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MeetingActionItems } from '../../action-items/linked/linked-action-items';
import { MeetingAgreements } from '../../agreements/meeting-agreements';
import { useTRPC } from '../../api/trpc';
import { ReadOnlyNote } from '../../auth/read-only-note';
import { useRecordAuthority } from '../../auth/use-authority';
import { useCan } from '../../auth/use-can';
import { MeetingCommitments } from '../../commitments/meeting-commitments';
import { useLanguage } from '../../i18n/use-language';
import { DetailItem } from '../../kit/detail-item';
import { RecordPage } from '../../kit/record-page';
import { RecordSection, TextOrNone } from '../../kit/record-section';
import { ShareMenu } from '../../kit/share-menu';
import { NotFoundPage } from '../../layout/not-found-page';
import { InvitationLetterSection } from '../../letters/invitation-letter-section';
import { MeetingProposals } from '../../proposals/meeting-proposals';
import { AttendanceImportSection } from '../attendance-import/attendance-import-section';
import { AttachmentsSection } from '../record/attachments-section';
import { AttendanceSection } from '../record/attendance-section';
import { MeetingStatusActions } from '../record/meeting-status-actions';
import { MinutesSection } from '../record/minutes-section';
import { MeetingSeriesSections } from '../series/series-strip';
import { formatMeetingWhen } from '../shared/format-when';
import { MeetingStatusBadge } from '../shared/meeting-status-badge';
import { groupByRegion } from './group-participants';
import { MeetingCounts } from './meeting-counts';
import { MeetingHistory } from './meeting-history';
import { ParticipantsByRegion } from './participants-by-region';

export function MeetingNotFound() {
  const { t } = useTranslation();
  return <NotFoundPage title={t('meetingPage.notFoundTitle')} body={t('meetingPage.notFoundBody')} />;
}

export function MeetingPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  return (
    <RecordPage
      query={(id) => trpc.meetings.get.queryOptions({ id })}
      notFound={<MeetingNotFound />}
      loadErrorTitle={t('meetingPage.loadError')}
    >
      {(meeting) => <MeetingView meeting={meeting} />}
    </RecordPage>
  );
}

function MeetingView({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const authority = useRecordAuthority('meeting', meeting.homeRegionCodes);
  // Anyone who logs meetings may log the next one of a series, hosted by their own office.
  const can = useCan();
  useDocumentTitle(`${meeting.title} · ${t('app.name')}`);
  const groups = groupByRegion(meeting.participants);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor component={Link} to={pathTo('meetings')} size="sm">
          ← {t('common.backToList')}
        </Anchor>
        <Title order={1} className="tindak-page-title">
          {meeting.title}
        </Title>
        {authority.readOnly && (
          <ReadOnlyNote>{t('meetingPage.readOnly', { office: meeting.host.name })}</ReadOnlyNote>
        )}
        <Group justify="space-between" gap="sm">
          <Group gap="xs">
            <Badge variant="light">{t(`meetingType.${meeting.type}`)}</Badge>
            <MeetingStatusBadge status={meeting.status} always />
          </Group>
          <Group gap="xs">
            <ShareMenu text={(context) => meetingShareText(meeting, context)} />
            {authority.change && (
              <Button component={Link} to={pathTo('editMeeting', { id: meeting.id })} variant="light">
                {t('meetingPage.edit')}
              </Button>
            )}
          </Group>
        </Group>
        <Anchor href={`/api/rapat/${meeting.id}/rapat.ics`} size="sm" download w="fit-content">
          {t('calendar.addMeeting')}
        </Anchor>
        <Group gap="md">
          <Anchor href={`/api/rapat/${meeting.id}/notulen.pdf`} size="sm" download>
            {t('meetingPage.notulenPdf')}
          </Anchor>
          <Anchor href={`/api/rapat/${meeting.id}/notulen.docx`} size="sm" download>
            {t('meetingPage.notulenDocx')}
          </Anchor>
        </Group>
        {meeting.statusReason && (
          <Text size="sm" c="dimmed">
            {t('meetingPage.statusReason', { reason: meeting.statusReason })}
          </Text>
        )}
        <MeetingStatusActions meeting={meeting} />
      </Stack>

      <Card withBorder component="section" aria-label={t('meetingPage.details')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <DetailItem label={t('meetingPage.when')}>
            <Text>{formatMeetingWhen(meeting, lang, t)}</Text>
          </DetailItem>
          <DetailItem label={t('meetingPage.host')}>
            <Text>{meeting.host.name}</Text>
          </DetailItem>
          <DetailItem label={t('meetingPage.place')}>
            <Text>{meeting.place ?? t('common.online')}</Text>
          </DetailItem>
          {meeting.onlineUrl && (
            <DetailItem label={t('meetingPage.onlineUrl')}>
              <Anchor href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer">
                {meeting.onlineUrl}
              </Anchor>
            </DetailItem>
          )}
        </SimpleGrid>
      </Card>

      <RecordSection id="summary-heading" title={t('meetingPage.summary')}>
        <TextOrNone text={meeting.summary} none={t('meetingPage.noSummary')} />
      </RecordSection>

      <MeetingSeriesSections meeting={meeting} mayLogNext={can('meeting.write')} />

      <MinutesSection meeting={meeting} />

      <section aria-labelledby="participants-heading">
        <Group gap="xs" align="baseline" mb="sm">
          <Title order={2} size="h3" id="participants-heading">
            {t('meetingPage.participants')}
          </Title>
          <Text c="dimmed">{t('meetingPage.participantCount', { count: meeting.participants.length })}</Text>
          <MeetingCounts meeting={meeting} />
        </Group>
        {groups.length > 0 ? (
          <ParticipantsByRegion groups={groups} />
        ) : (
          <Text c="dimmed">{t('meetingPage.noParticipants')}</Text>
        )}
      </section>

      <AttendanceSection meeting={meeting} />

      <AttendanceImportSection meeting={meeting} />

      <InvitationLetterSection meeting={meeting} />

      <AttachmentsSection meeting={meeting} />

      <MeetingProposals meeting={meeting} />

      <MeetingCommitments meeting={meeting} />

      <MeetingAgreements meetingId={meeting.id} />

      <MeetingActionItems meetingId={meeting.id} homeRegionCodes={meeting.homeRegionCodes} />

      <RecordSection id="history-heading" title={t('meetingPage.history')}>
        <MeetingHistory events={meeting.history} timeZone={meeting.timeZone} />
      </RecordSection>
    </Stack>
  );
}
