import { Alert, Button, Group, Modal, Paper, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useCan } from '../auth/use-can';
import { DirectoryImportDialog } from '../directory/directory-import-dialog';
import { EmptyState, ListHeader, nextPageParam, PagedList } from '../kit/paged-list';
import { useUrlFilters } from '../kit/url-filters';
import { MergePeopleForm } from './merge-people-form';
import { PeopleFilterBar, type PeopleFilterValues, peopleFilters } from './people-filters';
import { PersonForm } from './person-form';
import { type PersonAction, PersonRows } from './person-rows';

/** People come this many at a time: a national directory holds tens of thousands. */
export const PEOPLE_PAGE_SIZE = 50;

/**
 * "/orang": the people met in meetings and named on follow-ups. Everyone reads it; admins, and the
 * secretariat and heads for people of offices in their region, add, edit and merge.
 */
export function PeoplePage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('people.title')} · ${t('app.name')}`);
  const can = useCan();
  const mayWrite = can('directory.write');
  const [filters, setFilters] = useUrlFilters(peopleFilters);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [action, setAction] = useState<PersonAction | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const closeAdd = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <Stack gap="md">
      <ListHeader
        title={t('people.title')}
        intro={t('people.lead')}
        action={
          mayWrite && (
            <Group gap="sm">
              <Button variant="default" onClick={() => setImporting(true)}>
                {t('directory.import.open')}
              </Button>
              {!adding && (
                <Button ref={addButton} onClick={() => setAdding(true)}>
                  {t('people.add')}
                </Button>
              )}
            </Group>
          )
        }
      />
      {!mayWrite && (
        <Alert color="gray" variant="light">
          {t('people.readOnly')}
        </Alert>
      )}
      {adding && (
        <Paper withBorder p="md" component="section" aria-labelledby="add-person-heading">
          <Title order={2} size="h3" id="add-person-heading" mb="sm">
            {t('people.addTitle')}
          </Title>
          <PersonForm onDone={closeAdd} />
        </Paper>
      )}
      <PeopleFilterBar values={filters} onChange={setFilters} />
      <PeopleList filters={filters} onAction={setAction} />
      <PersonActionDialog action={action} onClose={() => setAction(null)} />
      <DirectoryImportDialog kind="people" opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}

function PeopleList({
  filters,
  onAction,
}: {
  filters: PeopleFilterValues;
  onAction: (a: PersonAction) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const people = useInfiniteQuery(
    trpc.people.directory.infiniteQueryOptions(
      {
        limit: PEOPLE_PAGE_SIZE,
        q: filters.q || undefined,
        organizationId: filters.organizationId,
        regionCode: filters.regionCode,
        status: filters.status,
      },
      { getNextPageParam: nextPageParam, placeholderData: keepPreviousData },
    ),
  );
  const filtered = peopleFilters.activeCount(filters, ['status']) > 0;
  return (
    <PagedList
      query={people}
      loadErrorTitle={t('people.loadError')}
      empty={
        filtered ? (
          <EmptyState title={t('people.noMatch')} hint={t('people.noMatchHint')} />
        ) : (
          <EmptyState title={t('people.empty')} hint={t('people.emptyHint')} />
        )
      }
      shown={(count) => t('people.shown', { count })}
      loadMoreLabel={t('people.loadMore')}
    >
      {(items) => <PersonRows people={items} onAction={onAction} />}
    </PagedList>
  );
}

/** The dialog for a row's action: the edit form or the merge. */
export function PersonActionDialog({
  action,
  onClose,
}: {
  action: PersonAction | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={action !== null}
      onClose={onClose}
      title={action?.kind === 'merge' ? t('people.mergeTitle') : t('people.editTitle')}
      size={action?.kind === 'merge' ? 'lg' : 'md'}
      closeButtonProps={{ 'aria-label': t('auth.closeDialog') }}
    >
      {action?.kind === 'edit' && (
        <PersonForm key={action.person.id} person={action.person} onDone={onClose} />
      )}
      {action?.kind === 'merge' && (
        <MergePeopleForm key={action.person.id} duplicate={action.person} onDone={onClose} />
      )}
    </Modal>
  );
}
