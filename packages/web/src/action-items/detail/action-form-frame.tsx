import { Button, Group, Stack } from '@mantine/core';
import type { ActionItemDetail } from '@tindak/shared';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveProblemAlert } from '../../kit/form/save-problem-alert';
import type { SaveFeedback } from '../../kit/form/use-save-feedback';

/** The kit's alert in the item page's words: "Belum terkirim", "Tindak lanjut ini sudah diubah …". */
export function ActionFormAlert({
  feedback,
  onReload,
}: {
  feedback: SaveFeedback<ActionItemDetail>;
  onReload: (current: ActionItemDetail) => void;
}) {
  const { t } = useTranslation();
  return (
    <SaveProblemAlert
      feedback={feedback}
      notSavedTitle={t('actionItems.actions.notSent')}
      conflictTitle={t('actionItems.conflict.title')}
      onReload={onReload}
    />
  );
}

/** What the frame needs of a form on `useItemForm`. */
interface FramedForm {
  feedback: SaveFeedback<ActionItemDetail>;
  reload: (current: ActionItemDetail) => void;
  formProps: {
    ref: SaveFeedback<ActionItemDetail>['formRef'];
    noValidate: boolean;
    onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  };
}

interface ActionFormFrameProps {
  action: FramedForm;
  onCancel: () => void;
  /** The buttons that act; a submit button among them sends the form. */
  buttons: ReactNode;
  children: ReactNode;
  /** Instead of the plain submit, e.g. to say which of two decisions Enter means. */
  onSubmit?: (event?: FormEvent<HTMLFormElement>) => void;
}

export function ActionFormFrame({ action, onCancel, buttons, children, onSubmit }: ActionFormFrameProps) {
  const { t } = useTranslation();
  return (
    <form {...action.formProps} onSubmit={onSubmit ?? action.formProps.onSubmit}>
      <Stack gap="md">
        {children}
        <ActionFormAlert feedback={action.feedback} onReload={action.reload} />
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
