import { Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DirectoryOffice } from '@tindak/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { ConfirmPanel } from '../kit/confirm-action';
import { OFFICE_SEARCH_DELAY_MS } from './office-filters';

/** How a choice reads: the name, and the region, since namesakes differ only by it. */
function optionLabel(office: DirectoryOffice, national: string) {
  return `${office.name} · ${office.regionName ?? national}`;
}

interface MergeOfficesFormProps {
  /** The record clicked: the duplicate, deactivated by the merge. */
  duplicate: DirectoryOffice;
  onDone: () => void;
}

/**
 * Merge a duplicate into the office to keep: pick the one to keep (searched on the server, active
 * offices only), then confirm. Both go with the versions shown, so a change in the meantime is a
 * conflict, never a merge of something else.
 */
export function MergeOfficesForm({ duplicate, onDone }: MergeOfficesFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), OFFICE_SEARCH_DELAY_MS);
  const [keep, setKeep] = useState<DirectoryOffice | null>(null);
  const merge = useMutation(trpc.organizations.merge.mutationOptions());
  const candidates = useQuery(
    trpc.organizations.directory.queryOptions(
      { q: q || undefined, status: 'active', limit: 20 },
      { placeholderData: keepPreviousData },
    ),
  );
  const offices = useMemo(
    () => (candidates.data?.items ?? []).filter((office) => office.id !== duplicate.id),
    [candidates.data, duplicate.id],
  );
  const national = t('directory.noRegion');
  const data = [...(keep && !offices.some((o) => o.id === keep.id) ? [keep] : []), ...offices].map((o) => ({
    value: o.id,
    label: optionLabel(o, national),
  }));
  const names = keep ? { duplicate: duplicate.name, keep: keep.name } : null;

  return (
    <Stack gap="sm">
      <Text size="sm">{t('directory.mergeLead')}</Text>
      <Text size="sm">
        <Text span fw={600}>
          {t('directory.duplicate')}:
        </Text>{' '}
        {optionLabel(duplicate, national)}
      </Text>
      <Select
        label={t('directory.keep')}
        placeholder={t('directory.keepPlaceholder')}
        required
        searchable
        // The server has already filtered by what was typed.
        filter={({ options }) => options}
        searchValue={search}
        onSearchChange={setSearch}
        nothingFoundMessage={t('directory.keepNothingFound')}
        data={data}
        value={keep?.id ?? null}
        onChange={(id) => setKeep(offices.find((o) => o.id === id) ?? null)}
      />
      {names && (
        <ConfirmPanel
          key={keep?.id}
          question={t('directory.mergeConfirm', names)}
          explain={t('directory.mergeExplain', names)}
          confirmLabel={t('directory.mergeYes')}
          cancelLabel={t('directory.cancel')}
          failedTitle={t('directory.mergeNotDone')}
          color="red"
          onConfirm={async () => {
            if (!keep) return;
            const result = await merge.mutateAsync({
              keepId: keep.id,
              keepVersion: keep.version,
              duplicateId: duplicate.id,
              duplicateVersion: duplicate.version,
            });
            void queryClient.invalidateQueries({ queryKey: trpc.organizations.pathKey() });
            notifications.show({
              color: 'teal',
              message: t('directory.merged', { ...names, count: result.moved }),
            });
          }}
          onCancel={onDone}
          onDone={onDone}
        />
      )}
    </Stack>
  );
}
