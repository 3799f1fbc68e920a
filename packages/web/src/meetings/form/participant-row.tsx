import { Button, Fieldset, Group, NativeSelect, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionOptionGroup } from '../../kit/region-options';
import type { organizationSelectProps } from '../../organizations/use-organizations';
import { attendanceOptions, roleOptions } from '../shared/options';
import type { MeetingFormValues, ParticipantRowValues } from './form-values';

interface ParticipantRowProps {
  form: UseFormReturnType<MeetingFormValues>;
  index: number;
  row: ParticipantRowValues;
  /** "Tamu 2": guests have no name until one is typed, so they are counted instead. */
  guestNumber: number;
  /** Built once for all rows: a long attendance list has dozens of office pickers. */
  officeSelect: ReturnType<typeof organizationSelectProps>;
  regionGroups: RegionOptionGroup[];
  focusOnMount: boolean;
  onRemove: () => void;
}

/** Row problems that have no input of their own (an unknown person id, a person's implied office). */
function rowLevelErrors(
  form: UseFormReturnType<MeetingFormValues>,
  index: number,
  row: ParticipantRowValues,
) {
  const fields = row.kind === 'person' ? ['personId', 'organizationId', 'regionCode'] : ['personId'];
  return fields.flatMap((field) => {
    const error = form.errors[`participants.${index}.${field}`];
    return error ? [error] : [];
  });
}

export function ParticipantRow(props: ParticipantRowProps) {
  const { form, index, row, guestNumber, officeSelect, regionGroups, focusOnMount, onRemove } = props;
  const { t } = useTranslation();
  const firstInput = useRef<HTMLInputElement>(null);
  const path = (field: keyof ParticipantRowValues) => `participants.${index}.${field}` as const;
  const legend = row.kind === 'person' ? row.personName : t('participants.guestLegend', { n: guestNumber });
  const displayName = row.kind === 'person' ? row.personName : row.guestName.trim() || legend;

  useEffect(() => {
    if (focusOnMount) firstInput.current?.focus();
  }, [focusOnMount]);

  const roleAndAttendance = (
    <>
      <NativeSelect
        label={t('participants.role')}
        data={roleOptions(t)}
        style={{ flex: '1 1 190px' }}
        {...form.getInputProps(path('role'))}
      />
      <NativeSelect
        label={t('participants.attendance')}
        data={attendanceOptions(t)}
        style={{ flex: '1 1 150px' }}
        {...form.getInputProps(path('attendance'))}
      />
      <Button
        variant="subtle"
        color="red"
        onClick={onRemove}
        aria-label={t('participants.removeNamed', { name: displayName })}
      >
        {t('participants.remove')}
      </Button>
    </>
  );

  return (
    <Fieldset legend={legend} variant="default" p="sm" className="tindak-wrap">
      {row.kind === 'person' ? (
        // A known person needs only a role and attendance: one line on a wide screen.
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Text size="sm" c="dimmed" style={{ flex: '999 1 240px' }}>
            {[row.personPosition, row.personOffice].filter(Boolean).join(' · ') || t('common.dash')}
          </Text>
          {roleAndAttendance}
        </Group>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" mb="sm">
            <TextInput
              ref={firstInput}
              label={t('participants.guestName')}
              required
              {...form.getInputProps(path('guestName'))}
            />
            <TextInput
              label={t('participants.guestPosition')}
              {...form.getInputProps(path('guestPosition'))}
            />
            <Select
              label={t('participants.guestOffice')}
              searchable
              clearable
              nothingFoundMessage={t('form.noOfficeMatches')}
              {...officeSelect}
              {...form.getInputProps(path('organizationId'))}
            />
            <Select
              label={t('participants.guestRegion')}
              data={regionGroups}
              searchable
              clearable
              nothingFoundMessage={t('common.dash')}
              {...form.getInputProps(path('regionCode'))}
            />
          </SimpleGrid>
          <Group align="flex-end" gap="sm" wrap="wrap" maw={620} ml="auto">
            {roleAndAttendance}
          </Group>
        </>
      )}
      {rowLevelErrors(form, index, row).map((error) => (
        <Text key={String(error)} size="sm" c="red" mt="xs" role="alert">
          {error}
        </Text>
      ))}
    </Fieldset>
  );
}
