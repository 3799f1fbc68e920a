import { MAX_ATTENDANCE_FILE_BYTES } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';
import { newUuid } from '../lib/uuid';
import { fileToBase64 } from './table-file';

/** A picked CSV/XLSX file as an import sends it, with the key its apply runs under (one file, one apply). */
export interface PickedTableFile {
  fileName: string;
  contentBase64: string;
  idempotencyKey: string;
}

interface TableFileImportOptions<Picked extends PickedTableFile, Preview> {
  /** Said when the file is larger than any import reads. */
  tooLarge: string;
  /** What the import keeps with the file, e.g. the per-row choices made so far. */
  keep: (file: PickedTableFile) => Picked;
  preview: (picked: Picked) => Promise<Preview>;
}

/**
 * The state of a preview-then-apply import (the directory, an indicator's values): picking a file
 * starts over and previews it. A failed preview leaves none shown, so the rows on screen are always
 * those applying would record.
 */
export function useTableFileImport<Picked extends PickedTableFile, Preview, Result>({
  tooLarge,
  keep,
  preview,
}: TableFileImportOptions<Picked, Preview>) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [shown, setShown] = useState<Preview | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const runPreview = async (next: Picked) => {
    try {
      setShown(await preview(next));
    } catch (error) {
      setShown(null);
      setProblem(errorMessage(error, t('common.networkError')));
    }
  };

  const pick = async (file: File | null) => {
    setPicked(null);
    setShown(null);
    setResult(null);
    setProblem(null);
    if (!file) return;
    if (file.size > MAX_ATTENDANCE_FILE_BYTES) {
      setProblem(tooLarge);
      return;
    }
    const next = keep({
      fileName: file.name,
      contentBase64: await fileToBase64(file),
      idempotencyKey: newUuid(),
    });
    setPicked(next);
    await runPreview(next);
  };

  /** The apply went through: its result shown, the file and its preview put away. */
  const applied = (done: Result) => {
    setResult(done);
    setPicked(null);
    setShown(null);
  };

  return { picked, setPicked, preview: shown, result, problem, setProblem, pick, runPreview, applied };
}
