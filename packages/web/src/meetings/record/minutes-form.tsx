import { Button, Fieldset, Group, Stack, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeetingDetail } from '@tindak/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { FormButtons } from '../../kit/form/form-buttons';
import { SaveProblemAlert } from '../../kit/form/save-problem-alert';
import { useSaveForm } from '../../kit/form/use-save-form';
import { parseMeetingDetail } from '../form/shown-paths';
import { Markdown } from './markdown';
import {
  emptyAgendaRow,
  isMinutesPath,
  type MinutesFormValues,
  minutesFormValues,
  toMinutesInput,
  validateMinutes,
} from './minutes-values';

interface MinutesFormProps {
  meeting: MeetingDetail;
  onDone: () => void;
}

/** Agenda rows (add, remove, reorder) and the minutes in Markdown with a preview; one save. */
export function MinutesForm({ meeting, onDone }: MinutesFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.meetings.saveMinutes.mutationOptions());
  const [tab, setTab] = useState<string | null>('write');
  // After a move or removal, where the keyboard focus should land (the moved row's same button).
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const rowsRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  const { form, feedback, formProps, submitting, reload } = useSaveForm<MinutesFormValues, MeetingDetail>({
    initialValues: minutesFormValues(meeting),
    validate: (values, lang) => validateMinutes(values, meeting, lang),
    isShown: isMinutesPath,
    parseCurrent: parseMeetingDetail,
    version: meeting.version,
    versionOf: (saved) => saved.version,
    save: (values, { version }) => save.mutateAsync(toMinutesInput(values, { id: meeting.id, version })),
    onSaved: (saved) => {
      queryClient.setQueryData(trpc.meetings.get.queryKey({ id: saved.id }), saved);
      notifications.show({ color: 'teal', message: t('meetingRecord.minutes.saved') });
      onDone();
    },
    // The other person's version shows behind the form; what was typed here stays to be saved over it.
    onReload: (current) => queryClient.setQueryData(trpc.meetings.get.queryKey({ id: current.id }), current),
    onFieldErrors: (errors) => {
      if (errors.minutes) setTab('write');
    },
    onInvalid: (errors) => {
      if (errors.minutes) setTab('write');
    },
  });

  useEffect(() => {
    if (!focusAfter) return;
    rowsRef.current?.querySelector<HTMLElement>(`[data-focus-key="${focusAfter}"]`)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const move = (index: number, by: -1 | 1) => {
    const row = form.values.agenda[index];
    if (!row) return;
    form.reorderListItem('agenda', { from: index, to: index + by });
    form.clearErrors();
    const atEdge = index + by === 0 || index + by === form.values.agenda.length - 1;
    // At the top or bottom the button pressed is disabled; the other direction keeps the focus.
    setFocusAfter(`${row.key}-${atEdge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}`);
  };

  const remove = (index: number) => {
    form.removeListItem('agenda', index);
    form.clearErrors();
    addRef.current?.focus();
  };

  const add = () => {
    const row = emptyAgendaRow();
    form.insertListItem('agenda', row);
    setFocusAfter(`${row.key}-title`);
  };

  const rows = form.values.agenda;

  return (
    <form {...formProps} aria-labelledby="minutes-form-title">
      <Stack gap="md">
        <Title order={3} size="h4" id="minutes-form-title">
          {t('meetingRecord.minutes.formTitle')}
        </Title>
        <Stack gap="xs" ref={rowsRef}>
          <Text fw={600}>{t('meetingRecord.minutes.agenda')}</Text>
          {rows.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('meetingRecord.minutes.agendaEmptyForm')}
            </Text>
          )}
          {form.errors.agenda && (
            <Text size="sm" c="red" role="alert">
              {form.errors.agenda}
            </Text>
          )}
          {rows.map((row, index) => {
            const n = index + 1;
            return (
              <Fieldset key={row.key} legend={t('meetingRecord.minutes.agendaItem', { n })} p="sm">
                <Stack gap="xs">
                  <TextInput
                    data-focus-key={`${row.key}-title`}
                    label={t('meetingRecord.minutes.agendaTitle', { n })}
                    required
                    {...form.getInputProps(`agenda.${index}.title`)}
                  />
                  <Textarea
                    label={t('meetingRecord.minutes.agendaNotes', { n })}
                    autosize
                    minRows={1}
                    maxRows={6}
                    {...form.getInputProps(`agenda.${index}.notes`)}
                  />
                  <Group gap="xs" justify="flex-end">
                    <Button
                      size="xs"
                      variant="default"
                      data-focus-key={`${row.key}-up`}
                      disabled={index === 0}
                      aria-label={t('meetingRecord.minutes.moveUp', { n })}
                      onClick={() => move(index, -1)}
                    >
                      ↑ {t('meetingRecord.minutes.up')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      data-focus-key={`${row.key}-down`}
                      disabled={index === rows.length - 1}
                      aria-label={t('meetingRecord.minutes.moveDown', { n })}
                      onClick={() => move(index, 1)}
                    >
                      ↓ {t('meetingRecord.minutes.down')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('meetingRecord.minutes.removeItem', { n })}
                      onClick={() => remove(index)}
                    >
                      {t('meetingRecord.remove')}
                    </Button>
                  </Group>
                </Stack>
              </Fieldset>
            );
          })}
          <Group>
            <Button ref={addRef} variant="light" onClick={add}>
              {t('meetingRecord.minutes.addItem')}
            </Button>
          </Group>
        </Stack>

        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List aria-label={t('meetingRecord.minutes.minutes')}>
            <Tabs.Tab value="write">{t('meetingRecord.minutes.write')}</Tabs.Tab>
            <Tabs.Tab value="preview">{t('meetingRecord.minutes.preview')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="sm">
            <Textarea
              label={t('meetingRecord.minutes.minutes')}
              description={t('meetingRecord.minutes.markdownHint')}
              autosize
              minRows={8}
              maxRows={30}
              {...form.getInputProps('minutes')}
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="sm">
            {form.values.minutes.trim() ? (
              <Markdown>{form.values.minutes}</Markdown>
            ) : (
              <Text c="dimmed">{t('meetingRecord.minutes.previewEmpty')}</Text>
            )}
          </Tabs.Panel>
        </Tabs>

        <SaveProblemAlert
          feedback={feedback}
          notSavedTitle={t('meetingRecord.minutes.notSaved')}
          onReload={reload}
        />
        <FormButtons
          cancelLabel={t('meetingRecord.cancel')}
          onCancel={onDone}
          submitLabel={t('meetingRecord.minutes.save')}
          submitting={submitting}
        />
      </Stack>
    </form>
  );
}
