import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { Organization } from '@tindak/shared';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionOptionGroup } from '../../kit/region-options';
import type { organizationSelectProps } from '../../organizations/use-organizations';
import { RegionSelect } from '../../regions/region-select';
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
  /** The same offices, to show an option's region and to fill the region from the office picked. */
  offices: readonly Organization[];
  regionGroups: RegionOptionGroup[];
  focusOnMount: boolean;
  onRemove: () => void;
  /** A new guest row below this one, with the same office and region. */
  onAddGuestFromOffice: () => void;
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
  const { form, index, row, guestNumber, officeSelect, offices, regionGroups, focusOnMount } = props;
  const { onRemove, onAddGuestFromOffice } = props;
  const { t } = useTranslation();
  const firstInput = useRef<HTMLInputElement>(null);
  const path = (field: keyof ParticipantRowValues) => `participants.${index}.${field}` as const;
  const legend = row.kind === 'person' ? row.personName : t('participants.guestLegend', { n: guestNumber });
  const displayName = row.kind === 'person' ? row.personName : row.guestName.trim() || legend;

  useEffect(() => {
    if (focusOnMount) firstInput.current?.focus();
  }, [focusOnMount]);

  const officeById = useMemo(() => new Map(offices.map((o) => [o.id, o])), [offices]);
  const office = row.organizationId ? officeById.get(row.organizationId) : undefined;
  const officeInput = form.getInputProps(path('organizationId'));
  const chooseOffice = (organizationId: string | null) => {
    officeInput.onChange(organizationId);
    // An office belongs to one region: picking it answers "Wilayah" too (still changeable).
    const regionCode = organizationId ? officeById.get(organizationId)?.regionCode : null;
    if (regionCode) {
      form.setFieldValue(path('regionCode'), regionCode);
      form.clearFieldError(path('regionCode'));
    }
  };

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
      {row.attendance === 'represented' && (
        <TextInput
          label={t('meetingRecord.attendance.representedBy')}
          aria-label={t('meetingRecord.attendance.representedByFor', { name: displayName })}
          placeholder={t('meetingRecord.attendance.representedByPlaceholder')}
          required
          style={{ flex: '1 1 200px' }}
          {...form.getInputProps(path('representedBy'))}
        />
      )}
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
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mb="sm">
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
              {...officeInput}
              onChange={chooseOffice}
              // Long official names end in what tells them apart ("… Kabupaten Tanjung Jabung Timur"):
              // the whole name on hover, and every option on two lines with its region.
              title={office?.name}
              description={office?.regionName ?? undefined}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              comboboxProps={{ width: 'target', position: 'bottom-start', middlewares: { size: false } }}
              maxDropdownHeight={320}
              renderOption={({ option }) => {
                const region = officeById.get(option.value)?.regionName;
                return (
                  <Stack gap={0}>
                    <Text size="sm" style={{ whiteSpace: 'normal' }}>
                      {option.label}
                    </Text>
                    {region && (
                      <Text size="xs" c="dimmed">
                        {region}
                      </Text>
                    )}
                  </Stack>
                );
              }}
            />
            <RegionSelect
              label={t('participants.guestRegion')}
              groups={regionGroups}
              clearable
              {...form.getInputProps(path('regionCode'))}
            />
          </SimpleGrid>
          <Group align="flex-end" gap="sm" wrap="wrap" justify="space-between">
            {office ? (
              <Button
                variant="light"
                size="xs"
                onClick={onAddGuestFromOffice}
                aria-label={t('meetingForm.guest.sameOfficeNamed', { office: office.name })}
              >
                {t('meetingForm.guest.sameOffice')}
              </Button>
            ) : (
              <span />
            )}
            <Group align="flex-end" gap="sm" wrap="wrap" maw={620}>
              {roleAndAttendance}
            </Group>
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
