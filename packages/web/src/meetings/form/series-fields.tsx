import { Alert, Checkbox, Fieldset, Select, Skeleton, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { type CarryOverRecord, formatDate, type MeetingSummary } from '@tindak/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useLanguage } from '../../i18n/use-language';
import { CarryOverLine } from '../series/carry-over-line';
import { carryOverKey, type MeetingFormValues } from './form-values';

interface SeriesFieldsProps {
  form: UseFormReturnType<MeetingFormValues>;
  /** The meeting being edited (not a meeting it can follow; its section is kept as it is). */
  meetingId?: string;
  /** A meeting to offer even if it is not among the latest (the one "Catat rapat lanjutan" came from). */
  known?: Pick<MeetingSummary, 'id' | 'title' | 'startsAt' | 'timeZone'>;
}

/** How many recent meetings the picker offers; the search narrows them by title. */
const PICKER_LIMIT = 100;

/**
 * "Rapat lanjutan dari" and, once an earlier meeting is chosen, the checklist "Tindak lanjut rapat
 * sebelumnya": the open records of that meeting and the ones before it, all checked at first.
 */
export function SeriesFields({ form, meetingId, known }: SeriesFieldsProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  // Asked for when the picker opens: most meetings are logged without a series.
  const [pickerOpened, setPickerOpened] = useState(false);
  const recent = useQuery({
    ...trpc.meetings.list.queryOptions({ limit: PICKER_LIMIT }),
    enabled: pickerOpened,
  });
  // A meeting being edited: the meeting it follows (for the picker) and the section it has.
  const series = useQuery({
    ...trpc.meetingSeries.get.queryOptions({ meetingId: meetingId ?? '' }),
    enabled: Boolean(meetingId),
  });
  const previous = series.data?.previous;
  const options = useMemo(() => {
    const meetings = [
      ...(known ? [known] : []),
      ...(previous ? [previous] : []),
      ...(recent.data?.items ?? []),
    ];
    const seen = new Set<string>();
    return meetings.flatMap((m) => {
      if (seen.has(m.id) || m.id === meetingId) return [];
      seen.add(m.id);
      return [{ value: m.id, label: `${m.title} · ${formatDate(m.startsAt, lang, m.timeZone)}` }];
    });
  }, [known, previous, recent.data, meetingId, lang]);
  const follows = form.values.followsMeetingId;
  return (
    <Fieldset legend={t('meetingSeries.form.legend')}>
      <Stack gap="sm">
        <Select
          label={t('meetingSeries.form.follows')}
          placeholder={t('meetingSeries.form.followsPlaceholder')}
          description={t('meetingSeries.form.followsHint')}
          data={options}
          searchable
          clearable
          nothingFoundMessage={t('meetingSeries.form.noEarlier')}
          onDropdownOpen={() => setPickerOpened(true)}
          value={follows}
          onChange={(value) => {
            form.setFieldValue('followsMeetingId', value);
            // Another earlier meeting offers other records: the new list starts all checked.
            form.setFieldValue('carryOverKeys', null);
            form.clearFieldError('followsMeetingId');
          }}
          error={form.errors.followsMeetingId}
        />
        {follows && (!meetingId || series.data) && (
          <CarryOverChecklist
            form={form}
            followsMeetingId={follows}
            meetingId={meetingId}
            kept={meetingId ? series.data?.carryOver.map(carryOverKey) : undefined}
          />
        )}
      </Stack>
    </Fieldset>
  );
}

function CarryOverChecklist({
  form,
  followsMeetingId,
  meetingId,
  kept,
}: {
  form: UseFormReturnType<MeetingFormValues>;
  followsMeetingId: string;
  meetingId?: string | undefined;
  /** What the meeting being edited carries now; undefined for a new meeting (all start checked). */
  kept?: string[] | undefined;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const candidates = useQuery(
    trpc.meetingSeries.carryOverCandidates.queryOptions({
      followsMeetingId,
      ...(meetingId ? { meetingId } : {}),
    }),
  );
  const items: CarryOverRecord[] = candidates.data?.items ?? [];
  const keys = form.values.carryOverKeys;
  const ready = Boolean(candidates.data);
  // A meeting being edited starts from the section it has (if it still follows the same meeting);
  // a new one from every open record.
  useEffect(() => {
    if (!ready || keys !== null) return;
    const all = items.map(carryOverKey);
    form.setFieldValue('carryOverKeys', kept ? all.filter((k) => kept.includes(k)) : all);
  }, [ready, keys, items, kept, form]);

  if (candidates.isError) {
    return <Alert color="red">{t('meetingSeries.form.candidatesError')}</Alert>;
  }
  if (!ready || keys === null) return <Skeleton height={60} />;
  const error =
    form.errors.carryOver ??
    Object.entries(form.errors).find(([path]) => path.startsWith('carryOver.'))?.[1] ??
    undefined;
  return (
    <Checkbox.Group
      label={t('meetingSeries.form.checklist')}
      description={t('meetingSeries.form.checklistHint')}
      value={keys}
      onChange={(checked) => {
        // Kept in the order offered, which is the agenda's order.
        const order = items.map(carryOverKey);
        form.setFieldValue(
          'carryOverKeys',
          order.filter((k) => checked.includes(k)),
        );
      }}
      error={error}
    >
      {items.length === 0 ? (
        <Text c="dimmed" size="sm" mt="xs">
          {t('meetingSeries.form.noCandidates')}
        </Text>
      ) : (
        <Stack gap="sm" mt="xs">
          {items.map((record) => (
            <Checkbox
              key={carryOverKey(record)}
              value={carryOverKey(record)}
              label={<CarryOverLine record={record} linked={false} />}
            />
          ))}
        </Stack>
      )}
    </Checkbox.Group>
  );
}
