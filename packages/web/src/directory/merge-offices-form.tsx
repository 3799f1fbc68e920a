import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DirectoryOffice } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { MergeRecordsForm } from '../kit/merge-records-form';

interface MergeOfficesFormProps {
  /** The record clicked: the duplicate, deactivated by the merge. */
  duplicate: DirectoryOffice;
  onDone: () => void;
}

/** Merge a duplicate office into the one to keep (active offices only, found by name). */
export function MergeOfficesForm({ duplicate, onDone }: MergeOfficesFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const merge = useMutation(trpc.organizations.merge.mutationOptions());
  const candidates = useQuery(
    trpc.organizations.directory.queryOptions(
      { q: q || undefined, status: 'active', limit: 20 },
      { placeholderData: keepPreviousData },
    ),
  );
  const national = t('directory.noRegion');
  return (
    <MergeRecordsForm
      duplicate={duplicate}
      candidates={candidates.data?.items ?? []}
      onSearch={setQ}
      nameOf={(office) => office.name}
      // The region tells namesakes apart.
      optionLabel={(office) => `${office.name} · ${office.regionName ?? national}`}
      words="directory"
      merge={merge.mutateAsync}
      onMerged={() => void queryClient.invalidateQueries({ queryKey: trpc.organizations.pathKey() })}
      onDone={onDone}
    />
  );
}
