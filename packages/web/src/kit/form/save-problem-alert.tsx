import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveFeedback } from './use-save-feedback';

interface SaveProblemAlertProps<T> {
  feedback: SaveFeedback<T>;
  /** Title of the alert when nothing was saved, e.g. "Notulen belum tersimpan". */
  notSavedTitle?: string;
  /** Title of a conflict, e.g. "Rapat ini sudah diubah orang lain". */
  conflictTitle?: string;
  /** Takes the record as it is now (after a CONFLICT); the form keeps what was typed unless it mirrors the record. */
  onReload: (current: T) => void;
}

/** The alert above a form's buttons: what went wrong, or that the latest version is now loaded. */
export function SaveProblemAlert<T>({
  feedback,
  notSavedTitle,
  conflictTitle,
  onReload,
}: SaveProblemAlertProps<T>) {
  const { t } = useTranslation();
  const { problem, notice, alertRef } = feedback;
  if (!problem && !notice) return null;
  if (!problem) {
    return (
      <Alert ref={alertRef} tabIndex={-1} color="blue" role="status">
        {notice}
      </Alert>
    );
  }
  if (problem.kind === 'conflict') {
    const { current } = problem;
    return (
      <Alert
        ref={alertRef}
        tabIndex={-1}
        color="orange"
        title={conflictTitle ?? t('saveForm.conflictTitle')}
        role="alert"
      >
        <Stack gap="sm" align="flex-start">
          <span>{problem.message}</span>
          <span>{t('saveForm.conflictKeepTyped')}</span>
          {current && (
            <Button variant="white" color="orange" onClick={() => onReload(current)}>
              {t('saveForm.conflictReload')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert
      ref={alertRef}
      tabIndex={-1}
      color="red"
      title={notSavedTitle ?? t('saveForm.notSaved')}
      role="alert"
    >
      {problem.kind === 'fields' ? (problem.message ?? t('saveForm.fixErrors')) : problem.message}
    </Alert>
  );
}
