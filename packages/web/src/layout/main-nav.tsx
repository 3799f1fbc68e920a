import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useCan } from '../auth/use-can';

interface MainNavProps {
  /** `row` in the header on wide screens, `column` in the menu drawer on phones. */
  orientation: 'row' | 'column';
  /** Called after a link is followed, e.g. to close the drawer. */
  onNavigate?: () => void;
}

/** A section that spans several pages: "Direktori" is current on /instansi and on /orang. */
interface SectionLink {
  to: string;
  label: string;
  paths?: string[];
}

/**
 * The app's sections; "Pengguna" only for those who manage users. The outbox is everyone's:
 * all mail for those who manage mail ("Kotak keluar"), one's own for the rest ("Surel saya").
 * The directory (offices and people) is one entry, with tabs on its pages, so the header still
 * fits on one line at 1280 px; everyone reads it, some may change it. Likewise the indicators sit
 * under "Wilayah" (they are numbers per region), with tabs on both lists.
 */
export function MainNav({ orientation, onNavigate }: MainNavProps) {
  const { t } = useTranslation();
  const can = useCan();
  const { pathname } = useLocation();
  const links: SectionLink[] = [
    { to: '/', label: t('home.nav') },
    { to: pathTo('meetings'), label: t('nav.meetings') },
    { to: pathTo('actionItems'), label: t('actionItems.nav') },
    { to: pathTo('commitments'), label: t('commitmentTracker.nav') },
    { to: pathTo('proposals'), label: t('proposalList.nav') },
    { to: pathTo('regions'), label: t('regions.nav'), paths: [pathTo('regions'), pathTo('indicators')] },
    { to: pathTo('outbox'), label: can('mail.manage') ? t('outbox.navAdmin') : t('outbox.navMine') },
    {
      to: pathTo('offices'),
      label: t('directory.navSection'),
      paths: [pathTo('offices'), pathTo('people')],
    },
    ...(can('users.manage') ? [{ to: pathTo('users'), label: t('admin.nav') }] : []),
  ];
  return (
    <nav aria-label={t('nav.main')} className={`tindak-nav tindak-nav-${orientation}`}>
      {links.map((link) =>
        link.paths ? (
          <Link
            key={link.to}
            to={link.to}
            className="tindak-nav-link"
            onClick={onNavigate}
            aria-current={
              link.paths.some((path) => pathname === path || pathname.startsWith(`${path}/`))
                ? 'page'
                : undefined
            }
          >
            {link.label}
          </Link>
        ) : (
          <NavLink
            key={link.to}
            to={link.to}
            end={link.to === '/'}
            className="tindak-nav-link"
            onClick={onNavigate}
          >
            {link.label}
          </NavLink>
        ),
      )}
    </nav>
  );
}
