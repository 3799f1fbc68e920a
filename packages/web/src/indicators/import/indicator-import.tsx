import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type Indicator,
  type IndicatorImportPreview,
  type IndicatorImportResult,
  isPeriodOfKind,
} from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { TableFilePicker } from '../../kit/table-file-picker';
import { type PickedTableFile, useTableFileImport } from '../../kit/use-table-file-import';
import { newUuid } from '../../lib/uuid';
import { IndicatorImportRows } from './indicator-import-rows';
import { templateFileName, templateHref } from './indicator-import-template';

/** The rows apply records: those the preview showed as new or changed, with the version it showed. */
const confirmedRows = (preview: IndicatorImportPreview) =>
  preview.rows
    .filter((row) => row.status === 'new' || row.status === 'changed')
    .map((row) => ({ rowNumber: row.rowNumber, version: row.current?.version ?? null }));

/**
 * "Impor nilai" of one indicator from CSV/XLSX, as the directory import does it: the file is
 * previewed row by row (new, changed with the value it replaces, the same, error with what to fix,
 * outside the user's region) and then imported once; a value changed by someone meanwhile stops
 * the import, and the preview is shown again as it stands now.
 */
export function IndicatorImport({ indicator, onDone }: { indicator: Indicator; onDone?: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const previewCall = useMutation(trpc.indicatorImport.previewFile.mutationOptions());
  const apply = useMutation(trpc.indicatorImport.applyFile.mutationOptions());
  const [period, setPeriod] = useState('');
  const busy = previewCall.isPending || apply.isPending;
  const periodOk = period === '' || isPeriodOfKind(period, indicator.periodKind);
  const input = (file: PickedTableFile) => ({
    indicatorId: indicator.id,
    fileName: file.fileName,
    contentBase64: file.contentBase64,
    ...(period ? { period } : {}),
  });
  const { picked, setPicked, preview, result, problem, setProblem, pick, runPreview, applied } =
    useTableFileImport<PickedTableFile, IndicatorImportPreview, IndicatorImportResult>({
      tooLarge: t('indicators.import.tooLarge'),
      keep: (file) => file,
      preview: (file) => previewCall.mutateAsync(input(file)),
    });

  const save = async () => {
    if (!picked || !preview) return;
    setProblem(null);
    try {
      const done = await apply.mutateAsync({
        ...input(picked),
        rows: confirmedRows(preview),
        idempotencyKey: picked.idempotencyKey,
      });
      applied(done);
      await queryClient.invalidateQueries({ queryKey: trpc.indicators.pathKey() });
      onDone?.();
    } catch (error) {
      setProblem(errorMessage(error, t('common.networkError')));
      // Someone changed a value meanwhile: show the rows as they stand now, under a new key.
      if (errorCode(error) === 'CONFLICT') {
        const again = { ...picked, idempotencyKey: newUuid() };
        setPicked(again);
        await runPreview(again);
      }
    }
  };

  const toImport = preview ? preview.counts.new + preview.counts.changed : 0;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('indicators.import.hint')}</Text>
      <Anchor
        href={templateHref(indicator)}
        download={templateFileName}
        size="sm"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('indicators.import.template')}
      </Anchor>
      <TextInput
        label={t('indicators.import.defaultPeriod')}
        description={t(`indicators.periodHint.${indicator.periodKind}`)}
        value={period}
        onChange={(event) => setPeriod(event.currentTarget.value.trim())}
        onBlur={() => {
          if (!picked || !periodOk) return;
          setProblem(null);
          void runPreview(picked);
        }}
        error={periodOk ? undefined : t('indicators.import.periodInvalid')}
        disabled={busy}
        maw={240}
      />
      <TableFilePicker
        label={t('indicators.import.pick')}
        placeholder={t('indicators.import.choose')}
        onPick={(file) => void pick(file)}
        disabled={busy || !periodOk}
        reading={previewCall.isPending}
        problem={problem}
        maw={480}
      />
      {result && (
        <Alert color="teal" role="status" title={t('indicators.import.doneTitle')}>
          {t('indicators.import.done', { ...result.counts, recorded: result.recorded })}
        </Alert>
      )}
      {preview && (
        <Stack gap="sm">
          <IndicatorImportRows preview={preview} />
          <Button
            style={{ alignSelf: 'flex-start' }}
            disabled={toImport === 0 || busy}
            loading={apply.isPending}
            onClick={() => void save()}
          >
            {t('indicators.import.apply', { count: toImport })}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
