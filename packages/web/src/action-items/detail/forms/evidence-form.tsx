import { Button, FileInput, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ActionItemDetail, evidenceSubmitInput } from '@tindak/shared';
import { useState } from 'react';
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
import { ActionFormFrame, type ActionFormProps } from '../action-form-frame';
import { useItemAction } from '../use-item-action';

/** Any id-shaped value: stands in for a chosen but not yet uploaded file when checking the form. */
const PENDING_FILE_ID = '00000000-0000-4000-8000-000000000000';

/** Evidence of completion: a note, a link and/or a file; sending it asks for verification. */
export function EvidenceForm({ item, onDone }: ActionFormProps & { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.submitEvidence.mutationOptions());
  const act = useItemAction(item, ['note', 'link', 'fileId']);
  const [note, setNote] = useState('');
  const [link, setLink] = useState('');
  const [file, setFile] = useState<File | null>(null);
  // A retry after a failed send reuses the upload instead of storing the file twice.
  const [uploaded, setUploaded] = useState<{ file: File; stored: UploadedFile } | null>(null);
  const [uploading, setUploading] = useState(false);

  const submit = async () => {
    const draft = { id: item.id, version: act.version, note, link, fileId: file ? PENDING_FILE_ID : null };
    const extra: Record<string, string> = {};
    const fileProblem = file ? checkFile(file, lang) : null;
    if (fileProblem) extra.fileId = fileProblem;
    if (!act.check(evidenceSubmitInput, draft, extra)) return;

    let fileId: string | null = null;
    if (file) {
      if (uploaded?.file === file) {
        fileId = uploaded.stored.id;
      } else {
        setUploading(true);
        try {
          const stored = await uploadFile(file, {
            lang,
            onProgress: () => {},
            networkMessage: t('common.networkError'),
          });
          setUploaded({ file, stored });
          fileId = stored.id;
        } catch (error) {
          act.reject({ fileId: error instanceof UploadError ? error.message : t('common.networkError') });
          return;
        } finally {
          setUploading(false);
        }
      }
    }
    const saved = await act.run(
      (version) => mutation.mutateAsync({ ...draft, fileId, version }),
      t('actionItems.actions.submitEvidence.done'),
    );
    if (saved) onDone();
  };

  return (
    <ActionFormFrame
      action={act}
      onCancel={onDone}
      onSubmit={() => void submit()}
      buttons={
        <Button type="submit" loading={act.pending || uploading}>
          {t('actionItems.actions.submitEvidence.submit')}
        </Button>
      }
    >
      <Text size="sm">{t('actionItems.actions.submitEvidence.intro')}</Text>
      <Textarea
        label={t('actionItems.actions.submitEvidence.note')}
        autosize
        minRows={3}
        maxRows={10}
        data-autofocus
        value={note}
        onChange={(event) => {
          setNote(event.currentTarget.value);
          act.clearFieldError('note');
        }}
        error={act.fieldErrors.note}
      />
      <TextInput
        type="url"
        label={t('actionItems.actions.submitEvidence.link')}
        placeholder="https://"
        value={link}
        onChange={(event) => {
          setLink(event.currentTarget.value);
          act.clearFieldError('link');
        }}
        error={act.fieldErrors.link}
      />
      <FileInput
        label={t('actionItems.actions.submitEvidence.file')}
        description={t('actionItems.actions.submitEvidence.fileHint')}
        placeholder={t('actionItems.actions.submitEvidence.filePlaceholder')}
        accept={ACCEPTED_FILES}
        clearable
        value={file}
        onChange={(chosen) => {
          setFile(chosen);
          act.clearFieldError('fileId');
          const problem = chosen ? checkFile(chosen, lang) : null;
          if (problem) act.reject({ fileId: problem });
        }}
        error={act.fieldErrors.fileId}
      />
    </ActionFormFrame>
  );
}
