import { Alert, FileInput, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_TABLE_FILES } from './table-file';

interface TableFilePickerProps {
  label: string;
  description?: string;
  placeholder: string;
  onPick: (file: File | null) => void;
  disabled: boolean;
  /** The server is reading the file. */
  reading: boolean;
  problem: string | null;
  maw?: number;
}

/**
 * Where every import starts (attendance lists, the directory): the CSV/XLSX file field, then
 * "loading" while the server reads it, or what went wrong.
 */
export function TableFilePicker(props: TableFilePickerProps) {
  const { label, description, placeholder, onPick, disabled, reading, problem, maw } = props;
  const { t } = useTranslation();
  return (
    <>
      <FileInput
        label={label}
        description={description}
        placeholder={placeholder}
        accept={ACCEPTED_TABLE_FILES}
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
