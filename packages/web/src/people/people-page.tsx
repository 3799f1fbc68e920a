import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { DirectoryActionDialog, DirectoryPageShell } from '../directory/directory-page-shell';
import { nextPageParam } from '../kit/paged-list';
import { useUrlFilters } from '../kit/url-filters';
import { MergePeopleForm } from './merge-people-form';
import { PeopleFilterBar, peopleFilters } from './people-filters';
import { PersonForm } from './person-form';
import { type PersonAction, PersonRows } from './person-rows';

/** People come this many at a time: a national directory holds tens of thousands. */
export const PEOPLE_PAGE_SIZE = 50;

/**
 * "/orang": the people met in meetings and named on follow-ups. Everyone reads it; admins, and the
 * secretariat and heads for people of offices in their region, add, edit and merge.
 */
export function PeoplePage() {
  const trpc = useTRPC();
  const [filters, setFilters] = useUrlFilters(peopleFilters);
  const [action, setAction] = useState<PersonAction | null>(null);
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
  return (
    <DirectoryPageShell
      words="people"
      importKind="people"
      addHeadingId="add-person-heading"
      addForm={(onDone) => <PersonForm onDone={onDone} />}
      filterBar={<PeopleFilterBar values={filters} onChange={setFilters} />}
      query={people}
      filtered={peopleFilters.activeCount(filters, ['status']) > 0}
      rows={(items) => <PersonRows people={items} onAction={setAction} />}
      actionDialog={<PersonActionDialog action={action} onClose={() => setAction(null)} />}
    />
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
    <DirectoryActionDialog
      opened={action !== null}
      onClose={onClose}
      title={action?.kind === 'merge' ? t('people.mergeTitle') : t('people.editTitle')}
      wide={action?.kind === 'merge'}
    >
      {action?.kind === 'edit' && (
        <PersonForm key={action.person.id} person={action.person} onDone={onClose} />
      )}
      {action?.kind === 'merge' && (
        <MergePeopleForm key={action.person.id} duplicate={action.person} onDone={onClose} />
      )}
    </DirectoryActionDialog>
  );
}
