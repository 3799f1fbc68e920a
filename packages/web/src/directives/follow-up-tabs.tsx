import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../kit/section-tabs';

/** "Tindak lanjut | Arahan" atop both lists: a directive is follow-ups given to many offices at once. */
export function FollowUpTabs() {
  const { t } = useTranslation();
  return (
    <SectionTabs
      label={t('directives.tabs')}
      tabs={[
        { to: pathTo('actionItems'), label: t('directives.followUpsNav') },
        { to: pathTo('directives'), label: t('directives.nav') },
      ]}
    />
  );
}
