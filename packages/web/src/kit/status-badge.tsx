import { Badge } from '@mantine/core';
import { type StatusLabelKey, statusLabel } from '@tindak/shared';
import { useLanguage } from '../i18n/use-language';

type FollowUpStatus = Exclude<StatusLabelKey, 'scheduled' | 'held' | 'postponed'>;

const statusColor: Record<FollowUpStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  under_review: 'violet',
  accepted: 'teal',
  partly_accepted: 'lime',
  rejected: 'red',
  withdrawn: 'gray',
  open: 'blue',
  in_progress: 'violet',
  fulfilled: 'teal',
  not_fulfilled: 'red',
  cancelled: 'gray',
  awaiting_verification: 'yellow',
  done: 'teal',
  blocked: 'orange',
  closed: 'teal',
};

/** A proposal's, commitment's or action item's status, named by the shared labels. */
export function FollowUpStatusBadge({ status }: { status: FollowUpStatus }) {
  const lang = useLanguage();
  return (
    <Badge variant="light" color={statusColor[status]} tt="none" style={{ flexShrink: 0 }}>
      {statusLabel(status, lang)}
    </Badge>
  );
}
