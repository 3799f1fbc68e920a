import { Badge, Group, Progress, Text, VisuallyHidden } from '@mantine/core';
import { type ActionItemPriority, type ActionItemStatus, type Health, statusLabel } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';

const statusColor = {
  draft: 'gray',
  open: 'gray',
  in_progress: 'blue',
  awaiting_verification: 'violet',
  blocked: 'orange',
  done: 'teal',
  cancelled: 'dark',
} as const satisfies Record<ActionItemStatus, string>;

export function ActionItemStatusBadge({ status }: { status: ActionItemStatus }) {
  const lang = useLanguage();
  return (
    <Badge variant="dot" color={statusColor[status]} tt="none">
      {statusLabel(status, lang)}
    </Badge>
  );
}

const healthColor = { on_track: 'teal', at_risk: 'yellow', overdue: 'red' } as const satisfies Record<
  Health,
  string
>;
/** A mark besides the colour, so the state reads without colour vision and in greyscale prints. */
const healthMark = { on_track: '✓', at_risk: '!', overdue: '!!' } as const satisfies Record<Health, string>;

/** Nothing for a finished or cancelled item: health only means something while work is open. */
export function HealthBadge({ health }: { health: Health | null }) {
  const { t } = useTranslation();
  if (!health) return null;
  return (
    <Badge
      variant="light"
      color={healthColor[health]}
      tt="none"
      leftSection={<span aria-hidden="true">{healthMark[health]}</span>}
      // Light yellow text is too faint on white; darken it for contrast.
      c={health === 'at_risk' ? 'yellow.9' : undefined}
    >
      {t(`actionItems.health.${health}`)}
    </Badge>
  );
}

const priorityColor = { low: 'gray', normal: 'gray', high: 'orange', urgent: 'red' } as const;

/** `short` drops the visible "Prioritas:" for narrow board cards; screen readers still hear it. */
export function PriorityBadge({
  priority,
  short = false,
}: {
  priority: ActionItemPriority;
  short?: boolean;
}) {
  const { t } = useTranslation();
  const name = t(`actionItems.priority.${priority}`);
  return (
    <Badge variant="outline" color={priorityColor[priority]} tt="none">
      {short ? (
        <>
          <VisuallyHidden>{t('actionItems.priorityLabel', { priority: '' })}</VisuallyHidden>
          {name}
        </>
      ) : (
        t('actionItems.priorityLabel', { priority: name })
      )}
    </Badge>
  );
}

/** A bar with its number beside it: the number is what people read, the bar what they glance at. */
export function ProgressBar({ value, size = 'md' }: { value: number; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  const label = t('actionItems.progressLabel', { value });
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={value}
        size={size === 'sm' ? 'sm' : 'md'}
        color={value >= 100 ? 'teal' : 'indigo'}
        style={{ flex: 1 }}
        aria-label={label}
      />
      <Text size="sm" fw={500} aria-hidden="true" style={{ whiteSpace: 'nowrap' }}>
        {t('actionItems.progressShort', { value })}
      </Text>
    </Group>
  );
}
