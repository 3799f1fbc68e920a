import { Button, type MantineColor, Stack, Textarea, type TextareaProps } from '@mantine/core';
import type { ActionItemDetail } from '@tindak/shared';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '../../kit/form/form-buttons';
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
  submitting: boolean;
  /** Closes the form without sending it. */
  close: () => void;
  formProps: {
    ref: SaveFeedback<ActionItemDetail>['formRef'];
    noValidate: boolean;
    onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  };
}

/** A form that decides one of two ways: the submit button (and Enter) says yes, this button no. */
interface Refusal {
  label: string;
  /** Sets the form's yes/no value before it is sent, e.g. `approve`. */
  choose: (yes: boolean) => void;
}

interface ActionFormFrameProps {
  action: FramedForm;
  submitLabel: string;
  submitColor?: MantineColor;
  /** Busy beyond the save itself, e.g. while files upload. */
  busy?: boolean;
  refusal?: Refusal;
  children: ReactNode;
}

/** An action form's fields, its alert and its button row: close, (refuse,) submit. */
export function ActionFormFrame({
  action,
  submitLabel,
  submitColor,
  busy = false,
  refusal,
  children,
}: ActionFormFrameProps) {
  const { t } = useTranslation();
  const loading = action.submitting || busy;
  // Both decisions send the same form, so the value is set first and then the form is submitted.
  const decide = (yes: boolean) => {
    if (action.submitting || !refusal) return;
    refusal.choose(yes);
    action.formProps.onSubmit();
  };
  const onSubmit = refusal
    ? (event?: FormEvent<HTMLFormElement>) => {
        event?.preventDefault();
        decide(true);
      }
    : action.formProps.onSubmit;
  return (
    <form {...action.formProps} onSubmit={onSubmit}>
      <Stack gap="md">
        {children}
        <ActionFormAlert feedback={action.feedback} onReload={action.reload} />
        <FormButtons
          cancelLabel={t('actionItems.actions.close')}
          onCancel={action.close}
          submitLabel={submitLabel}
          submitColor={submitColor}
          submitting={loading}
        >
          {refusal && (
            <Button color="red" variant="light" onClick={() => decide(false)} loading={loading}>
              {refusal.label}
            </Button>
          )}
        </FormButtons>
      </Stack>
    </form>
  );
}

/** Props every action form gets from the panel. */
export interface ActionFormProps {
  onDone: () => void;
}

/** The longer text of an action form (a reason, a note, an instruction): grows with what is typed. */
export function ActionTextarea(props: TextareaProps) {
  return <Textarea autosize minRows={3} maxRows={10} {...props} />;
}
