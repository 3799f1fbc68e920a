import { Text } from '@mantine/core';
import { formatDateTime } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { useCurrentUser } from '../session/use-current-user';

/**
 * When the national figures were counted: the API keeps a national count for a minute (counting
 * the whole country takes seconds), so a change made a moment ago may not be in them yet.
 */
export function CountedAt({ countedAt }: { countedAt: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { timeZone } = useCurrentUser();
  return (
    <Text size="sm" c="dimmed" mb="xs">
      {t('regions.national.countedAt', { time: formatDateTime(countedAt, lang, timeZone) })}
    </Text>
  );
}
