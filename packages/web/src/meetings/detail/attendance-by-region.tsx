import { Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { attendanceStates, type RegionAttendance } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import './attendance-by-region.css';

/** The table needs 560 px; below Mantine's `sm` (48em) each region is one line of its own. */
const NARROW = '(max-width: 47.99em)';

/**
 * Every regency and city of the meeting's province, present or not (the server decides the
 * province and counts a region's participants together with those beneath it), so the province
 * office sees at a glance who was missing.
 */
export function AttendanceByRegion({ regions }: { regions: RegionAttendance[] }) {
  const { t } = useTranslation();
  const attended = regions.filter((r) => r.attended).map((r) => r.name);
  const missing = regions.filter((r) => !r.attended).map((r) => r.name);
  const narrow = useMediaQuery(NARROW, false, { getInitialValueInEffect: false });

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
      {narrow ? <RegionLines regions={regions} /> : <RegionTable regions={regions} />}
    </Stack>
  );
}

/**
 * On a phone: "Kabupaten Kerinci / Hadir 2 · Diwakilkan 1", one region per line,
 * only the states that happened, so eleven regions fit on a screen without sideways scrolling.
 */
function RegionLines({ regions }: { regions: RegionAttendance[] }) {
  const { t } = useTranslation();
  return (
    <ul
      className="tindak-plain-list tindak-region-attendance"
      aria-label={t('meetingPage.attendanceByRegion')}
    >
      {regions.map((region) => (
        <li key={region.code}>
          <Text size="sm" fw={region.attended ? 600 : 400} className="tindak-wrap">
            {region.name}
          </Text>
          <Text size="sm" c={region.attended ? 'teal.9' : 'dimmed'}>
            {[
              // "Hadir 2" already says they took part; only a region nobody came from says so.
              ...(region.attended ? [] : [t('meetingPage.tookPartNo')]),
              ...attendanceStates
                .filter((state) => region[state] > 0)
                .map((state) => `${t(`attendance.${state}`)} ${region[state]}`),
            ].join(' · ')}
          </Text>
        </li>
      ))}
    </ul>
  );
}

function RegionTable({ regions }: { regions: RegionAttendance[] }) {
  const { t } = useTranslation();
  return (
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
  );
}
