import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCan } from '../auth/use-can';

interface MainNavProps {
  /** `row` in the header on wide screens, `column` in the menu drawer on phones. */
  orientation: 'row' | 'column';
  /** Called after a link is followed, e.g. to close the drawer. */
  onNavigate?: () => void;
}

/**
 * The app's sections; "Pengguna" only for those who manage users. The outbox is everyone's:
 * all mail for those who manage mail ("Kotak keluar"), one's own for the rest ("Surel saya").
 */
export function MainNav({ orientation, onNavigate }: MainNavProps) {
  const { t } = useTranslation();
  const can = useCan();
  const links = [
    { to: '/', label: t('home.nav') },
    { to: '/rapat', label: t('nav.meetings') },
    { to: '/tindak-lanjut', label: t('actionItems.nav') },
    { to: '/komitmen', label: t('commitmentTracker.nav') },
    { to: '/wilayah', label: t('regions.nav') },
    { to: '/kotak-keluar', label: can('mail.manage') ? t('outbox.navAdmin') : t('outbox.navMine') },
    ...(can('users.manage') ? [{ to: '/admin/pengguna', label: t('admin.nav') }] : []),
  ];
  return (
    <nav aria-label={t('nav.main')} className={`tindak-nav tindak-nav-${orientation}`}>
      {links.map((link) => (
        <NavLink
          key={link.to}
          to={link.to}
          end={link.to === '/'}
          className="tindak-nav-link"
          onClick={onNavigate}
        >
          {link.label}
        </NavLink>
      ))}
    </nav>
  );
}
