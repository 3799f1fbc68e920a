import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveFeedback } from './use-save-feedback';

interface SaveProblemAlertProps<T> {
  feedback: SaveFeedback<T>;
  /** Title of the alert when nothing was saved, e.g. "Notulen belum tersimpan". */
  notSavedTitle: string;
  /** Takes the record as it is now while the form keeps what was typed. */
  onReload: (current: T) => void;
}

/** The alert above a form's buttons: what went wrong, or that the latest version is now loaded. */
export function SaveProblemAlert<T>({ feedback, notSavedTitle, onReload }: SaveProblemAlertProps<T>) {
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
        title={t('meetingRecord.conflict.title')}
        role="alert"
      >
        <Stack gap="sm" align="flex-start">
          <span>{problem.message}</span>
          <span>{t('meetingRecord.conflict.keepTyped')}</span>
          {current && (
            <Button variant="white" color="orange" onClick={() => onReload(current)}>
              {t('meetingRecord.conflict.reload')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert ref={alertRef} tabIndex={-1} color="red" title={notSavedTitle} role="alert">
      {problem.kind === 'fields' ? (problem.message ?? t('meetingRecord.fixErrors')) : problem.message}
    </Alert>
  );
}
