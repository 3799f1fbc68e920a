import { Badge } from '@mantine/core';
import type { MeetingSummary } from '@tindak/shared';
import { useTranslation } from 'react-i18next';

const statusColor = { scheduled: 'gray', held: 'teal', postponed: 'orange', cancelled: 'red' } as const;

interface MeetingStatusBadgeProps {
  status: MeetingSummary['status'];
  /** Lists show only the statuses worth a glance; the meeting page always says where it stands. */
  always?: boolean;
}

export function MeetingStatusBadge({ status, always = false }: MeetingStatusBadgeProps) {
  const { t } = useTranslation();
  if (status === 'scheduled' && !always) return null;
  return (
    <Badge variant="dot" color={statusColor[status]} tt="none">
      {t(`meetingStatus.${status}`)}
    </Badge>
  );
}
