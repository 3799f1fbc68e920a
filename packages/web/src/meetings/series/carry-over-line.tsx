import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { type CarryOverRecord, formatCalendarDate, pathTo, type StatusLabelKey } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n/use-language';
import { FollowUpStatusBadge } from '../../kit/status-badge';

const pageOf = {
  proposal: 'proposal',
  commitment: 'commitment',
  actionItem: 'actionItem',
  directive: 'directive',
} as const;

/** A directive's status is its spread over the offices the reader sees ("8 dari 11 selesai, 2 terlambat"). */
function DirectiveSpreadStatus({ spread }: { spread: NonNullable<CarryOverRecord['spread']> }) {
  const { t } = useTranslation();
  const values = { done: spread.done, total: spread.total, overdue: spread.overdue };
  return (
    <Badge variant="light" color={spread.overdue > 0 ? 'red' : 'gray'} tt="none">
      {spread.overdue > 0 ? t('meetingSeries.spreadOverdue', values) : t('meetingSeries.spread', values)}
    </Badge>
  );
}

/** One record of an earlier meeting: its kind, title (a link), current status, owner and due date. */
export function CarryOverLine({
  record,
  note,
  linked = true,
}: {
  record: CarryOverRecord;
  note?: string | null;
  /** False inside a checkbox's label, which must hold no link of its own. */
  linked?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Group gap="xs" wrap="wrap">
        <Badge variant="outline" color="gray" tt="none">
          {t(`meetingSeries.kind.${record.kind}`)}
        </Badge>
        {record.kind === 'directive' ? (
          record.spread && <DirectiveSpreadStatus spread={record.spread} />
        ) : (
          <FollowUpStatusBadge
            status={record.status as Exclude<StatusLabelKey, 'scheduled' | 'held' | 'postponed'>}
          />
        )}
      </Group>
      {linked ? (
        <Anchor
          component={Link}
          to={pathTo(pageOf[record.kind], { id: record.id })}
          style={{ overflowWrap: 'anywhere' }}
        >
          {record.title}
        </Anchor>
      ) : (
        <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
          {record.title}
        </Text>
      )}
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {[
          record.owner
            ? record.kind === 'directive'
              ? t('meetingSeries.issuedBy', { issuer: record.owner })
              : t('meetingSeries.owner', { owner: record.owner })
            : null,
          record.dueOn ? t('meetingSeries.due', { date: formatCalendarDate(record.dueOn, lang) }) : null,
          record.fromMeeting ? t('meetingSeries.fromMeeting', { title: record.fromMeeting.title }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {note && (
        <Text size="sm" fs="italic">
          {note}
        </Text>
      )}
    </Stack>
  );
}
