import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../kit/section-tabs';

/** "Wilayah | Indikator" atop the regions and the indicators lists: both are about the regions. */
export function RegionTabs() {
  const { t } = useTranslation();
  return (
    <SectionTabs
      label={t('regions.nav')}
      tabs={[
        { to: pathTo('regions'), label: t('regions.nav') },
        { to: pathTo('indicators'), label: t('indicators.nav') },
      ]}
    />
  );
}
