import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Cetak lembar disposisi": the item's chain as the form offices print, initial and file. */
export function PrintDispositionLink({ actionItemId }: { actionItemId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor href={`/api/tindak-lanjut/${actionItemId}/disposisi.pdf`} size="sm" download w="fit-content">
      {t('letters.printDisposition')}
    </Anchor>
  );
}
