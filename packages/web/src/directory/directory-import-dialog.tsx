import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { DirectoryImportKind } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { DirectoryImport } from './directory-import';

/** The import in a dialog, full screen on a phone: the offices page and the people page open it. */
export function DirectoryImportDialog({
  kind,
  opened,
  onClose,
}: {
  kind: DirectoryImportKind;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={kind === 'people' ? t('directory.import.titlePeople') : t('directory.import.title')}
      size="xl"
      fullScreen={narrow}
      closeButtonProps={{ 'aria-label': t('auth.closeDialog') }}
    >
      <DirectoryImport kind={kind} />
    </Modal>
  );
}
