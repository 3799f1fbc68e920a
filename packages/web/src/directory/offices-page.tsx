import { notifications } from '@mantine/notifications';
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { ConfirmPanel } from '../kit/confirm-action';
import { nextPageParam } from '../kit/paged-list';
import { useUrlFilters } from '../kit/url-filters';
import { DirectoryActionDialog, DirectoryPageShell } from './directory-page-shell';
import { MergeOfficesForm } from './merge-offices-form';
import { OfficeFilterBar, officeFilters } from './office-filters';
import { OfficeForm } from './office-form';
import { type OfficeAction, OfficeRows } from './office-rows';

/** Offices come this many at a time: a national directory holds thousands. */
export const OFFICES_PAGE_SIZE = 50;

/**
 * "/instansi": the offices met in meetings. Everyone reads it; admins, and the secretariat and
 * heads for offices in their region, add, edit, deactivate and merge.
 */
export function OfficesPage() {
  const trpc = useTRPC();
  const [filters, setFilters] = useUrlFilters(officeFilters);
  const [action, setAction] = useState<OfficeAction | null>(null);
  const offices = useInfiniteQuery(
    trpc.organizations.directory.infiniteQueryOptions(
      {
        limit: OFFICES_PAGE_SIZE,
        q: filters.q || undefined,
        kind: filters.kind,
        regionCode: filters.regionCode,
        status: filters.status,
      },
      { getNextPageParam: nextPageParam, placeholderData: keepPreviousData },
    ),
  );
  return (
    <DirectoryPageShell
      words="directory"
      importKind="offices"
      addHeadingId="add-office-heading"
      addForm={(onDone) => <OfficeForm onDone={onDone} />}
      filterBar={<OfficeFilterBar values={filters} onChange={setFilters} />}
      query={offices}
      filtered={officeFilters.activeCount(filters, ['status']) > 0}
      rows={(items) => <OfficeRows offices={items} onAction={setAction} />}
      actionDialog={<OfficeActionDialog action={action} onClose={() => setAction(null)} />}
    />
  );
}

/** The dialog for a row's action: the edit form, the merge, or the (de)activation question. */
function OfficeActionDialog({ action, onClose }: { action: OfficeAction | null; onClose: () => void }) {
  const { t } = useTranslation();
  const title =
    action?.kind === 'edit'
      ? t('directory.editTitle')
      : action?.kind === 'merge'
        ? t('directory.mergeTitle')
        : action?.office.name;
  return (
    <DirectoryActionDialog
      opened={action !== null}
      onClose={onClose}
      title={title}
      wide={action?.kind === 'merge'}
    >
      {action?.kind === 'edit' && (
        <OfficeForm key={action.office.id} office={action.office} onDone={onClose} />
      )}
      {action?.kind === 'merge' && (
        <MergeOfficesForm key={action.office.id} duplicate={action.office} onDone={onClose} />
      )}
      {(action?.kind === 'deactivate' || action?.kind === 'reactivate') && (
        <SetActivePanel action={action} onDone={onClose} />
      )}
    </DirectoryActionDialog>
  );
}

function SetActivePanel({ action, onDone }: { action: OfficeAction; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setActive = useMutation(trpc.organizations.setActive.mutationOptions());
  const { office } = action;
  const active = action.kind === 'reactivate';
  return (
    <ConfirmPanel
      question={t(active ? 'directory.reactivateQuestion' : 'directory.deactivateQuestion', {
        name: office.name,
      })}
      explain={active ? undefined : t('directory.deactivateExplain')}
      confirmLabel={active ? t('directory.reactivate') : t('directory.deactivate')}
      cancelLabel={t('directory.cancel')}
      failedTitle={t('directory.notChanged')}
      color={active ? undefined : 'red'}
      onConfirm={async () => {
        await setActive.mutateAsync({ id: office.id, version: office.version, active });
        void queryClient.invalidateQueries({ queryKey: trpc.organizations.pathKey() });
        notifications.show({
          color: 'teal',
          message: t(active ? 'directory.reactivated' : 'directory.deactivated', { name: office.name }),
        });
      }}
      onCancel={onDone}
      onDone={onDone}
    />
  );
}
