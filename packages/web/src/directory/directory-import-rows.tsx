import { Badge, NativeSelect, Stack, Table, Text } from '@mantine/core';
import type {
  DirectoryImportChoice,
  DirectoryImportKind,
  DirectoryImportOutcome,
  DirectoryImportPreview,
  DirectoryImportRecordRef,
  DirectoryImportRow,
} from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { TableOrCards } from '../kit/table-or-cards';

/** What a choice for one row changes: what to do with it, or (people) the office it means. */
export type ImportChoicePatch = Omit<DirectoryImportChoice, 'rowNumber'>;

const badgeColor: Record<DirectoryImportOutcome, string> = {
  new: 'blue',
  update: 'teal',
  unchanged: 'gray',
  skip: 'gray',
  error: 'red',
};

/** The row's other cells, as one line: kind · region · short name, or position · office. */
function cellsLine(kind: DirectoryImportKind, row: DirectoryImportRow): string {
  const order = kind === 'offices' ? ['kind', 'region', 'shortName'] : ['position', 'office', 'nip', 'email'];
  return order
    .map((column) => row.cells[column])
    .filter(Boolean)
    .join(' · ');
}

function RowResult({ row }: { row: DirectoryImportRow }) {
  const { t } = useTranslation();
  const lines: string[] = [];
  if (row.reason) lines.push(row.reason);
  if (row.existing && row.outcome !== 'error')
    lines.push(t('directory.import.existing', { name: refLabel(row.existing) }));
  for (const change of row.changes)
    lines.push(
      t('directory.import.change', {
        field: t(`directory.import.fields.${change.field}`, { defaultValue: change.field }),
        from: change.from ?? '—',
        to: change.to ?? '—',
      }),
    );
  if (row.office?.status === 'created')
    lines.push(t('directory.import.officeCreated', { name: row.office.name }));
  return (
    <Stack gap={2}>
      <Badge color={badgeColor[row.outcome]} variant="light" style={{ alignSelf: 'flex-start' }}>
        {t(`directory.import.outcome.${row.outcome}`)}
      </Badge>
      {lines.map((line) => (
        <Text key={line} size="xs" c={row.outcome === 'error' ? 'red.8' : 'dimmed'} className="tindak-wrap">
          {line}
        </Text>
      ))}
    </Stack>
  );
}

const refLabel = (ref: DirectoryImportRecordRef) => (ref.detail ? `${ref.name} (${ref.detail})` : ref.name);

/** The select's value for what the row will do now. */
function currentAction(row: DirectoryImportRow): string {
  if (row.outcome === 'skip') return 'skip';
  if (row.existing && row.outcome !== 'error') return `match:${row.existing.id}`;
  return 'create';
}

interface RowChoiceProps {
  row: DirectoryImportRow;
  disabled: boolean;
  onChoose: (patch: ImportChoicePatch) => void;
}

/** Skip, create, or match with an existing record; for people also the office the row means. */
function RowChoice({ row, disabled, onChoose }: RowChoiceProps) {
  const { t } = useTranslation();
  // A row in error is left out anyway; what it needs is a corrected file.
  if (row.outcome === 'error') return null;
  const records = [...(row.existing ? [row.existing] : []), ...row.suggestions];
  const offices = row.office?.id
    ? [{ id: row.office.id, name: row.office.name, detail: null }, ...row.officeSuggestions]
    : row.officeSuggestions;
  return (
    <Stack gap={4}>
      <NativeSelect
        size="sm"
        label={t('directory.import.choice', { row: row.rowNumber })}
        value={currentAction(row)}
        disabled={disabled}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value.startsWith('match:'))
            onChoose({ action: 'match', matchId: value.slice('match:'.length) });
          else onChoose({ action: value as 'skip' | 'create' });
        }}
        data={[
          ...records.map((r) => ({
            value: `match:${r.id}`,
            label: t('directory.import.matchWith', { name: refLabel(r) }),
          })),
          { value: 'create', label: t('directory.import.create') },
          { value: 'skip', label: t('directory.import.skip') },
        ]}
      />
      {row.officeSuggestions.length > 0 && (
        <NativeSelect
          size="sm"
          label={t('directory.import.officeChoice', { row: row.rowNumber })}
          value={row.office?.id ?? ''}
          disabled={disabled}
          onChange={(event) => onChoose({ organizationId: event.currentTarget.value })}
          data={[
            ...(row.office?.id
              ? []
              : [{ value: '', label: t('directory.import.newOffice'), disabled: true }]),
            ...offices.map((o) => ({ value: o.id, label: refLabel(o) })),
          ]}
        />
      )}
    </Stack>
  );
}

interface DirectoryImportRowsProps {
  kind: DirectoryImportKind;
  preview: DirectoryImportPreview;
  busy: boolean;
  onChoose: (rowNumber: number, patch: ImportChoicePatch) => void;
}

/** The preview row by row: what the file says, what importing it would do, and the choice to change that. */
export function DirectoryImportRows({ kind, preview, busy, onChoose }: DirectoryImportRowsProps) {
  const { t } = useTranslation();
  const choice = (row: DirectoryImportRow) => (
    <RowChoice row={row} disabled={busy} onChoose={(patch) => onChoose(row.rowNumber, patch)} />
  );
  return (
    <Stack gap="sm">
      <Text size="sm" fw={500} role="status">
        {t('directory.import.counts', preview.counts)}
      </Text>
      <TableOrCards
        label={t('directory.import.previewLabel')}
        minWidth={720}
        headings={
          <>
            <Table.Th>{t('directory.import.row')}</Table.Th>
            <Table.Th>{t('directory.import.name')}</Table.Th>
            <Table.Th>{t('directory.import.result')}</Table.Th>
          </>
        }
        actionsColumn={t('directory.import.choiceColumn')}
        items={preview.rows}
        keyOf={(row) => String(row.rowNumber)}
        cells={(row) => (
          <>
            <Table.Td>{row.rowNumber}</Table.Td>
            <Table.Td className="tindak-wrap">
              {row.name || '—'}
              <Text size="xs" c="dimmed">
                {cellsLine(kind, row)}
              </Text>
            </Table.Td>
            {/* Room for "Diperbarui" and what changed: the long name column would squeeze it to "BA…". */}
            <Table.Td miw={160}>
              <RowResult row={row} />
            </Table.Td>
            <Table.Td>{choice(row)}</Table.Td>
          </>
        )}
        card={(row) => (
          <Stack gap={6}>
            <Text fw={600} className="tindak-wrap">
              {t('directory.import.cardTitle', { row: row.rowNumber, name: row.name || '—' })}
            </Text>
            <Text size="sm" c="dimmed" className="tindak-wrap">
              {cellsLine(kind, row)}
            </Text>
            <RowResult row={row} />
            {choice(row)}
          </Stack>
        )}
      />
    </Stack>
  );
}
