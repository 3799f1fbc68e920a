import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../kit/section-tabs';

/** "Komitmen | Kesepakatan" atop both lists: an agreement is where several parties' commitments meet. */
export function CommitmentTabs() {
  const { t } = useTranslation();
  return (
    <SectionTabs
      label={t('agreements.tabs')}
      tabs={[
        { to: pathTo('commitments'), label: t('commitmentTracker.nav') },
        { to: pathTo('agreements'), label: t('agreements.nav') },
      ]}
    />
  );
}
