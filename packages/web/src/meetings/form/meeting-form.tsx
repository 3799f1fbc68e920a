import {
  Button,
  Checkbox,
  Fieldset,
  Grid,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeetingDetail } from '@tindak/shared';
import { pathTo } from '@tindak/shared';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTRPC } from '../../api/trpc';
import { DateField } from '../../kit/form/date-field';
import { SaveProblemAlert } from '../../kit/form/save-problem-alert';
import { TimeField } from '../../kit/form/time-field';
import { useSaveForm } from '../../kit/form/use-save-form';
import { organizationSelectProps, useOrganizations } from '../../organizations/use-organizations';
import { meetingTypeOptions, timeZoneOptions } from '../shared/options';
import { CountFields } from './count-fields';
import { followUpFormValues } from './follow-up-values';
import {
  detailToFormValues,
  emptyFormValues,
  hasEnded,
  type MeetingFormValues,
  toMeetingFields,
  validateMeetingForm,
} from './form-values';
import { ParticipantsSection } from './participants-section';
import { SeriesFields } from './series-fields';
import { isShownPath, parseMeetingDetail } from './shown-paths';
import { SimilarMeetingsAlert } from './similar-meetings-alert';
import { useFindSimilarMeetings, useSimilarMeetings } from './use-similar-meetings';

/** The ids of a list of meetings, as one value to compare. */
/** Twelfths of the row: date and time share a line on a phone, all four on a wide screen. */
const dateSpan = { base: 7, sm: 4 };
const timeSpan = { base: 5, sm: 2 };

const idsOf = (meetings: { id: string }[]) => meetings.map((m) => m.id).join(' ');

interface MeetingFormProps {
  /** The meeting being edited; absent when logging a new one. */
  meeting?: MeetingDetail;
  /** The meeting a new one follows ("Catat rapat lanjutan"): its type, host and title carry on. */
  follows?: MeetingDetail;
}

