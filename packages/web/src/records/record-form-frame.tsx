import { Stack, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '../kit/form/form-buttons';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import type { SaveForm } from '../kit/form/use-save-form';
import type { RecordKind } from './record-kind';

/** What every proposal and commitment has: what it says, and an optional description. */
interface RecordText {
  title: string;
  description: string;
}

interface RecordFormFrameProps<Values extends RecordText, Saved> {
  save: SaveForm<Values, Saved>;
  kind: RecordKind;
  /** An existing record is being edited ("Ubah usulan"), not a new one recorded ("Usulan baru"). */
  editing: boolean;
  onCancel: () => void;
  /** The record's own fields, after its title and description. */
  children: ReactNode;
}

/** Around a record's fields: its title and description first; what went wrong saving, then cancel and save. */
export function RecordFormFrame<Values extends RecordText, Saved>({
  save,
  kind,
  editing,
  onCancel,
  children,
}: RecordFormFrameProps<Values, Saved>) {
  const { t } = useTranslation();
  // Widened: every form of a record has these two fields, whatever else it holds.
  const form = save.form as unknown as SaveForm<RecordText, Saved>['form'];
  return (
    <form {...save.formProps} aria-label={t(editing ? `${kind}.form.editTitle` : `${kind}.form.newTitle`)}>
      <Stack gap="sm">
        <TextInput
          label={t(`${kind}.form.title`)}
          placeholder={t(`${kind}.form.titlePlaceholder`)}
          required
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t(`${kind}.form.description`)}
          autosize
          minRows={3}
          maxRows={12}
          {...form.getInputProps('description')}
        />
        {children}
        <SaveProblemAlert
          feedback={save.feedback}
          notSavedTitle={t(`${kind}.form.notSaved`)}
          onReload={save.reload}
        />
        <FormButtons
          cancelLabel={t('meetingRecord.cancel')}
          onCancel={onCancel}
          submitLabel={t(editing ? `${kind}.form.saveChanges` : `${kind}.form.save`)}
          submitting={save.submitting}
        />
      </Stack>
    </form>
  );
}
