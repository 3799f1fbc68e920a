import { Alert, Anchor, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AgreementDetail } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';
import { useTRPC } from '../api/trpc';
import { checkFile, formatFileSize, UploadError, uploadFile } from '../files/upload-file';
import { useLanguage } from '../i18n/use-language';

/** The signed document: PDF or image only (it is read and printed, never an office file). */
const DOCUMENT_FILES = '.pdf,.png,.jpg,.jpeg';

/** The document's download link, and for keepers a button that uploads and attaches (or replaces) it. */
export function AgreementDocument({
  agreement,
  canAttach,
}: {
  agreement: AgreementDetail;
  canAttach: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const attach = useMutation(trpc.agreements.attachDocument.mutationOptions());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { document } = agreement;

  const send = async (file: File | null) => {
    if (!file) return;
    setProblem(null);
    const refused = checkFile(file, lang);
    if (refused) return setProblem(refused);
    setBusy(true);
    try {
      const uploaded = await uploadFile(file, {
        lang,
        onProgress: () => undefined,
        networkMessage: t('common.networkError'),
      });
      const saved = await attach.mutateAsync({
        id: agreement.id,
        version: agreement.version,
        fileId: uploaded.id,
      });
      queryClient.setQueryData(trpc.agreements.get.queryKey({ id: saved.id }), saved);
      notifications.show({ color: 'teal', message: t('agreements.page.attached') });
    } catch (error) {
      setProblem(
        error instanceof UploadError ? error.message : errorMessage(error, t('common.networkError')),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      {document ? (
        <Text>
          <Anchor href={`/api/files/${document.id}`} download={document.fileName}>
            {t('agreements.page.download', { name: document.fileName })}
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            ({formatFileSize(document.sizeBytes, lang)})
          </Text>
        </Text>
      ) : (
        <Text c="dimmed">{t('agreements.page.noDocument')}</Text>
      )}
      {canAttach && (
        <Group gap="xs">
          <FileButton onChange={(file) => void send(file)} accept={DOCUMENT_FILES}>
            {(props) => (
              <Button {...props} variant="light" size="compact-sm" loading={busy}>
                {document ? t('agreements.page.replace') : t('agreements.page.attach')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('agreements.page.attachHint')}
          </Text>
        </Group>
      )}
      {problem && (
        <Alert color="red" title={t('agreements.page.uploadFailed')} role="alert">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
