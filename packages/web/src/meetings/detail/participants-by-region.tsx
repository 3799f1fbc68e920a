import { Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Participant } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import type { RegionGroup } from './group-participants';
import { ParticipantAttendance } from './participants-attendance-badge';
import { ParticipantCards } from './participants-cards';

/** The table needs 720 px; below Mantine's `sm` (48em) participants are shown as cards. */
const NARROW = '(max-width: 47.99em)';

/** Participants grouped by region: a table on wide screens, cards on a phone. */
export function ParticipantsByRegion({ groups }: { groups: RegionGroup[] }) {
  const narrow = useMediaQuery(NARROW, false, { getInitialValueInEffect: false });
  return narrow ? <ParticipantCards groups={groups} /> : <ParticipantsTable groups={groups} />;
}

/**
 * One table, a row group per region: columns line up across regions, and a long list of
 * one-person regency delegations stays compact.
 */
function ParticipantsTable({ groups }: { groups: RegionGroup[] }) {
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
        <ParticipantAttendance participant={participant} />
      </Table.Td>
    </Table.Tr>
  );
}
