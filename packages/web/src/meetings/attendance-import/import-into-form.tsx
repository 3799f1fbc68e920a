import { Button, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import type { AttendanceState } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import type { ParticipantRowValues } from '../form/form-values';
import { ImportFilePicker, ImportPreviewRegion } from './import-file-picker';
import { ImportPreviewTable } from './import-preview-table';
import { toParticipantRows } from './to-participant-rows';
import { useImportPreview } from './use-import-preview';

interface AttendanceImportForFormProps {
  /** Receives the participant rows to append to the unsaved form (nothing is written to the server). */
  onRows: (rows: ParticipantRowValues[]) => void;
  /** The rows the form has already: people (and guests by name) there are not handed over again. */
  listed?: readonly ParticipantRowValues[];
  /** The attendance the new rows start with ('present' for a meeting that took place, else 'invited'). */
  attendance?: AttendanceState;
  disabled?: boolean;
}

/**
 * "Impor dari daftar hadir" on the new-meeting form: the same preview and per-row choices as on a
 * saved meeting, but the rows fill the form instead of being written to a meeting.
 */
export function AttendanceImportForForm({
  onRows,
  listed = [],
  attendance = 'present',
  disabled = false,
}: AttendanceImportForFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [opened, { open, close }] = useDisclosure(false);
  const previewCall = useMutation(trpc.meetings.previewAttendanceRows.mutationOptions());
  const importing = useImportPreview((input) => previewCall.mutateAsync(input));
  const { result, problem } = importing;
  const rows = result ? toParticipantRows(result, listed, attendance) : [];

  const finish = () => {
    importing.reset();
    close();
  };

  return (
    <>
      <Button variant="default" onClick={open} disabled={disabled} style={{ alignSelf: 'flex-start' }}>
        {t('attendanceImport.fromFile')}
      </Button>
      <Modal
        opened={opened}
        onClose={finish}
        title={t('attendanceImport.formTitle')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('attendanceImport.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('attendanceImport.formHint')}</Text>
          <ImportFilePicker
            onPick={(file) => void importing.pick(file)}
            disabled={previewCall.isPending}
            reading={previewCall.isPending}
            problem={problem}
          />
          {result && (
            <ImportPreviewRegion>
              <ImportPreviewTable
                preview={result}
                busy={previewCall.isPending}
                onChoose={(rowNumber, patch) => void importing.choose(rowNumber, patch)}
              />
              <Button
                style={{ alignSelf: 'flex-start' }}
                disabled={rows.length === 0 || previewCall.isPending}
                onClick={() => {
                  onRows(rows);
                  finish();
                }}
              >
                {t('attendanceImport.addRows', { count: rows.length })}
              </Button>
            </ImportPreviewRegion>
          )}
        </Stack>
      </Modal>
    </>
  );
}
