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

/** Evidence of completion: a note, a link and/or files; sending it asks for verification. */
export function EvidenceForm({ item, onDone }: ActionFormProps & { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.submitEvidence.mutationOptions());
  const act = useItemAction(item, ['note', 'link', 'fileIds']);
  const [note, setNote] = useState('');
  const [link, setLink] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  // A retry after a failed send reuses the uploads instead of storing a file twice.
  const [uploaded, setUploaded] = useState<Map<File, UploadedFile>>(new Map());
  const [uploading, setUploading] = useState(false);

  const fileProblem = (chosen: File[]) =>
    chosen.map((file) => checkFile(file, lang)).find((problem) => problem !== null) ?? null;

  const submit = async () => {
    const draft = {
      id: item.id,
      version: act.version,
      note,
      link,
      fileIds: files.map(() => PENDING_FILE_ID),
    };
    const extra: Record<string, string> = {};
    const problem = fileProblem(files);
    if (problem) extra.fileIds = problem;
    if (!act.check(evidenceSubmitInput, draft, extra)) return;

    const fileIds: string[] = [];
    const stored = new Map(uploaded);
    setUploading(true);
    try {
      for (const file of files) {
        const known = stored.get(file);
        const upload =
          known ??
          (await uploadFile(file, { lang, onProgress: () => {}, networkMessage: t('common.networkError') }));
        stored.set(file, upload);
        fileIds.push(upload.id);
      }
    } catch (error) {
      act.reject({ fileIds: error instanceof UploadError ? error.message : t('common.networkError') });
      return;
    } finally {
      setUploaded(stored);
      setUploading(false);
    }
    const saved = await act.run(
      (version) => mutation.mutateAsync({ ...draft, fileIds, version }),
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
        multiple
        clearable
        value={files}
        onChange={(chosen) => {
          setFiles(chosen);
          act.clearFieldError('fileIds');
          const problem = fileProblem(chosen);
          if (problem) act.reject({ fileIds: problem });
        }}
        error={act.fieldErrors.fileIds}
      />
    </ActionFormFrame>
  );
}
