import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type ExportKind = 'tindak-lanjut' | 'komitmen' | 'usulan' | 'indikator' | 'arahan';
type Filter = Record<string, string | number | boolean | readonly string[] | null | undefined>;

const paging = new Set(['limit', 'cursor', 'groupDirectives']);

/** The list procedure's filters as the export route's query string (paging left out). */
export function exportHref(kind: ExportKind, format: 'xlsx' | 'csv', filters: Filter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    // Paging, and the grouping by directive (a way of showing the list: an export lists every item).
    if (paging.has(key) || value === undefined || value === null || value === false) continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else params.set(key, String(value));
  }
  const query = params.toString();
  return `/api/ekspor/${kind}.${format}${query ? `?${query}` : ''}`;
}

/** "Unduh Excel" and "Unduh CSV" for what the list shows now. */
export function ExportLinks({ kind, filters }: { kind: ExportKind; filters: Filter }) {
  const { t } = useTranslation();
  return (
    <Group gap="md" aria-label={t('exports.label')} role="group">
      <Anchor href={exportHref(kind, 'xlsx', filters)} size="sm" download>
        {t('exports.excel')}
      </Anchor>
      <Anchor href={exportHref(kind, 'csv', filters)} size="sm" download>
        {t('exports.csv')}
      </Anchor>
    </Group>
  );
}
