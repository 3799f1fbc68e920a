import { Badge, Stack, Table, Text } from '@mantine/core';
import type { IndicatorImportPreview, IndicatorImportRow, IndicatorImportStatus } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { TableOrCards } from '../../kit/table-or-cards';
import { formatNumber } from '../format-value';

const badgeColor: Record<IndicatorImportStatus, string> = {
  new: 'blue',
  changed: 'teal',
  same: 'gray',
  error: 'red',
  outside: 'orange',
};

/** "2,75", "Cukup" or "2,75 (Baik)": a value as the file gives it. */
function useValueText() {
  const lang = useLanguage();
  return (value: { value: number | null; predicate: string | null }) => {
    const number = value.value === null ? null : formatNumber(value.value, lang);
    if (number && value.predicate) return `${number} (${value.predicate})`;
    return number ?? value.predicate ?? '—';
  };
}

function RowResult({ row }: { row: IndicatorImportRow }) {
  const { t } = useTranslation();
  const valueText = useValueText();
  const line =
    row.message ??
    (row.status === 'changed' && row.current
      ? t('indicators.import.change', { from: valueText(row.current), to: valueText(row) })
      : null);
  return (
    <Stack gap={2}>
      <Badge color={badgeColor[row.status]} variant="light" style={{ alignSelf: 'flex-start' }}>
        {t(`indicators.import.status.${row.status}`)}
      </Badge>
      {line && (
        <Text size="xs" c={row.status === 'error' ? 'red.8' : 'dimmed'} className="tindak-wrap">
          {line}
        </Text>
      )}
    </Stack>
  );
}

/** The region as recognised, with what the file wrote when that differs ("Tanjungjabung Timur"). */
function RegionCell({ row }: { row: IndicatorImportRow }) {
  const written = row.region && row.regionText !== row.region.name ? row.regionText : null;
  return (
    <>
      {row.region?.name ?? (row.regionText || '—')}
      {written && (
        <Text size="xs" c="dimmed">
          {written}
        </Text>
      )}
    </>
  );
}

/** The counts line: "11 baru · 0 diubah · 0 sama · 0 galat", and those outside the user's region if any. */
export function CountsLine({ counts }: { counts: IndicatorImportPreview['counts'] }) {
  const { t } = useTranslation();
  const line = t('indicators.import.counts', counts);
  return (
    <Text size="sm" fw={500} role="status">
      {counts.outside > 0 ? `${line} · ${t('indicators.import.countsOutside', counts)}` : line}
    </Text>
  );
}

/** The preview row by row: region, period, value, and what importing it would do. */
export function IndicatorImportRows({ preview }: { preview: IndicatorImportPreview }) {
  const { t } = useTranslation();
  const valueText = useValueText();
  return (
    <Stack gap="sm">
      <CountsLine counts={preview.counts} />
      <TableOrCards
        label={t('indicators.import.previewLabel')}
        minWidth={640}
        headings={
          <>
            <Table.Th>{t('indicators.import.row')}</Table.Th>
            <Table.Th>{t('indicators.import.region')}</Table.Th>
            <Table.Th>{t('indicators.import.period')}</Table.Th>
            <Table.Th>{t('indicators.import.value')}</Table.Th>
            <Table.Th>{t('indicators.import.result')}</Table.Th>
          </>
        }
        actionsColumn={t('indicators.import.actions')}
        items={preview.rows}
        keyOf={(row) => String(row.rowNumber)}
        cells={(row) => (
          <>
            <Table.Td>{row.rowNumber}</Table.Td>
            <Table.Td className="tindak-wrap">
              <RegionCell row={row} />
            </Table.Td>
            <Table.Td>{row.period ?? '—'}</Table.Td>
            <Table.Td>{row.status === 'error' ? '—' : valueText(row)}</Table.Td>
            <Table.Td miw={180}>
              <RowResult row={row} />
            </Table.Td>
            <Table.Td />
          </>
        )}
        card={(row) => (
          <Stack gap={6}>
            <Text fw={600} className="tindak-wrap">
              {t('indicators.import.cardTitle', {
                row: row.rowNumber,
                region: row.region?.name ?? (row.regionText || '—'),
              })}
            </Text>
            {row.status !== 'error' && (
              <Text size="sm" c="dimmed">
                {`${row.period ?? '—'} · ${valueText(row)}`}
              </Text>
            )}
            <RowResult row={row} />
          </Stack>
        )}
      />
    </Stack>
  );
}
