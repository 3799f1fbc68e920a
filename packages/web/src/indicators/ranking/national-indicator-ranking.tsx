import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorRanking } from './indicator-ranking';
import { ProvincePicker } from './province-picker';

/**
 * For an office without a region: the provinces ranked for one indicator, and a province picker
 * that ranks that province and its regencies and cities instead (cleared: the provinces again).
 */
export function NationalIndicatorRanking({ provinces }: { provinces: { code: string; name: string }[] }) {
  const { t } = useTranslation();
  const [province, setProvince] = useState<string | null>(null);
  const provincePicker = (
    <ProvincePicker
      provinces={provinces}
      value={province}
      onChange={setProvince}
      w={{ base: '100%', sm: 280 }}
    />
  );
  return (
    <Stack component="section" gap="xs" aria-labelledby="national-indicator-ranking-title">
      <Title order={2} size="h3" id="national-indicator-ranking-title">
        {t('indicatorViews.national.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('indicatorViews.national.intro')}
      </Text>
      <IndicatorRanking parentRegionCode={province} pickers={provincePicker} />
    </Stack>
  );
}
