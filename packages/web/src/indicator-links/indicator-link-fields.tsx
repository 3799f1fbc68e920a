import { Select, SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { RegionSelect } from '../regions/region-select';

/** The indicator an action item or commitment is meant to move, as a form holds it. */
export interface LinkValue {
  indicatorId: string | null;
  /** null: the item's own region (the API fills it in). */
  regionCode: string | null;
  /** As stored and not changed since: left out of the update, so the server keeps it as it is. */
  stored?: true;
}

export const noLink: LinkValue = { indicatorId: null, regionCode: null };

/**
 * What the create and update inputs take: null for "no indicator", nothing for a link left as
 * stored (an indicator the reader may not see stays linked).
 */
export function linkInput(value: LinkValue) {
  if (value.stored) return undefined;
  return value.indicatorId ? { indicatorId: value.indicatorId, regionCode: value.regionCode } : null;
}

/** The form's value for a stored link (the edit forms start from it). */
export function linkValueOf(link: { id: string; region: { code: string } | null } | null): LinkValue {
  return link
    ? { indicatorId: link.id, regionCode: link.region?.code ?? null, stored: true }
    : { ...noLink, stored: true };
}

/** The form paths the link's errors come back on (`indicator.indicatorId`, `indicator.regionCode`). */
export const linkFields = ['indicator.indicatorId', 'indicator.regionCode'] as const;

interface Props {
  value: LinkValue;
  onChange: (value: LinkValue) => void;
  errors: Record<string, ReactNode>;
}

/**
 * "Indikator yang didorong": an optional indicator (those the caller sees, still kept) and, once
 * one is chosen, the region it is meant to move there, defaulting to the item's own.
 */
export function IndicatorLinkFields({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const indicators = useQuery(trpc.indicators.list.queryOptions({ includeInactive: false }));
  const data = (indicators.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Select
        label={t('indicatorLinks.indicator')}
        description={t('indicatorLinks.indicatorHint')}
        placeholder={t('indicatorLinks.indicatorPlaceholder')}
        data={data}
        searchable
        clearable
        value={value.indicatorId}
        onChange={(indicatorId) =>
          onChange({ indicatorId, regionCode: indicatorId ? value.regionCode : null })
        }
        error={errors['indicator.indicatorId']}
      />
      {value.indicatorId && (
        <RegionSelect
          label={t('indicatorLinks.region')}
          description={t('indicatorLinks.regionHint')}
          clearable
          value={value.regionCode}
          onChange={(regionCode) => onChange({ indicatorId: value.indicatorId, regionCode })}
          error={errors['indicator.regionCode']}
        />
      )}
    </SimpleGrid>
  );
}
