import { Card, Stack, Text, Title } from '@mantine/core';
import type { Participant } from '@tindak/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionGroup } from './group-participants';
import { ParticipantAttendance } from './participants-attendance-badge';
import './participants-cards.css';

/**
 * On a phone the five columns do not fit: one card per participant, grouped under their region,
 * with office, role and attendance written out beside their names instead of scrolled away.
 */
export function ParticipantCards({ groups }: { groups: RegionGroup[] }) {
  return (
    <Stack gap="md">
      {groups.map((group) => (
        <RegionCards key={group.code ?? 'none'} group={group} />
      ))}
    </Stack>
  );
}

function RegionCards({ group }: { group: RegionGroup }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5" id={headingId}>
        {group.name ?? t('common.noRegion')}{' '}
        <Text span c="dimmed" size="sm" fw={400}>
          ({group.participants.length})
        </Text>
      </Title>
      <ul className="tindak-plain-list tindak-participant-cards" aria-labelledby={headingId}>
        {group.participants.map((participant) => (
          <li key={participant.id}>
            <ParticipantCard participant={participant} />
          </li>
        ))}
      </ul>
    </Stack>
  );
}

function ParticipantCard({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm">
      <Text fw={600} className="tindak-wrap">
        {participant.name}
        {participant.kind === 'guest' && (
          <Text span size="xs" c="dimmed" fw={400}>
            {' '}
            ({t('meetingPage.guest')})
          </Text>
        )}
      </Text>
      {participant.position && (
        <Text size="sm" c="dimmed" className="tindak-wrap">
          {participant.position}
        </Text>
      )}
      <dl className="tindak-participant-facts">
        <dt>{t('meetingPage.column.office')}</dt>
        <dd className="tindak-wrap">{participant.organization?.name ?? t('common.dash')}</dd>
        <dt>{t('meetingPage.column.role')}</dt>
        <dd>{t(`participantRole.${participant.role}`)}</dd>
        <dt>{t('meetingPage.column.attendance')}</dt>
        <dd>
          <ParticipantAttendance participant={participant} />
        </dd>
      </dl>
    </Card>
  );
}
