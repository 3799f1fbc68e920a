import { MultiSelect } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import type { ProposalStatus } from '@tindak/shared';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';

/** Only these can give rise to commitments (the server checks it too). */
const answerable: readonly ProposalStatus[] = ['accepted', 'partly_accepted'];
/** The most a page of the proposal list holds; a reply picks among a region's accepted ones. */
const OPTION_PAGE = 100;

interface ProposalMultiSelectProps {
  value: string[];
  onChange: (ids: string[]) => void;
  /** Proposals already linked (or preset), so their titles show before the list is asked for. */
  known: readonly { id: string; title: string }[];
  /** How many linked proposals lie outside the editor's region: kept, not shown. */
  hiddenCount: number;
  error?: ReactNode;
}

/**
 * The accepted proposals a commitment answers (issue 19: one reply can answer several). The list
 * is asked for when the picker first opens, so a form that leaves it alone asks nothing.
 */
export function ProposalMultiSelect({
  value,
  onChange,
  known,
  hiddenCount,
  error,
}: ProposalMultiSelectProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [opened, setOpened] = useState(false);
  const pages = useQueries({
    queries: answerable.map((status) => ({
      ...trpc.proposals.list.queryOptions({ status, limit: OPTION_PAGE }),
      enabled: opened,
    })),
  });
  const options = new Map(known.map((p) => [p.id, p.title]));
  for (const page of pages) for (const p of page.data?.items ?? []) options.set(p.id, p.title);
  const data = [...options].map(([id, title]) => ({ value: id, label: title }));
  const hint = t('commitments.form.proposalsHint');
  return (
    <MultiSelect
      label={t('commitments.form.proposals')}
      description={
        hiddenCount > 0 ? `${hint} ${t('commitments.form.hiddenProposals', { number: hiddenCount })}` : hint
      }
      placeholder={t('commitments.form.proposalsPlaceholder')}
      nothingFoundMessage={t('commitments.form.noProposalMatches')}
      data={data}
      value={value}
      onChange={onChange}
      onDropdownOpen={() => setOpened(true)}
      searchable
      hidePickedOptions
      error={error}
    />
  );
}
