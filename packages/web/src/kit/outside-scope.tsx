import { Text } from '@mantine/core';
import { outsideScopeLabel } from '@tindak/shared';
import { useLanguage } from '../i18n/use-language';

/**
 * In place of a linked record the reader may not read: the shared words ("Catatan di luar wilayah
 * Anda"), with no link, no title and no id. Plain text elsewhere takes them from `linkTitle`.
 */
export function OutsideScopeRecord() {
  const lang = useLanguage();
  return (
    <Text span inherit c="dimmed" fs="italic">
      {outsideScopeLabel[lang]}
    </Text>
  );
}
