import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import './directory-tabs.css';

/** "Instansi | Orang" atop both directory pages: one section in the main menu, two lists. */
export function DirectoryTabs() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('directory.navSection')} className="tindak-directory-tabs">
      <NavLink to={pathTo('offices')} className="tindak-directory-tab">
        {t('directory.nav')}
      </NavLink>
      <NavLink to={pathTo('people')} className="tindak-directory-tab">
        {t('people.nav')}
      </NavLink>
    </nav>
  );
}
