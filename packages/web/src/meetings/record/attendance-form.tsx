import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type AttendanceState, type MeetingDetail, meetingAttendanceInput } from '@tindak/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { FormButtons } from '../../kit/form/form-buttons';
import { SaveProblemAlert } from '../../kit/form/save-problem-alert';
import { useSaveForm } from '../../kit/form/use-save-form';
import { schemaErrors } from '../../kit/form/validate';
import { useSaveOrQueue } from '../../offline/pending-save';
import { groupByRegion } from '../detail/group-participants';
import { parseMeetingDetail } from '../form/shown-paths';
import { attendanceOptions } from '../shared/options';

interface AttendanceValues {
  /** In the order of `meeting.participants`, so a server path `entries.3.representedBy` lands here. */
  entries: { participantId: string; attendance: AttendanceState; representedBy: string }[];
}

function initialValues(meeting: MeetingDetail): AttendanceValues {
  return {
    entries: meeting.participants.map((p) => ({
      participantId: p.id,
      attendance: p.attendance,
      representedBy: p.representedBy ?? '',
    })),
  };
}

function toInput(values: AttendanceValues, meeting: Pick<MeetingDetail, 'id' | 'version'>) {
  return {
    id: meeting.id,
    version: meeting.version,
    // A name typed and then the choice changed away from "represented" is not meant to be kept.
    entries: values.entries.map((e) => ({
      ...e,
      representedBy: e.attendance === 'represented' ? e.representedBy : '',
    })),
  };
}

/** The paper attendance list, typed in: one choice per participant, saved at once. */
export function AttendanceForm({ meeting, onDone }: { meeting: MeetingDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const record = useMutation(trpc.meetings.recordAttendance.mutationOptions());
  const saveOrQueue = useSaveOrQueue();
  // Whether the last save waited on the device, for the toast to say so.
  const queued = useRef(false);
  const { form, feedback, formProps, submitting, reload } = useSaveForm<AttendanceValues, MeetingDetail>({
    initialValues: initialValues(meeting),
    validate: (values, lang) => schemaErrors(meetingAttendanceInput, toInput(values, meeting), lang),
    isShown: (path) => /^entries\.\d+\.(attendance|representedBy)$/.test(path),
    parseCurrent: parseMeetingDetail,
    version: meeting.version,
    versionOf: (saved) => saved.version,
    save: async (values, { version }) => {
      const result = await saveOrQueue({
        procedure: 'meetings.recordAttendance',
        recordId: meeting.id,
        input: toInput(values, { id: meeting.id, version }),
        label: t('pendingChanges.label.attendance', { title: meeting.title }),
        send: (sent) => record.mutateAsync(sent),
      });
      queued.current = result.queued;
      return result.queued ? meeting : result.saved;
    },
    onSaved: (saved) => {
      queryClient.setQueryData(trpc.meetings.get.queryKey({ id: saved.id }), saved);
      notifications.show({
        color: 'teal',
        message: queued.current ? t('pendingChanges.savedOnDevice') : t('meetingRecord.attendance.saved'),
      });
      onDone();
    },
    onReload: (current) => queryClient.setQueryData(trpc.meetings.get.queryKey({ id: current.id }), current),
  });
  const indexById = new Map(meeting.participants.map((p, index) => [p.id, index]));

  const markInvitedPresent = () => {
    form.values.entries.forEach((entry, index) => {
      if (entry.attendance === 'invited') form.setFieldValue(`entries.${index}.attendance`, 'present');
    });
  };

  return (
    <form {...formProps} aria-labelledby="attendance-form-title">
      <Stack gap="md">
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={3} size="h4" id="attendance-form-title">
            {t('meetingRecord.attendance.formTitle')}
          </Title>
          <Button variant="subtle" size="compact-sm" onClick={markInvitedPresent}>
            {t('meetingRecord.attendance.allPresent')}
          </Button>
        </Group>
        {groupByRegion(meeting.participants).map((group) => (
          <Stack key={group.code ?? 'none'} gap="xs">
            <Text fw={600} size="sm" c="dimmed">
              {group.name ?? t('common.noRegion')}
            </Text>
            {group.participants.map((participant) => {
              const index = indexById.get(participant.id) ?? 0;
              const entry = form.values.entries[index];
              const detail = [participant.position, participant.organization?.name]
                .filter(Boolean)
                .join(' · ');
              return (
                <Paper key={participant.id} withBorder p="xs">
                  <Group align="flex-end" gap="sm" wrap="wrap">
                    <div className="tindak-wrap" style={{ flex: '999 1 220px' }}>
                      <Text fw={500}>{participant.name}</Text>
                      {detail && (
                        <Text size="xs" c="dimmed">
                          {detail}
                        </Text>
                      )}
                    </div>
                    <NativeSelect
                      label={t('meetingRecord.attendance.state')}
                      aria-label={t('meetingRecord.attendance.stateOf', { name: participant.name })}
                      data={attendanceOptions(t)}
                      style={{ flex: '1 1 150px' }}
                      {...form.getInputProps(`entries.${index}.attendance`)}
                    />
                    {entry?.attendance === 'represented' && (
                      <TextInput
                        label={t('meetingRecord.attendance.representedBy')}
                        aria-label={t('meetingRecord.attendance.representedByFor', {
                          name: participant.name,
                        })}
                        placeholder={t('meetingRecord.attendance.representedByPlaceholder')}
                        required
                        style={{ flex: '1 1 200px' }}
                        {...form.getInputProps(`entries.${index}.representedBy`)}
                      />
                    )}
                  </Group>
                </Paper>
              );
            })}
          </Stack>
        ))}
        <SaveProblemAlert
          feedback={feedback}
          notSavedTitle={t('meetingRecord.attendance.notSaved')}
          onReload={reload}
        />
        <FormButtons
          cancelLabel={t('meetingRecord.cancel')}
          onCancel={onDone}
          submitLabel={t('meetingRecord.attendance.save')}
          submitting={submitting}
        />
      </Stack>
    </form>
  );
}
