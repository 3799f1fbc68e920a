import { NativeSelect, Stack, Text } from '@mantine/core';
import type { AttendanceOfficeRef, AttendanceRow } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import type { ChoicePatch } from './use-import-preview';

const NEW = 'new';

interface RowChoicesProps {
  row: AttendanceRow;
  onChoose: (patch: ChoicePatch) => void;
  disabled: boolean;
}

/**
 * "Cocokkan dengan…": for a row the import was not sure about, the offices it may mean (and the
 * people of those offices with the row's name), or "buat baru". Shown only when there is a choice.
 */
export function RowChoices({ row, onChoose, disabled }: RowChoicesProps) {
  const { t } = useTranslation();
  if (row.outcome === 'error' || row.outcome === 'duplicate') return null;
  const offices: AttendanceOfficeRef[] = [
    ...(row.organization ? [row.organization] : []),
    ...row.officeSuggestions,
  ];
  // Recognised under another name ("Diskominfo Kab. Bungo"): the person may still say "buat baru".
  const recognised = row.organization !== null && row.organization.name !== row.office;
  const showOffices = row.officeSuggestions.length > 0 || recognised;
  const people = [
    ...(row.person ? [{ id: row.person.id, fullName: row.person.fullName, officeName: null }] : []),
    ...row.personSuggestions.filter((p) => p.id !== row.person?.id),
  ];
  const officeLabel = (o: AttendanceOfficeRef) =>
    o.regionName ? t('attendanceImport.officeOption', { name: o.name, region: o.regionName }) : o.name;

  return (
    <Stack gap={4}>
      {row.officeSuggestions.length > 0 && !row.organization && (
        <Text size="xs" c="orange.9">
          {t('attendanceImport.suggestionsHint')}
        </Text>
      )}
      {showOffices && (
        <NativeSelect
          size="xs"
          label={t('attendanceImport.matchOffice', { row: row.rowNumber })}
          value={row.organization?.id ?? NEW}
          disabled={disabled}
          onChange={(event) => onChoose({ organizationId: event.currentTarget.value })}
          data={[
            ...offices.map((o) => ({ value: o.id, label: officeLabel(o) })),
            { value: NEW, label: t('attendanceImport.createOffice') },
          ]}
        />
      )}
      {row.personSuggestions.length > 0 && (
        <NativeSelect
          size="xs"
          label={t('attendanceImport.matchPerson', { row: row.rowNumber })}
          value={row.person?.id ?? NEW}
          disabled={disabled}
          onChange={(event) => onChoose({ personId: event.currentTarget.value })}
          data={[
            ...people.map((p) => ({
              value: p.id,
              label: p.officeName
                ? t('attendanceImport.personOption', { name: p.fullName, office: p.officeName })
                : p.fullName,
            })),
            { value: NEW, label: t('attendanceImport.createPerson') },
          ]}
        />
      )}
    </Stack>
  );
}
