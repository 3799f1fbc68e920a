import { Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import type { SaveForm } from '../kit/form/use-save-form';
import type { RecordKind } from './record-kind';

interface RecordFormFrameProps<Values extends object, Saved> {
  save: SaveForm<Values, Saved>;
  kind: RecordKind;
  /** An existing record is being edited ("Ubah usulan"), not a new one recorded ("Usulan baru"). */
  editing: boolean;
  onCancel: () => void;
  /** The record's own fields. */
  children: ReactNode;
}

/** Around a record's fields: what went wrong saving, then cancel and save. */
export function RecordFormFrame<Values extends object, Saved>({
  save,
  kind,
  editing,
  onCancel,
  children,
}: RecordFormFrameProps<Values, Saved>) {
  const { t } = useTranslation();
  return (
    <form {...save.formProps} aria-label={t(editing ? `${kind}.form.editTitle` : `${kind}.form.newTitle`)}>
      <Stack gap="sm">
        {children}
        <SaveProblemAlert
          feedback={save.feedback}
          notSavedTitle={t(`${kind}.form.notSaved`)}
          onReload={save.reload}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('meetingRecord.cancel')}
          </Button>
          <Button type="submit" loading={save.submitting}>
            {t(editing ? `${kind}.form.saveChanges` : `${kind}.form.save`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
