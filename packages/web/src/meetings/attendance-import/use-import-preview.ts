import { type AttendancePreview, type AttendanceRowChoice, MAX_ATTENDANCE_FILE_BYTES } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { fileToBase64 } from '../../kit/table-file';

export type RunPreview = (input: {
  content: string;
  choices?: AttendanceRowChoice[];
}) => Promise<AttendancePreview>;

/** What a choice for one row changes: its office, its person, or both. */
export type ChoicePatch = Omit<AttendanceRowChoice, 'rowNumber'>;

/**
 * The picked file, its preview and the per-row "Cocokkan dengan…" choices. Each choice previews
 * again, so the table always shows what saving would do; choices travel only when there are some.
 */
export function useImportPreview(run: RunPreview) {
  const { t } = useTranslation();
  const [content, setContent] = useState<string | null>(null);
  const [result, setResult] = useState<AttendancePreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [choices, setChoices] = useState<AttendanceRowChoice[]>([]);

  const preview = async (base64: string, nextChoices: AttendanceRowChoice[]) => {
    setResult(await run({ content: base64, ...(nextChoices.length ? { choices: nextChoices } : {}) }));
  };

  const pick = async (file: File | null) => {
    setProblem(null);
    setResult(null);
    setChoices([]);
    if (!file) return;
    if (file.size > MAX_ATTENDANCE_FILE_BYTES) {
      setProblem(t('attendanceImport.tooLarge'));
      return;
    }
    try {
      const base64 = await fileToBase64(file);
      setContent(base64);
      await preview(base64, []);
    } catch (error) {
      setProblem(errorMessage(error, t('common.networkError')));
    }
  };

  const choose = async (rowNumber: number, patch: ChoicePatch) => {
    if (!content) return;
    const current = choices.find((c) => c.rowNumber === rowNumber);
    // Another office means other people: a person chosen for the old office no longer holds.
    const next: AttendanceRowChoice =
      'organizationId' in patch
        ? { rowNumber, organizationId: patch.organizationId }
        : { ...current, rowNumber, ...patch };
    const nextChoices = [...choices.filter((c) => c.rowNumber !== rowNumber), next].sort(
      (a, b) => a.rowNumber - b.rowNumber,
    );
    setChoices(nextChoices);
    setProblem(null);
    try {
      await preview(content, nextChoices);
    } catch (error) {
      setProblem(errorMessage(error, t('common.networkError')));
    }
  };

  const reset = () => {
    setContent(null);
    setResult(null);
    setChoices([]);
  };

  return {
    content,
    result,
    problem,
    setProblem,
    choices,
    pick,
    choose,
    reset,
    refresh: () => (content ? preview(content, choices) : Promise.resolve()),
  };
}
