import { Button, Modal } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import type { Indicator } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useIndicatorAuthority } from '../use-indicator-authority';
import { IndicatorImport } from './indicator-import';

/**
 * "Impor nilai": an indicator's values from a spreadsheet, in a dialog (full screen on a phone).
 * Shown only to those who may record values somewhere in their scope, and not on a retired indicator.
 */
export function IndicatorImportButton({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const narrow = useMediaQuery('(max-width: 36em)');
  const authority = useIndicatorAuthority(indicator);
  if (!authority.record || !indicator.active) return null;
  return (
    <>
      <Button variant="default" onClick={open}>
        {t('indicators.import.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('indicators.import.title', { name: indicator.name })}
        size="xl"
        fullScreen={narrow}
        closeButtonProps={{ 'aria-label': t('auth.closeDialog') }}
      >
        <IndicatorImport indicator={indicator} />
      </Modal>
    </>
  );
}
