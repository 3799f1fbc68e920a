import { Group, Stack, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { AttendanceState, Person } from '@tindak/shared';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionOptionGroups } from '../../kit/region-options';
import { useRegions } from '../../kit/use-regions';
import { organizationSelectProps, useOrganizations } from '../../organizations/use-organizations';
import { AttendanceImportForForm } from '../attendance-import/import-into-form';
import { guestRow, type MeetingFormValues, type ParticipantRowValues, personRow } from './form-values';
import { type FinderSelection, ParticipantFinder } from './participant-finder';
import { ParticipantRow } from './participant-row';

interface ParticipantsSectionProps {
  form: UseFormReturnType<MeetingFormValues>;
  /** "Impor dari daftar hadir" fills the rows of a meeting not saved yet (a saved one imports on its page). */
  importFromFile?: boolean;
}

/**
 * A meeting that has already started is usually logged from its attendance list, so new rows
 * start as "present"; a meeting still ahead starts them as "invited".
 */
function defaultAttendance(values: MeetingFormValues): AttendanceState {
  if (!values.startDate) return 'present';
  return values.startDate <= new Date().toISOString().slice(0, 10) ? 'present' : 'invited';
}

export function ParticipantsSection({ form, importFromFile = false }: ParticipantsSectionProps) {
  const { t } = useTranslation();
  const { regions } = useRegions();
  const { organizations } = useOrganizations();
  const countRef = useRef<HTMLParagraphElement>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const rows = form.values.participants;
  const addedPersonIds = useMemo(
    () => new Set(rows.flatMap((r) => (r.personId ? [r.personId] : []))),
    [rows],
  );
  const listError = form.errors.participants;
  const officeSelect = useMemo(() => organizationSelectProps(organizations), [organizations]);
  const regionGroups = useMemo(() => regionOptionGroups(regions), [regions]);

  const addPerson = (person: Person) => {
    form.insertListItem('participants', personRow(person, defaultAttendance(form.values)));
  };
  const addGuest = ({ regionCode, organizationId }: FinderSelection) => {
    const row = guestRow(defaultAttendance(form.values), organizationId, regionCode);
    form.insertListItem('participants', row);
    setFocusKey(row.key);
  };
  // Another guest from the same office, right below: a delegation is typed name after name.
  const addGuestFrom = (index: number, from: ParticipantRowValues) => {
    const row = guestRow(from.attendance, from.organizationId, from.regionCode);
    form.insertListItem('participants', row, index + 1);
    setFocusKey(row.key);
  };
  const addImported = (imported: ParticipantRowValues[]) => {
    for (const row of imported) form.insertListItem('participants', row);
  };
  const remove = (index: number) => {
    form.removeListItem('participants', index);
    // The removed button took the focus with it; keep keyboard users in the section.
    countRef.current?.focus();
  };

  let guests = 0;
  return (
    <Stack gap="sm" component="section" aria-labelledby="participants-title">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h3" id="participants-title">
          {t('participants.title')}
        </Title>
        <Text ref={countRef} tabIndex={-1} c="dimmed" aria-live="polite">
          {t('participants.count', { count: rows.length })}
        </Text>
      </Group>
      <ParticipantFinder addedPersonIds={addedPersonIds} onAddPerson={addPerson} onAddGuest={addGuest} />
      {importFromFile && (
        <AttendanceImportForForm
          onRows={addImported}
          listed={rows}
          attendance={defaultAttendance(form.values)}
        />
      )}
      {listError && (
        <Text c="red" size="sm" role="alert">
          {listError}
        </Text>
      )}
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('participants.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {rows.map((row, index) => {
            if (row.kind === 'guest') guests += 1;
            return (
              <ParticipantRow
                key={row.key}
                form={form}
                index={index}
                row={row}
                guestNumber={guests}
                officeSelect={officeSelect}
                offices={organizations}
                regionGroups={regionGroups}
                focusOnMount={row.key === focusKey}
                onRemove={() => remove(index)}
                onAddGuestFromOffice={() => addGuestFrom(index, row)}
              />
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
