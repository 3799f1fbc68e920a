import { Alert, Button, Group, Modal, Paper, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { DirectoryImportKind } from '@tindak/shared';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/use-can';
import { EmptyState, ListHeader, PagedList, type PagedQuery } from '../kit/paged-list';
import { DirectoryImportDialog } from './directory-import-dialog';
import { DirectoryTabs } from './directory-tabs';

interface DirectoryPageShellProps<Item> {
  /**
   * The words' namespace: each has title, lead, add, readOnly, addTitle, loadError, noMatch,
   * noMatchHint, empty, emptyHint, shown and loadMore.
   */
  words: 'directory' | 'people';
  /** What the import dialog reads from a file. */
  importKind: DirectoryImportKind;
  /** The id of the "add" section's heading, which names the section. */
  addHeadingId: string;
  /** The form for a new record; `onDone` closes it and gives the focus back to the add button. */
  addForm: (onDone: () => void) => ReactNode;
  filterBar: ReactNode;
  query: PagedQuery<Item>;
  /** True when filters other than the status narrow the list: the empty state then says "no match". */
  filtered: boolean;
  rows: (items: Item[]) => ReactNode;
  /** The dialog of a row's action (edit, merge, ...). */
  actionDialog: ReactNode;
}

/**
 * A directory page (offices, people), one way: the heading with Impor and Tambah for those who may
 * write (a note that the list is read-only for the others), the add form in its own section, the
 * filters, the paged rows with their empty and no-match states, the row's dialog and the import.
 */
export function DirectoryPageShell<Item>(props: DirectoryPageShellProps<Item>) {
  const { words, importKind, addHeadingId, addForm, filterBar, query, filtered, rows, actionDialog } = props;
  const { t } = useTranslation();
  useDocumentTitle(`${t(`${words}.title`)} · ${t('app.name')}`);
  const can = useCan();
  const mayWrite = can('directory.write');
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const closeAdd = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <Stack gap="md">
      <DirectoryTabs />
      <ListHeader
        title={t(`${words}.title`)}
        intro={t(`${words}.lead`)}
        action={
          mayWrite && (
            <Group gap="sm">
              <Button variant="default" onClick={() => setImporting(true)}>
                {t('directory.import.open')}
              </Button>
              {!adding && (
                <Button ref={addButton} onClick={() => setAdding(true)}>
                  {t(`${words}.add`)}
                </Button>
              )}
            </Group>
          )
        }
      />
      {!mayWrite && (
        <Alert color="gray" variant="light">
          {t(`${words}.readOnly`)}
        </Alert>
      )}
      {adding && (
        <Paper withBorder p="md" component="section" aria-labelledby={addHeadingId}>
          <Title order={2} size="h3" id={addHeadingId} mb="sm">
            {t(`${words}.addTitle`)}
          </Title>
          {addForm(closeAdd)}
        </Paper>
      )}
      {filterBar}
      <PagedList
        query={query}
        loadErrorTitle={t(`${words}.loadError`)}
        empty={
          filtered ? (
            <EmptyState title={t(`${words}.noMatch`)} hint={t(`${words}.noMatchHint`)} />
          ) : (
            <EmptyState title={t(`${words}.empty`)} hint={t(`${words}.emptyHint`)} />
          )
        }
        shown={(count) => t(`${words}.shown`, { count })}
        loadMoreLabel={t(`${words}.loadMore`)}
      >
        {rows}
      </PagedList>
      {actionDialog}
      <DirectoryImportDialog kind={importKind} opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}

interface DirectoryActionDialogProps {
  opened: boolean;
  title: ReactNode;
  /** A merge needs the room of a large dialog; the rest fit a medium one. */
  wide: boolean;
  onClose: () => void;
  children: ReactNode;
}

/** The dialog for a row's action, the same for every directory. */
export function DirectoryActionDialog({
  opened,
  title,
  wide,
  onClose,
  children,
}: DirectoryActionDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size={wide ? 'lg' : 'md'}
      closeButtonProps={{ 'aria-label': t('auth.closeDialog') }}
    >
      {children}
    </Modal>
  );
}
