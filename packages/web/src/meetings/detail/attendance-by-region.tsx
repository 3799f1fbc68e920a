import { Stack, Table, Text } from '@mantine/core';
import { attendanceStates, type RegionAttendance } from '@tindak/shared';
import { useTranslation } from 'react-i18next';

/**
 * Every regency and city of the meeting's province, present or not (the server decides the
 * province and counts a region's participants together with those beneath it), so the province
 * office sees at a glance who was missing.
 */
export function AttendanceByRegion({ regions }: { regions: RegionAttendance[] }) {
  const { t } = useTranslation();
  const attended = regions.filter((r) => r.attended).map((r) => r.name);
  const missing = regions.filter((r) => !r.attended).map((r) => r.name);

  return (
    <Stack gap="sm">
      <Text>
        {attended.length > 0
          ? t('meetingPage.regionsPresent', {
              regions: attended.join(', '),
              count: attended.length,
              total: regions.length,
            })
          : t('meetingPage.noRegionPresent')}
      </Text>
      {missing.length > 0 && attended.length > 0 && (
        <Text c="dimmed" size="sm">
          {t('meetingPage.regionsMissing', { regions: missing.join(', ') })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('meetingPage.column.region')}</Table.Th>
              {attendanceStates.map((state) => (
                <Table.Th key={state} ta="right">
                  {t(`attendance.${state}`)}
                </Table.Th>
              ))}
              <Table.Th>{t('meetingPage.column.tookPart')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {regions.map((region) => (
              <Table.Tr key={region.code}>
                <Table.Th scope="row" fw={region.attended ? 600 : 400}>
                  {region.name}
                </Table.Th>
                {attendanceStates.map((state) => (
                  <Table.Td key={state} ta="right">
                    {region[state]}
                  </Table.Td>
                ))}
                <Table.Td c={region.attended ? 'teal.9' : 'dimmed'}>
                  {region.attended ? t('meetingPage.tookPartYes') : t('meetingPage.tookPartNo')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
