import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../kit/section-tabs';

/** "Instansi | Orang" atop both directory pages: one section in the main menu, two lists. */
export function DirectoryTabs() {
  const { t } = useTranslation();
  return (
    <SectionTabs
      label={t('directory.navSection')}
      tabs={[
        { to: pathTo('offices'), label: t('directory.nav') },
        { to: pathTo('people'), label: t('people.nav') },
      ]}
    />
  );
}
