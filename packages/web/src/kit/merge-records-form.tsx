import { Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmPanel } from './confirm-action';
import { SEARCH_FIELD_DELAY_MS } from './search-field';

/** A record of a directory (an office, a person) as a merge needs it. */
interface Mergeable {
  id: string;
  version: number;
}

interface MergeRecordsFormProps<T extends Mergeable> {
  /** The record clicked: the duplicate, which ends pointing at the record kept. */
  duplicate: T;
  /** The records that could be kept for what was last asked for (`onSearch`), as the server found them. */
  candidates: readonly T[];
  /** What was typed, after a pause: the caller asks the server for matching records. */
  onSearch: (q: string) => void;
  nameOf: (record: T) => string;
  /** How a choice reads: its name and what tells namesakes apart (region, office). */
  optionLabel: (record: T) => string;
  /** The words' namespace: each has mergeLead, duplicate, keep, keepPlaceholder, ..., merged. */
  words: 'directory' | 'people';
  /** The merge procedure (`mutateAsync`); resolves to the rows moved. */
  merge: (pair: MergePair) => Promise<{ moved: number }>;
  /** After a merge: forget what the lists hold of the directory. */
  onMerged: () => void;
  onDone: () => void;
}

/** What every merge procedure takes: both records with the versions shown. */
interface MergePair {
  keepId: string;
  keepVersion: number;
  duplicateId: string;
  duplicateVersion: number;
}

/**
 * Merge a duplicate into the record to keep (offices, people): pick the one to keep (searched on
 * the server), then confirm. Both go with the versions shown, so a change in the meantime is a
 * conflict, never a merge of something else; a refusal shows the server's message.
 */
export function MergeRecordsForm<T extends Mergeable>(props: MergeRecordsFormProps<T>) {
  const { duplicate, candidates, onSearch, nameOf, optionLabel, words, merge, onMerged, onDone } = props;
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), SEARCH_FIELD_DELAY_MS);
  useEffect(() => onSearch(q), [onSearch, q]);
  const [keep, setKeep] = useState<T | null>(null);
  const others = useMemo(() => candidates.filter((r) => r.id !== duplicate.id), [candidates, duplicate.id]);
  const data = [...(keep && !others.some((r) => r.id === keep.id) ? [keep] : []), ...others].map((r) => ({
    value: r.id,
    label: optionLabel(r),
  }));
  const names = keep ? { duplicate: nameOf(duplicate), keep: nameOf(keep) } : null;

  return (
    <Stack gap="sm">
      <Text size="sm">{t(`${words}.mergeLead`)}</Text>
      <Text size="sm">
        <Text span fw={600}>
          {t(`${words}.duplicate`)}:
        </Text>{' '}
        {optionLabel(duplicate)}
      </Text>
      <Select
        label={t(`${words}.keep`)}
        placeholder={t(`${words}.keepPlaceholder`)}
        required
        searchable
        // The server has already filtered by what was typed.
        filter={({ options }) => options}
        searchValue={search}
        onSearchChange={setSearch}
        nothingFoundMessage={t(`${words}.keepNothingFound`)}
        data={data}
        value={keep?.id ?? null}
        onChange={(id) => setKeep(others.find((r) => r.id === id) ?? null)}
      />
      {keep && names && (
        <ConfirmPanel
          key={keep.id}
          question={t(`${words}.mergeConfirm`, names)}
          explain={t(`${words}.mergeExplain`, names)}
          confirmLabel={t(`${words}.mergeYes`)}
          cancelLabel={t(`${words}.cancel`)}
          failedTitle={t(`${words}.mergeNotDone`)}
          color="red"
          onConfirm={async () => {
            const { moved } = await merge({
              keepId: keep.id,
              keepVersion: keep.version,
              duplicateId: duplicate.id,
              duplicateVersion: duplicate.version,
            });
            onMerged();
            notifications.show({ color: 'teal', message: t(`${words}.merged`, { ...names, count: moved }) });
          }}
          onCancel={onDone}
          onDone={onDone}
        />
      )}
    </Stack>
  );
}
