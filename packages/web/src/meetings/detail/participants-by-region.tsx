import { Badge, Table, Text } from '@mantine/core';
import type { Participant } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import type { RegionGroup } from './group-participants';

const attendanceColor = { present: 'teal', represented: 'blue', absent: 'red', invited: 'gray' } as const;

/**
 * One table, a row group per region: columns line up across regions, and a long list of
 * one-person regency delegations stays compact.
 */
export function ParticipantsByRegion({ groups }: { groups: RegionGroup[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('meetingPage.column.name')}</Table.Th>
            <Table.Th>{t('meetingPage.column.position')}</Table.Th>
            <Table.Th>{t('meetingPage.column.office')}</Table.Th>
            <Table.Th>{t('meetingPage.column.role')}</Table.Th>
            <Table.Th>{t('meetingPage.column.attendance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {groups.map((group) => {
          const name = group.name ?? t('common.noRegion');
          return (
            <Table.Tbody key={group.code ?? 'none'} aria-label={name}>
              <Table.Tr bg="var(--mantine-color-gray-0)">
                <Table.Th colSpan={5} scope="colgroup">
                  {name}{' '}
                  <Text span c="dimmed" size="sm" fw={400}>
                    ({group.participants.length})
                  </Text>
                </Table.Th>
              </Table.Tr>
              {group.participants.map((participant) => (
                <ParticipantRow key={participant.id} participant={participant} />
              ))}
            </Table.Tbody>
          );
        })}
      </Table>
    </Table.ScrollContainer>
  );
}

function ParticipantRow({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td>
        {participant.name}
        {participant.kind === 'guest' && (
          <Text span size="xs" c="dimmed">
            {' '}
            ({t('meetingPage.guest')})
          </Text>
        )}
      </Table.Td>
      <Table.Td>{participant.position ?? t('common.dash')}</Table.Td>
      <Table.Td>{participant.organization?.name ?? t('common.dash')}</Table.Td>
      <Table.Td>{t(`participantRole.${participant.role}`)}</Table.Td>
      <Table.Td>
        <Badge variant="light" color={attendanceColor[participant.attendance]} tt="none">
          {t(`attendance.${participant.attendance}`)}
        </Badge>
        {participant.representedBy && (
          <Text size="xs" c="dimmed">
            {t('meetingPage.representedBy', { name: participant.representedBy })}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
