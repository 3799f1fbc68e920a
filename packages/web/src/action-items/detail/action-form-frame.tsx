import { Alert, Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemAction } from './use-item-action';

/** The alert above a form's buttons: a conflict with its way out, a failure, or a notice. */
export function ActionFormAlert({ action }: { action: ItemAction }) {
  const { t } = useTranslation();
  const { problem, notice, alertRef } = action;
  if (!problem && !notice) return null;
  if (!problem) {
    return (
      <Alert ref={alertRef} tabIndex={-1} color="blue" role="status">
        {notice}
      </Alert>
    );
  }
  if (problem.kind === 'conflict') {
    return (
      <Alert ref={alertRef} tabIndex={-1} color="orange" title={t('actionItems.conflict.title')} role="alert">
        <Stack gap="sm" align="flex-start">
          <span>{problem.message}</span>
          <Button variant="white" color="orange" onClick={() => void action.loadLatest()}>
            {t('actionItems.conflict.load')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert ref={alertRef} tabIndex={-1} color="red" title={t('actionItems.actions.notSent')} role="alert">
      {problem.kind === 'fields' ? (problem.message ?? t('actionItems.actions.fixErrors')) : problem.message}
    </Alert>
  );
}

interface ActionFormFrameProps {
  action: ItemAction;
  onCancel: () => void;
  /** Submitting the form (Enter in a single-line field, or the submit button). */
  onSubmit: () => void;
  /** The buttons that act; a submit button among them sends the form. */
  buttons: ReactNode;
  children: ReactNode;
}

export function ActionFormFrame({ action, onCancel, onSubmit, buttons, children }: ActionFormFrameProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!action.pending) onSubmit();
  };
  return (
    <form ref={action.formRef} noValidate onSubmit={submit}>
      <Stack gap="md">
        {children}
        <ActionFormAlert action={action} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actionItems.actions.close')}
          </Button>
          {buttons}
        </Group>
      </Stack>
    </form>
  );
}

/** Props every action form gets from the panel. */
export interface ActionFormProps {
  onDone: () => void;
}