/** Logs a new meeting or edits one; the same fields, the same shared schema, two procedures. */
export function MeetingForm({ meeting, follows }: MeetingFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { organizations } = useOrganizations();
  const hostSelect = useMemo(() => organizationSelectProps(organizations), [organizations]);
  const create = useMutation(trpc.meetings.create.mutationOptions());
  const update = useMutation(trpc.meetings.update.mutationOptions());
  // The similar meetings the person was warned about and chose to save beside ("Tetap simpan").
  const [warned, setWarned] = useState<string | null>(null);
  const keptBeside = useRef<string | null>(null);
  const findSimilar = useFindSimilarMeetings();

  const { form, feedback, formProps, submitting, reload } = useSaveForm<MeetingFormValues, MeetingDetail>({
    initialValues: meeting
      ? detailToFormValues(meeting)
      : follows
        ? followUpFormValues(follows)
        : emptyFormValues(),
    validate: validateMeetingForm,
    isShown: isShownPath,
    parseCurrent: parseMeetingDetail,
    version: meeting?.version,
    versionOf: (saved) => saved.version,
    valuesOf: detailToFormValues,
    // A new meeting that looks like one already recorded is saved only once the person says so.
    shouldSave: async (values) => {
      const found = meeting ? [] : await findSimilar(values);
      const ids = idsOf(found);
      const ask = ids !== '' && ids !== keptBeside.current;
      setWarned(ask ? ids : null);
      return !ask;
    },
    save: (values, { idempotencyKey, version }) => {
      const fields = toMeetingFields(values);
      return meeting
        ? update.mutateAsync({ ...fields, id: meeting.id, version })
        : create.mutateAsync({ ...fields, idempotencyKey, held: hasEnded(values) && values.held });
    },
    onSaved: (saved) => {
      queryClient.setQueryData(trpc.meetings.get.queryKey({ id: saved.id }), saved);
      void queryClient.invalidateQueries({ queryKey: trpc.meetings.list.pathKey() });
      notifications.show({ color: 'teal', message: meeting ? t('form.updated') : t('form.created') });
      navigate(pathTo('meeting', { id: saved.id }));
    },
    onReload: (current) => queryClient.setQueryData(trpc.meetings.get.queryKey({ id: current.id }), current),
  });

  const similar = useSimilarMeetings(form.values, !meeting);
  const { endDate, endTime, timeZone } = form.values;
  // Recomputed when the end changes, not on every keystroke elsewhere in a long form.
  const endedAlready = useMemo(
    () => !meeting && hasEnded({ ...emptyFormValues(), endDate, endTime, timeZone }),
    [meeting, endDate, endTime, timeZone],
  );

  const setDateTime = (field: 'startDate' | 'startTime' | 'endDate' | 'endTime', value: string) => {
    form.setFieldValue(field, value);
    form.clearFieldError(field.startsWith('start') ? 'startsAt' : 'endsAt');
  };

  return (
    <form {...formProps}>
      <Stack gap="lg">
        <Fieldset legend={t('form.sectionAbout')}>
          <Stack gap="sm">
            <NativeSelect
              label={t('form.type')}
              required
              data={[
                { value: '', label: t('form.typePlaceholder'), disabled: true },
                ...meetingTypeOptions(t),
              ]}
              {...form.getInputProps('type')}
            />
            <TextInput
              label={t('form.title')}
              placeholder={t('form.titlePlaceholder')}
              required
              {...form.getInputProps('title')}
            />
            <Select
              label={t('form.host')}
              placeholder={t('form.hostPlaceholder')}
              required
              {...hostSelect}
              searchable
              clearable
              nothingFoundMessage={t('form.noOfficeMatches')}
              {...form.getInputProps('hostOrganizationId')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.sectionWhen')}>
          <Stack gap="sm">
            {/* A date needs more room than a time: on a phone "03/11/2025" keeps clear of its calendar button. */}
            <Grid gap="sm">
              <Grid.Col span={dateSpan}>
                <DateField
                  label={t('form.startDate')}
                  required
                  value={form.values.startDate}
                  onChange={(value) => setDateTime('startDate', value)}
                  error={form.errors.startsAt}
                />
              </Grid.Col>
              <Grid.Col span={timeSpan}>
                <TimeField
                  label={t('form.startTime')}
                  required
                  value={form.values.startTime}
                  onChange={(value) => setDateTime('startTime', value)}
                  error={Boolean(form.errors.startsAt)}
                />
              </Grid.Col>
              <Grid.Col span={dateSpan}>
                <DateField
                  label={t('form.endDate')}
                  required
                  value={form.values.endDate}
                  minDate={form.values.startDate}
                  onChange={(value) => setDateTime('endDate', value)}
                  onFocus={(event) => {
                    // Most meetings end the day they start; save retyping the date. Selected, so
                    // typing another date replaces it.
                    if (form.values.endDate || !form.values.startDate) return;
                    form.setFieldValue('endDate', form.values.startDate);
                    const field = event.currentTarget;
                    requestAnimationFrame(() => field.select());
                  }}
                  error={form.errors.endsAt}
                />
              </Grid.Col>
              <Grid.Col span={timeSpan}>
                <TimeField
                  label={t('form.endTime')}
                  required
                  value={form.values.endTime}
                  onChange={(value) => setDateTime('endTime', value)}
                  error={Boolean(form.errors.endsAt)}
                />
              </Grid.Col>
            </Grid>
            <NativeSelect
              label={t('form.timeZone')}
              data={timeZoneOptions(t, form.values.timeZone)}
              {...form.getInputProps('timeZone')}
            />
            {endedAlready && (
              <Checkbox
                label={t('meetingForm.held')}
                description={t('meetingForm.heldHint')}
                {...form.getInputProps('held', { type: 'checkbox' })}
              />
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.sectionWhere')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('form.place')}
              placeholder={t('form.placePlaceholder')}
              description={t('form.placeHint')}
              {...form.getInputProps('place')}
            />
            <TextInput
              type="url"
              label={t('form.onlineUrl')}
              placeholder={t('form.onlineUrlPlaceholder')}
              description={t('form.onlineUrlHint')}
              {...form.getInputProps('onlineUrl')}
            />
          </SimpleGrid>
        </Fieldset>

        <SeriesFields form={form} meetingId={meeting?.id} known={follows} />

        <Textarea
          label={t('form.summary')}
          placeholder={t('form.summaryPlaceholder')}
          autosize
          minRows={4}
          maxRows={16}
          {...form.getInputProps('summary')}
        />

        <CountFields
          values={form.values}
          training={form.values.type === 'pelatihan'}
          onChange={(field, value) => form.setFieldValue(field, value)}
          errors={form.errors}
        />

        <ParticipantsSection form={form} importFromFile={!meeting} />

        {warned !== null && warned === idsOf(similar) && (
          <SimilarMeetingsAlert
            meetings={similar}
            onKeepSaving={() => {
              keptBeside.current = warned;
            }}
          />
        )}

        <SaveProblemAlert
          feedback={feedback}
          notSavedTitle={t('form.notSaved')}
          conflictTitle={t('form.conflictTitle')}
          onReload={reload}
        />

        <Group justify="flex-end" gap="sm">
          <Button
            component={Link}
            to={meeting ? pathTo('meeting', { id: meeting.id }) : pathTo('meetings')}
            variant="default"
          >
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {meeting ? t('form.saveChanges') : t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
