import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeetingDetail } from '@tindak/shared';
import { pathTo } from '@tindak/shared';
import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTRPC } from '../../api/trpc';
import { useLanguage } from '../../i18n/use-language';
import { newUuid } from '../../lib/uuid';
import { organizationSelectProps, useOrganizations } from '../../organizations/use-organizations';
import { meetingTypeOptions, timeZoneOptions } from '../shared/options';
import {
  detailToFormValues,
  emptyFormValues,
  type MeetingFormValues,
  toMeetingFields,
  validateMeetingForm,
} from './form-values';
import { ParticipantsSection } from './participants-section';
import { type FormProblem, placeServerError } from './server-errors';

interface MeetingFormProps {
  /** The meeting being edited; absent when logging a new one. */
  meeting?: MeetingDetail;
}

/** Logs a new meeting or edits one; the same fields, the same shared schema, two procedures. */
export function MeetingForm({ meeting }: MeetingFormProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { organizations } = useOrganizations();
  const hostSelect = useMemo(() => organizationSelectProps(organizations), [organizations]);
  // One key per opened form: a retried or double-clicked save still creates a single meeting.
  const [idempotencyKey] = useState(newUuid);
  const [version, setVersion] = useState(meeting?.version ?? 0);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [focusTarget, setFocusTarget] = useState<'field' | 'alert' | null>(null);

  const form = useForm<MeetingFormValues>({
    mode: 'controlled',
    initialValues: meeting ? detailToFormValues(meeting) : emptyFormValues(),
    validate: (values) => validateMeetingForm(values, lang),
  });
  // Messages from the shared schema are produced in the current language; redo them after a switch
  // (only the language triggers this, not every keystroke).
  const [clientChecked, setClientChecked] = useState(false);
  useEffect(() => {
    if (clientChecked) form.validate();
  }, [lang]);
  const create = useMutation(trpc.meetings.create.mutationOptions());
  const update = useMutation(trpc.meetings.update.mutationOptions());

  // After a failed save, take keyboard and screen-reader users to what needs fixing.
  useEffect(() => {
    if (!focusTarget) return;
    const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (focusTarget === 'field' && field) field.focus();
    else alertRef.current?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const save = async (values: MeetingFormValues) => {
    setClientChecked(false);
    setProblem(null);
    setNotice(null);
    const fields = toMeetingFields(values);
    try {
      const saved = meeting
        ? await update.mutateAsync({ ...fields, id: meeting.id, version })
        : await create.mutateAsync({ ...fields, idempotencyKey });
      queryClient.setQueryData(trpc.meetings.get.queryKey({ id: saved.id }), saved);
      void queryClient.invalidateQueries({ queryKey: trpc.meetings.list.pathKey() });
      notifications.show({ color: 'teal', message: meeting ? t('form.updated') : t('form.created') });
      navigate(pathTo('meeting', { id: saved.id }));
    } catch (error) {
      const placed = placeServerError(error, values, t('common.networkError'));
      form.setErrors(placed.fieldErrors);
      setProblem(placed.problem);
      setFocusTarget(placed.problem.kind === 'fields' ? 'field' : 'alert');
    }
  };

  const loadLatest = (current: MeetingDetail) => {
    form.setValues(detailToFormValues(current));
    form.clearErrors();
    setVersion(current.version);
    queryClient.setQueryData(trpc.meetings.get.queryKey({ id: current.id }), current);
    setProblem(null);
    setNotice(t('form.conflictLoaded'));
  };

  const setDateTime = (field: 'startDate' | 'startTime' | 'endDate' | 'endTime', value: string) => {
    form.setFieldValue(field, value);
    form.clearFieldError(field.startsWith('start') ? 'startsAt' : 'endsAt');
  };

  const submitting = form.submitting || create.isPending || update.isPending;

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={form.onSubmit(save, () => {
        setClientChecked(true);
        setProblem({ kind: 'fields' });
        setFocusTarget('field');
      })}
    >
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
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
              <TextInput
                type="date"
                label={t('form.startDate')}
                required
                value={form.values.startDate}
                onChange={(event) => setDateTime('startDate', event.currentTarget.value)}
                error={form.errors.startsAt}
              />
              <TextInput
                type="time"
                label={t('form.startTime')}
                required
                value={form.values.startTime}
                onChange={(event) => setDateTime('startTime', event.currentTarget.value)}
                error={Boolean(form.errors.startsAt)}
              />
              <TextInput
                type="date"
                label={t('form.endDate')}
                required
                value={form.values.endDate}
                min={form.values.startDate || undefined}
                onChange={(event) => setDateTime('endDate', event.currentTarget.value)}
                onFocus={() => {
                  // Most meetings end the day they start; save retyping the date.
                  if (!form.values.endDate && form.values.startDate)
                    form.setFieldValue('endDate', form.values.startDate);
                }}
                error={form.errors.endsAt}
              />
              <TextInput
                type="time"
                label={t('form.endTime')}
                required
                value={form.values.endTime}
                onChange={(event) => setDateTime('endTime', event.currentTarget.value)}
                error={Boolean(form.errors.endsAt)}
              />
            </SimpleGrid>
            <NativeSelect
              label={t('form.timeZone')}
              data={timeZoneOptions(t, form.values.timeZone)}
              {...form.getInputProps('timeZone')}
            />
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

        <Textarea
          label={t('form.summary')}
          placeholder={t('form.summaryPlaceholder')}
          autosize
          minRows={4}
          maxRows={16}
          {...form.getInputProps('summary')}
        />

        <ParticipantsSection form={form} />

        <FormProblemAlert problem={problem} notice={notice} alertRef={alertRef} onLoadLatest={loadLatest} />

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

interface FormProblemAlertProps {
  problem: FormProblem | null;
  notice: string | null;
  alertRef: RefObject<HTMLDivElement | null>;
  onLoadLatest: (current: MeetingDetail) => void;
}

function FormProblemAlert({ problem, notice, alertRef, onLoadLatest }: FormProblemAlertProps) {
  const { t } = useTranslation();
  if (!problem && !notice) return null;
  if (!problem) {
    return (
      <Alert ref={alertRef} tabIndex={-1} color="blue" role="status">
        {notice}
      </Alert>
    );
  }
  if (problem.kind === 'conflict') {
    const { current } = problem;
    return (
      <Alert ref={alertRef} tabIndex={-1} color="orange" title={t('form.conflictTitle')} role="alert">
        <Stack gap="sm" align="flex-start">
          <span>{problem.message}</span>
          {current && (
            <Button variant="white" color="orange" onClick={() => onLoadLatest(current)}>
              {t('form.conflictLoad')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert ref={alertRef} tabIndex={-1} color="red" title={t('form.notSaved')} role="alert">
      {problem.kind === 'fields' ? (problem.message ?? t('form.fixErrors')) : problem.message}
    </Alert>
  );
}
