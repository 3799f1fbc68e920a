import { Badge, Stack, Table, Text } from '@mantine/core';
import type { AttendancePreview, AttendanceRow, AttendanceRowOutcome } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { RowChoices } from './row-choices';
import type { ChoicePatch } from './use-import-preview';

const badgeColor: Record<AttendanceRowOutcome, string> = {
  match: 'teal',
  new: 'blue',
  duplicate: 'gray',
  error: 'red',
};

const matchedByKey = {
  nip: 'attendanceImport.matchedByNip',
  nameAndOffice: 'attendanceImport.matchedByName',
  choice: 'attendanceImport.matchedByChoice',
} as const;

function RowResult({ row }: { row: AttendanceRow }) {
  const { t } = useTranslation();
  let detail: string | null = row.reason;
  if (row.outcome === 'match' && row.person) {
    detail = t(matchedByKey[row.matchedBy ?? 'nameAndOffice'], { name: row.person.fullName });
  }
  if (row.outcome === 'new') {
    detail = t(
      row.officeStatus === 'created'
        ? 'attendanceImport.officeCreated'
        : row.officeStatus === 'existing'
          ? 'attendanceImport.officeExisting'
          : 'attendanceImport.officeNone',
    );
  }
  return (
    <Stack gap={2}>
      <Badge color={badgeColor[row.outcome]} variant="light" style={{ alignSelf: 'flex-start' }}>
        {t(`attendanceImport.outcome.${row.outcome}`)}
      </Badge>
      {detail && (
        <Text size="xs" c={row.outcome === 'error' ? 'red.8' : 'dimmed'}>
          {detail}
        </Text>
      )}
    </Stack>
  );
}

interface ImportPreviewTableProps {
  preview: AttendancePreview;
  onChoose: (rowNumber: number, patch: ChoicePatch) => void;
  busy: boolean;
}

/** The preview row by row: what the list says, what the import recognised, and the choice to correct it. */
export function ImportPreviewTable({ preview, onChoose, busy }: ImportPreviewTableProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" fw={500}>
        {t('attendanceImport.counts', preview.counts)}
      </Text>
      <Table.ScrollContainer minWidth={320}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('attendanceImport.row')}</Table.Th>
              <Table.Th scope="col">{t('attendanceImport.name')}</Table.Th>
              <Table.Th scope="col">{t('attendanceImport.office')}</Table.Th>
              <Table.Th scope="col">{t('attendanceImport.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((row) => (
              <Table.Tr key={row.rowNumber}>
                <Table.Td>{row.rowNumber}</Table.Td>
                <Table.Td className="tindak-wrap">
                  {row.name || '—'}
                  {row.position && (
                    <Text size="xs" c="dimmed">
                      {row.position}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className="tindak-wrap">
                  {row.office || '—'}
                  {row.organization && row.organization.name !== row.office && (
                    <Text size="xs" c="dimmed">
                      {t('attendanceImport.officeLinked', { name: row.organization.name })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={6}>
                    <RowResult row={row} />
                    <RowChoices
                      row={row}
                      disabled={busy}
                      onChoose={(patch) => onChoose(row.rowNumber, patch)}
                    />
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
