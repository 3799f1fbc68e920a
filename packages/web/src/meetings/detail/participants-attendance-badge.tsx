import { Badge, Text } from '@mantine/core';
import type { Participant } from '@tindak/shared';
import { useTranslation } from 'react-i18next';

const attendanceColor = { present: 'teal', represented: 'blue', absent: 'red', invited: 'gray' } as const;

/** "Hadir" / "Diwakilkan" ... as a coloured badge, with who stood in below it. */
export function ParticipantAttendance({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge variant="light" color={attendanceColor[participant.attendance]} tt="none">
        {t(`attendance.${participant.attendance}`)}
      </Badge>
      {participant.representedBy && (
        <Text size="xs" c="dimmed">
          {t('meetingPage.representedBy', { name: participant.representedBy })}
        </Text>
      )}
    </>
  );
}
