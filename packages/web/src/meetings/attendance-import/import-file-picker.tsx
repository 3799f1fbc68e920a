import { Alert, FileInput, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const ACCEPTED_ATTENDANCE_FILES =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportFilePickerProps {
  onPick: (file: File | null) => void;
  disabled: boolean;
  /** The server is reading the file. */
  reading: boolean;
  problem: string | null;
  maw?: number;
}

/** Where both imports start: the file field, then "loading" while it is read, or what went wrong. */
export function ImportFilePicker({ onPick, disabled, reading, problem, maw }: ImportFilePickerProps) {
  const { t } = useTranslation();
  return (
    <>
      <FileInput
        label={t('attendanceImport.pick')}
        description={t('attendanceImport.hint')}
        placeholder={t('attendanceImport.choose')}
        accept={ACCEPTED_ATTENDANCE_FILES}
        value={null}
        onChange={onPick}
        disabled={disabled}
        maw={maw}
      />
      {reading && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('common.loading')}</Text>
        </Group>
      )}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
    </>
  );
}

/** The preview of the rows read, with what to do with them below it. */
export function ImportPreviewRegion({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" role="region" aria-label={t('attendanceImport.previewLabel')}>
      {children}
    </Stack>
  );
}
