import { Alert, Button, Group, Modal, Paper, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useCan } from '../auth/use-can';
import { ConfirmPanel } from '../kit/confirm-action';
import { EmptyState, ListHeader, nextPageParam, PagedList } from '../kit/paged-list';
import { useUrlFilters } from '../kit/url-filters';
import { DirectoryImportDialog } from './directory-import-dialog';
import { MergeOfficesForm } from './merge-offices-form';
import { OfficeFilterBar, type OfficeFilterValues, officeFilters } from './office-filters';
import { OfficeForm } from './office-form';
import { type OfficeAction, OfficeRows } from './office-rows';

/** Offices come this many at a time: a national directory holds thousands. */
export const OFFICES_PAGE_SIZE = 50;

/**
 * "/instansi": the offices met in meetings. Everyone reads it; admins, and the secretariat and
 * heads for offices in their region, add, edit, deactivate and merge.
 */
export function OfficesPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('directory.title')} · ${t('app.name')}`);
  const can = useCan();
  const mayWrite = can('directory.write');
  const [filters, setFilters] = useUrlFilters(officeFilters);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [action, setAction] = useState<OfficeAction | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const closeAdd = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <Stack gap="md">
      <ListHeader
        title={t('directory.title')}
        intro={t('directory.lead')}
        action={
          mayWrite &&
          !adding && (
            <Group gap="xs">
              <Button variant="default" onClick={() => setImporting(true)}>
                {t('directory.import.open')}
              </Button>
              <Button ref={addButton} onClick={() => setAdding(true)}>
                {t('directory.add')}
              </Button>
            </Group>
          )
        }
      />
      {!mayWrite && (
        <Alert color="gray" variant="light">
          {t('directory.readOnly')}
        </Alert>
      )}
      {adding && (
        <Paper withBorder p="md" component="section" aria-labelledby="add-office-heading">
          <Title order={2} size="h3" id="add-office-heading" mb="sm">
            {t('directory.addTitle')}
          </Title>
          <OfficeForm onDone={closeAdd} />
        </Paper>
      )}
      <OfficeFilterBar values={filters} onChange={setFilters} />
      <OfficeList filters={filters} onAction={setAction} />
      <OfficeActionDialog action={action} onClose={() => setAction(null)} />
      <DirectoryImportDialog kind="offices" opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}

function OfficeList({
  filters,
  onAction,
}: {
  filters: OfficeFilterValues;
  onAction: (a: OfficeAction) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
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
  const filtered = officeFilters.activeCount(filters, ['status']) > 0;
  return (
    <PagedList
      query={offices}
      loadErrorTitle={t('directory.loadError')}
      empty={
        filtered ? (
          <EmptyState title={t('directory.noMatch')} hint={t('directory.noMatchHint')} />
        ) : (
          <EmptyState title={t('directory.empty')} hint={t('directory.emptyHint')} />
        )
      }
      shown={(count) => t('directory.shown', { count })}
      loadMoreLabel={t('directory.loadMore')}
    >
      {(items) => <OfficeRows offices={items} onAction={onAction} />}
    </PagedList>
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
    <Modal
      opened={action !== null}
      onClose={onClose}
      title={title}
      size={action?.kind === 'merge' ? 'lg' : 'md'}
      closeButtonProps={{ 'aria-label': t('auth.closeDialog') }}
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
    </Modal>
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
