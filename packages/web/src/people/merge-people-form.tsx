import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DirectoryPerson } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { MergeRecordsForm } from '../kit/merge-records-form';

interface MergePeopleFormProps {
  /** The record clicked: the duplicate, which ends pointing at the person kept. */
  duplicate: DirectoryPerson;
  onDone: () => void;
}

/**
 * Merge a duplicate person into the one to keep (records not merged yet, found by name without
 * titles). Two records that both have an account are refused by the server, which says why.
 */
export function MergePeopleForm({ duplicate, onDone }: MergePeopleFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const merge = useMutation(trpc.people.merge.mutationOptions());
  const candidates = useQuery(
    trpc.people.directory.queryOptions(
      { q: q || undefined, status: 'active', limit: 20 },
      { placeholderData: keepPreviousData },
    ),
  );
  const noOffice = t('people.noOffice');
  return (
    <MergeRecordsForm
      duplicate={duplicate}
      candidates={candidates.data?.items ?? []}
      onSearch={setQ}
      nameOf={(person) => person.fullName}
      // The office tells namesakes apart.
      optionLabel={(person) => `${person.fullName} · ${person.organization?.name ?? noOffice}`}
      words="people"
      merge={merge.mutateAsync}
      onMerged={() => void queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() })}
      onDone={onDone}
    />
  );
}
