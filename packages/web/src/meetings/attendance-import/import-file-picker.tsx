import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableFilePicker } from '../../kit/table-file-picker';

interface ImportFilePickerProps {
  onPick: (file: File | null) => void;
  disabled: boolean;
  /** The server is reading the file. */
  reading: boolean;
  problem: string | null;
  maw?: number;
}

/** Where both attendance imports start (on the meeting page and in the meeting form). */
export function ImportFilePicker(props: ImportFilePickerProps) {
  const { t } = useTranslation();
  return (
    <TableFilePicker
      label={t('attendanceImport.pick')}
      description={t('attendanceImport.hint')}
      placeholder={t('attendanceImport.choose')}
      {...props}
    />
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
