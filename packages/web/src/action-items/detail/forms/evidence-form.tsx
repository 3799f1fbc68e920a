import { FileInput, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ActionItemDetail, evidenceSubmitInput, type Language } from '@tindak/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import {
  ACCEPTED_FILES,
  checkFile,
  UploadError,
  type UploadedFile,
  uploadFile,
} from '../../../files/upload-file';
import { useLanguage } from '../../../i18n/use-language';
import { schemaErrors } from '../../../kit/form/validate';
import { usePendingContext } from '../../../offline/pending-context';
import { useSaveOrQueue } from '../../../offline/pending-save';
import { ActionFormFrame, type ActionFormProps, ActionTextarea } from '../action-form-frame';
import { useItemForm } from '../use-item-form';

/** Any id-shaped value: stands in for a chosen but not yet uploaded file when checking the form. */
const PENDING_FILE_ID = '00000000-0000-4000-8000-000000000000';

interface Values {
  note: string;
  link: string;
  files: File[];
}

const fileProblem = (chosen: File[], lang: Language) =>
  chosen.map((file) => checkFile(file, lang)).find((problem) => problem !== null) ?? null;

/** Evidence of completion: a note, a link and/or files; sending it asks for verification. */
export function EvidenceForm({ item, onDone }: ActionFormProps & { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.submitEvidence.mutationOptions());
  // A retry after a failed send reuses the uploads instead of storing a file twice.
  const uploaded = useRef(new Map<File, UploadedFile>());
  const [uploading, setUploading] = useState(false);
  const saveOrQueue = useSaveOrQueue();
  const canQueue = usePendingContext() !== null;
  // Whether the last save waited on the device, for the toast to say so.
  const queued = useRef(false);

  /** Stores the chosen files first; false (with the message on the file field) when one fails. */
  const uploadAll = async (files: File[]) => {
    setUploading(true);
    try {
      for (const file of files) {
        if (uploaded.current.has(file)) continue;
        const upload = await uploadFile(file, {
          lang,
          onProgress: () => {},
          networkMessage: t('common.networkError'),
        });
        uploaded.current.set(file, upload);
      }
      return true;
    } catch (error) {
      // No connection: the photos wait on the device with the change (see `save`).
      if (canQueue && error instanceof UploadError && error.network) return true;
      act.form.setFieldError(
        'fileIds',
        error instanceof UploadError ? error.message : t('common.networkError'),
      );
      act.feedback.invalid();
      return false;
    } finally {
      setUploading(false);
    }
  };

  const act = useItemForm<Values>(item, {
    initialValues: { note: '', link: '', files: [] },
    validate: (values, lang) => {
      const draft = {
        id: item.id,
        version: item.version,
        note: values.note,
        link: values.link,
        fileIds: values.files.map(() => PENDING_FILE_ID),
      };
      const errors = schemaErrors(evidenceSubmitInput, draft, lang);
      const problem = fileProblem(values.files, lang);
      if (problem) errors.fileIds = problem;
      return errors;
    },
    fields: ['note', 'link', 'fileIds'],
    shouldSave: (values) => (navigator.onLine ? uploadAll(values.files) : true),
    save: async ({ note, link, files }, version) => {
      const notUploaded = files.filter((file) => !uploaded.current.has(file));
      const fileIds = files.flatMap((file) => uploaded.current.get(file)?.id ?? []);
      const result = await saveOrQueue({
        procedure: 'actionItems.submitEvidence',
        recordId: item.id,
        input: { id: item.id, version, note, link, ...(fileIds.length ? { fileIds } : {}) },
        files: notUploaded.map((file) => ({ name: file.name, blob: file, fileId: null })),
        offline: notUploaded.length > 0,
        label: t('pendingChanges.label.evidence', { title: item.title }),
        send: (sent) => mutation.mutateAsync(sent),
      });
      queued.current = result.queued;
      return result.queued ? item : result.saved;
    },
    done: () =>
      queued.current ? t('pendingChanges.savedOnDevice') : t('actionItems.actions.submitEvidence.done'),
    onDone,
  });
  const { form } = act;

  return (
    <ActionFormFrame
      action={act}
      submitLabel={t('actionItems.actions.submitEvidence.submit')}
      busy={uploading}
    >
      <Text size="sm">{t('actionItems.actions.submitEvidence.intro')}</Text>
      <ActionTextarea
        label={t('actionItems.actions.submitEvidence.note')}
        data-autofocus
        {...form.getInputProps('note')}
      />
      <TextInput
        type="url"
        label={t('actionItems.actions.submitEvidence.link')}
        placeholder="https://"
        {...form.getInputProps('link')}
      />
      <FileInput
        label={t('actionItems.actions.submitEvidence.file')}
        description={t('actionItems.actions.submitEvidence.fileHint')}
        placeholder={t('actionItems.actions.submitEvidence.filePlaceholder')}
        accept={ACCEPTED_FILES}
        multiple
        clearable
        value={form.values.files}
        onChange={(chosen) => {
          form.setFieldValue('files', chosen);
          // Say at once when a chosen file cannot be sent (too large, a kind not accepted).
          const problem = fileProblem(chosen, lang);
          if (problem) form.setFieldError('fileIds', problem);
          else form.clearFieldError('fileIds');
        }}
        error={form.errors.fileIds}
      />
    </ActionFormFrame>
  );
}
