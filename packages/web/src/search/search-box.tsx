import { ActionIcon, Button, Kbd } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { SearchDialog } from './search-dialog';
import { SearchIcon } from './search-icon';

const SHORTCUTS = 'Control+K Meta+K /';

/**
 * The header's search: a labelled button on wide screens, an icon button on phones, both opening
 * the search dialog. Ctrl+K / ⌘K open it from anywhere, also from inside a field; "/" only when
 * the person is not typing, so the character still goes into forms.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  useHotkeys([['mod+K', dialog.open]], []);
  useHotkeys([['/', dialog.open]]);
  return (
    <>
      <Button
        visibleFrom="sm"
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
        onClick={dialog.open}
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
        onClick={dialog.open}
      >
        <SearchIcon />
      </ActionIcon>
      <SearchDialog opened={opened} onClose={dialog.close} />
    </>
  );
}
