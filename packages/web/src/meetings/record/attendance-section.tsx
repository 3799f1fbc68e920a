import { Button, Text, Title } from '@mantine/core';
import type { MeetingDetail } from '@tindak/shared';
import { pathTo } from '@tindak/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMayChange } from '../../auth/use-authority';
import { RecordSection } from '../../kit/record-section';
import { AttendanceByRegion } from '../detail/attendance-by-region';
import { AttendanceForm } from './attendance-form';

/** "Kehadiran": who came, recorded per participant, and which regencies and cities took part. */
export function AttendanceSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const mayChange = useMayChange('meeting', meeting.homeRegionCodes);
  const [editing, setEditing] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const hasParticipants = meeting.participants.length > 0;

  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => openButton.current?.focus());
  };

  return (
    <RecordSection
      id="attendance-heading"
      title={t('meetingRecord.attendance.title')}
      aside={
        mayChange &&
        hasParticipants &&
        !editing && (
          <Button ref={openButton} variant="light" onClick={() => setEditing(true)}>
            {t('meetingRecord.attendance.record')}
          </Button>
        )
      }
    >
      {!hasParticipants && (
        <Text c="dimmed" mb="sm">
          {t('meetingRecord.attendance.noParticipants')}
          {mayChange && (
            <>
              {' '}
              <Link to={pathTo('editMeeting', { id: meeting.id })}>
                {t('meetingRecord.attendance.addParticipants')}
              </Link>
            </>
          )}
        </Text>
      )}
      {editing && <AttendanceForm meeting={meeting} onDone={close} />}
      {!editing && meeting.attendanceByRegion.length > 0 && (
        <>
          <Title order={3} size="h5" mb="xs">
            {t('meetingPage.attendanceByRegion')}
          </Title>
          <AttendanceByRegion regions={meeting.attendanceByRegion} />
        </>
      )}
    </RecordSection>
  );
}
