import { Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { formatDateTime, type IndicatorRankingRow, type IndicatorUnit } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';
import { LoadError, PageSkeleton } from '../kit/load-states';
import { useCurrentUser } from '../session/use-current-user';
import { useFormatValue } from './format-value';

interface ValueHistoryDialogProps {
  indicatorId: string;
  unit: IndicatorUnit;
  /** The ranking row whose history is open; null when closed. */
  row: IndicatorRankingRow | null;
  onClose: () => void;
}

/** How one region's value for one period came to be: each recording, newest first, with who and from what. */
export function ValueHistoryDialog({ indicatorId, unit, row, onClose }: ValueHistoryDialogProps) {
  const { t } = useTranslation();
  const period = row?.value?.period ?? row?.target?.period ?? null;
  return (
    <Modal
      opened={row !== null}
      onClose={onClose}
      title={row && t('indicators.history.title', { region: row.region.name, period: period ?? '' })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('indicators.history.close') }}
    >
      {row && period ? (
        <HistoryEntries indicatorId={indicatorId} regionCode={row.region.code} period={period} unit={unit} />
      ) : (
        <Text size="sm">{t('indicators.history.empty')}</Text>
      )}
    </Modal>
  );
}

interface HistoryEntriesProps {
  indicatorId: string;
  regionCode: string;
  period: string;
  unit: IndicatorUnit;
}

function HistoryEntries({ indicatorId, regionCode, period, unit }: HistoryEntriesProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const timeZone = useCurrentUser().timeZone;
  const format = useFormatValue();
  const trpc = useTRPC();
  const query = useQuery(trpc.indicators.valueHistory.queryOptions({ indicatorId, regionCode, period }));
  if (query.isPending) return <PageSkeleton />;
  if (query.isError) {
    return (
      <LoadError
        title={t('indicators.history.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    );
  }
  if (query.data.entries.length === 0) return <Text size="sm">{t('indicators.history.empty')}</Text>;
  return (
    <Stack component="ol" gap="sm" className="tindak-plain-list">
      {query.data.entries.map((entry) => (
        <li key={entry.eventId}>
          <Text fw={600}>
            {[entry.value !== null ? format(entry.value, unit) : null, entry.predicate]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text size="sm" c="dimmed" className="tindak-wrap">
            {[
              formatDateTime(entry.occurredAt, lang, timeZone),
              entry.actorName && t('indicators.history.by', { name: entry.actorName }),
              t(`indicators.value.source.${entry.source.kind}`),
              entry.source.meeting?.title ?? entry.source.actionItem?.title,
              entry.source.note,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
