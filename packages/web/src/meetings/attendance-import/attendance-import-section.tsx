import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeetingDetail } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { useMayChange } from '../../auth/use-authority';
import { ImportFilePicker, ImportPreviewRegion } from './import-file-picker';
import { ImportPreviewTable } from './import-preview-table';
import { useImportPreview } from './use-import-preview';

/**
 * "Impor daftar hadir": a CSV/XLSX attendance list is previewed row by row (match, new, already
 * there, error with its reason), corrected per row ("Cocokkan dengan…") and only then saved, once,
 * at the meeting's current version with the choices made.
 */
export function AttendanceImportSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const mayChange = useMayChange('meeting', meeting.homeRegionCodes);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const previewCall = useMutation(trpc.meetings.previewAttendanceImport.mutationOptions());
  const apply = useMutation(trpc.meetings.applyAttendanceImport.mutationOptions());
  const importing = useImportPreview((input) => previewCall.mutateAsync({ meetingId: meeting.id, ...input }));
  const [confirming, setConfirming] = useState(false);
  if (!mayChange) return null;

  const { result, problem, content, choices } = importing;
  const toSave = result ? result.counts.match + result.counts.new : 0;
  const busy = previewCall.isPending || apply.isPending;

  const save = async () => {
    if (!content) return;
    importing.setProblem(null);
    try {
      const saved = await apply.mutateAsync({
        meetingId: meeting.id,
        version: meeting.version,
        content,
        ...(choices.length ? { choices } : {}),
      });
      await queryClient.invalidateQueries({ queryKey: trpc.meetings.get.queryKey({ id: meeting.id }) });
      notifications.show({
        color: 'teal',
        message:
          saved.added > 0
            ? t('attendanceImport.saved', { count: saved.added })
            : t('attendanceImport.nothingToSave'),
      });
      importing.reset();
      setConfirming(false);
    } catch (error) {
      setConfirming(false);
      if (errorCode(error) === 'CONFLICT') {
        await queryClient.invalidateQueries({ queryKey: trpc.meetings.get.queryKey({ id: meeting.id }) });
        importing.setProblem(t('attendanceImport.conflict'));
        await importing.refresh().catch(() => undefined);
        return;
      }
      importing.setProblem(errorMessage(error, t('common.networkError')));
    }
  };

  return (
    <section aria-labelledby="attendance-import-heading">
      <Title order={2} size="h3" id="attendance-import-heading" mb="sm">
        {t('attendanceImport.title')}
      </Title>
      <Stack gap="sm">
        <ImportFilePicker
          onPick={(file) => {
            setConfirming(false);
            void importing.pick(file);
          }}
          disabled={busy}
          reading={previewCall.isPending}
          problem={problem}
          maw={480}
        />
        {result && (
          <ImportPreviewRegion>
            <ImportPreviewTable
              preview={result}
              busy={busy}
              onChoose={(rowNumber, patch) => {
                setConfirming(false);
                void importing.choose(rowNumber, patch);
              }}
            />
            {confirming ? (
              <Group gap="xs" role="group" aria-label={t('attendanceImport.confirm', { count: toSave })}>
                <Text size="sm">{t('attendanceImport.confirm', { count: toSave })}</Text>
                <Button size="sm" loading={apply.isPending} onClick={() => void save()}>
                  {t('attendanceImport.confirmYes')}
                </Button>
                <Button
                  size="sm"
                  variant="default"
                  disabled={apply.isPending}
                  onClick={() => setConfirming(false)}
                >
                  {t('attendanceImport.cancel')}
                </Button>
              </Group>
            ) : (
              <Button
                style={{ alignSelf: 'flex-start' }}
                disabled={toSave === 0 || busy}
                onClick={() => setConfirming(true)}
              >
                {t('attendanceImport.save', { count: toSave })}
              </Button>
            )}
            {apply.isPending && (
              <Text size="sm" role="status">
                {t('attendanceImport.saving')}
              </Text>
            )}
          </ImportPreviewRegion>
        )}
      </Stack>
    </section>
  );
}
