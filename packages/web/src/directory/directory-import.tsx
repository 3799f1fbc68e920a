import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  DirectoryImportChoice,
  DirectoryImportKind,
  DirectoryImportPreview,
  DirectoryImportResult,
} from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';
import { useTRPC } from '../api/trpc';
import { TableFilePicker } from '../kit/table-file-picker';
import { type PickedTableFile, useTableFileImport } from '../kit/use-table-file-import';
import { DirectoryImportRows, type ImportChoicePatch } from './directory-import-rows';
import { templateFileName, templateHref } from './directory-import-template';

/** The file picked, the key its apply runs under, and the per-row choices made so far. */
interface Picked extends PickedTableFile {
  choices: DirectoryImportChoice[];
}

/** A new choice for a row: another office means the person is recognised again in it. */
function withChoice(choices: DirectoryImportChoice[], rowNumber: number, patch: ImportChoicePatch) {
  const current = choices.find((c) => c.rowNumber === rowNumber);
  const next: DirectoryImportChoice =
    'organizationId' in patch ? { rowNumber, ...patch } : { ...current, rowNumber, ...patch };
  return [...choices.filter((c) => c.rowNumber !== rowNumber), next].sort(
    (a, b) => a.rowNumber - b.rowNumber,
  );
}

/**
 * "Impor" of offices or people from CSV/XLSX, as the attendance import does it: the file is
 * previewed row by row (new, what would change, already there, error with what to fix), each row
 * can be skipped, created or matched with another record, and only then imported, once.
 */
export function DirectoryImport({ kind, onDone }: { kind: DirectoryImportKind; onDone?: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const previewCall = useMutation(trpc.directoryImport.previewFile.mutationOptions());
  const apply = useMutation(trpc.directoryImport.applyFile.mutationOptions());
  const busy = previewCall.isPending || apply.isPending;
  const { picked, setPicked, preview, result, problem, setProblem, pick, runPreview, applied } =
    useTableFileImport<Picked, DirectoryImportPreview, DirectoryImportResult>({
      tooLarge: t('directory.import.tooLarge'),
      keep: (file) => ({ ...file, choices: [] }),
      preview: (next) =>
        previewCall.mutateAsync({
          kind,
          content: next.contentBase64,
          ...(next.choices.length ? { choices: next.choices } : {}),
        }),
    });

  const choose = async (rowNumber: number, patch: ImportChoicePatch) => {
    if (!picked) return;
    const next = { ...picked, choices: withChoice(picked.choices, rowNumber, patch) };
    setPicked(next);
    setProblem(null);
    await runPreview(next);
  };

  const save = async () => {
    if (!picked) return;
    setProblem(null);
    try {
      const done = await apply.mutateAsync({
        kind,
        content: picked.contentBase64,
        idempotencyKey: picked.idempotencyKey,
        ...(picked.choices.length ? { choices: picked.choices } : {}),
      });
      applied(done);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.organizations.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() }),
      ]);
      onDone?.();
    } catch (error) {
      setProblem(errorMessage(error, t('common.networkError')));
    }
  };

  const toImport = preview ? preview.counts.new + preview.counts.update : 0;
  return (
    <Stack gap="sm">
      <Text size="sm">{t(`directory.import.hint.${kind}`)}</Text>
      <Anchor
        href={templateHref(kind)}
        download={templateFileName[kind]}
        size="sm"
        style={{ alignSelf: 'flex-start' }}
      >
        {t(`directory.import.template.${kind}`)}
      </Anchor>
      <TableFilePicker
        label={t('directory.import.pick')}
        placeholder={t('directory.import.choose')}
        onPick={(file) => void pick(file)}
        disabled={busy}
        reading={previewCall.isPending}
        problem={problem}
        maw={480}
      />
      {result && (
        <Alert color="teal" role="status" title={t('directory.import.doneTitle')}>
          {t('directory.import.done', result)}
        </Alert>
      )}
      {preview && (
        <Stack gap="sm">
          <DirectoryImportRows
            kind={kind}
            preview={preview}
            busy={busy}
            onChoose={(row, patch) => void choose(row, patch)}
          />
          <Button
            style={{ alignSelf: 'flex-start' }}
            disabled={toImport === 0 || busy}
            loading={apply.isPending}
            onClick={() => void save()}
          >
            {t('directory.import.apply', { count: toImport })}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
