import { ActionIcon, Button, Kbd } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withAllStyles } from '../all-mantine-styles';
import { SearchIcon } from './search-icon';

const loadDialog = () => withAllStyles(() => import('./search-dialog'));
// The dialog (and the search schemas it brings along) is fetched when someone is about to search.
const SearchDialog = lazy(() => loadDialog().then((m) => ({ default: m.SearchDialog })));

const SHORTCUTS = 'Control+K Meta+K /';

/**
 * The header's search: a labelled button on wide screens, an icon button on phones, both opening
 * the search dialog. Ctrl+K / ⌘K open it from anywhere, also from inside a field; "/" only when
 * the person is not typing, so the character still goes into forms. `compactBesideNav` drops the
 * shortcut's hint where the app's sections share the header's line (1200-1408 px, styles.css).
 */
export function SearchBox({ compactBesideNav = false }: { compactBesideNav?: boolean }) {
  const { t } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  // Mounted from the first opening on, so closing still animates and focus goes back to the button.
  const [wanted, setWanted] = useState(false);
  const open = () => {
    setWanted(true);
    dialog.open();
  };
  const preload = () => void loadDialog();
  useHotkeys([['mod+K', open]], []);
  useHotkeys([['/', open]]);
  return (
    <>
      <Button
        visibleFrom="sm"
        className={compactBesideNav ? 'tindak-search-beside-nav' : undefined}
        variant="default"
        size="compact-sm"
        leftSection={<SearchIcon />}
        rightSection={
          <Kbd size="xs" aria-hidden="true" style={{ whiteSpace: 'nowrap' }}>
            Ctrl K
          </Kbd>
        }
        aria-keyshortcuts={SHORTCUTS}
        aria-haspopup="dialog"
        onClick={open}
        onPointerEnter={preload}
        onFocus={preload}
        style={{ flexShrink: 0 }}
      >
        {t('search.open')}
      </Button>
      <ActionIcon
        hiddenFrom="sm"
        variant="default"
        size={30}
        aria-label={t('search.open')}
        aria-keyshortcuts={SHORTCUTS}
        aria-haspopup="dialog"
        onClick={open}
        onFocus={preload}
      >
        <SearchIcon />
      </ActionIcon>
      {wanted && (
        <Suspense fallback={null}>
          <SearchDialog opened={opened} onClose={dialog.close} />
        </Suspense>
      )}
    </>
  );
}
