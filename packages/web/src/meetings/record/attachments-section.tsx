import { Anchor, Button, FileInput, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FileRef, formatDate, type MeetingDetail } from '@tindak/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError, errorCode, errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { useMayChange } from '../../auth/use-authority';
import {
  ACCEPTED_FILES,
  checkFile,
  fileTypeName,
  formatFileSize,
  UploadError,
  uploadFile,
} from '../../files/upload-file';
import { useLanguage } from '../../i18n/use-language';
import { parseMeetingDetail } from '../form/shown-paths';

type Upload = { stage: 'uploading'; name: string; percent: number } | { stage: 'attaching'; name: string };

/**
 * "Lampiran": the invitation letter, the attendance list scan, slides; everyone may download,
 * those who may change this meeting also upload and remove.
 */
export function AttachmentsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const mayChange = useMayChange('meeting', meeting.homeRegionCodes);
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const attach = useMutation(trpc.meetings.attachFile.mutationOptions());
  const detach = useMutation(trpc.meetings.detachFile.mutationOptions());
  const [upload, setUpload] = useState<Upload | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const key = trpc.meetings.get.queryKey({ id: meeting.id });

  /**
   * Adding or removing a file cannot overwrite anyone's typing, so a CONFLICT is settled here:
   * take the current version and ask once more.
   */
  const withCurrentVersion = async (change: (version: number) => Promise<MeetingDetail>) => {
    try {
      return await change(meeting.version);
    } catch (error) {
      if (errorCode(error) !== 'CONFLICT') throw error;
      const current = parseMeetingDetail(asApiError(error)?.data?.current);
      if (!current) throw error;
      queryClient.setQueryData(key, current);
      return change(current.version);
    }
  };

  const pick = async (file: File | null) => {
    setPickError(null);
    if (!file) return;
    const refused = checkFile(file, lang);
    if (refused) {
      setPickError(refused);
      return;
    }
    setUpload({ stage: 'uploading', name: file.name, percent: 0 });
    try {
      const stored = await uploadFile(file, {
        lang,
        networkMessage: t('common.networkError'),
        onProgress: (percent) => setUpload({ stage: 'uploading', name: file.name, percent }),
      });
      setUpload({ stage: 'attaching', name: stored.fileName });
      const saved = await withCurrentVersion((version) =>
        attach.mutateAsync({ id: meeting.id, version, fileId: stored.id }),
      );
      queryClient.setQueryData(key, saved);
      notifications.show({
        color: 'teal',
        message: t('meetingRecord.attachments.added', { name: stored.fileName }),
      });
    } catch (error) {
      setPickError(
        error instanceof UploadError ? error.message : errorMessage(error, t('common.networkError')),
      );
    } finally {
      setUpload(null);
    }
  };

  const remove = async (file: FileRef) => {
    setRemoveError(null);
    try {
      const saved = await withCurrentVersion((version) =>
        detach.mutateAsync({ id: meeting.id, version, fileId: file.id }),
      );
      queryClient.setQueryData(key, saved);
      setConfirming(null);
      notifications.show({
        color: 'teal',
        message: t('meetingRecord.attachments.removed', { name: file.fileName }),
      });
      // The row and its buttons are gone; keep keyboard users in the section.
      headingRef.current?.focus();
    } catch (error) {
      setRemoveError(errorMessage(error, t('common.networkError')));
    }
  };

  return (
    <section aria-labelledby="attachments-heading">
      <Title order={2} size="h3" id="attachments-heading" mb="sm" ref={headingRef} tabIndex={-1}>
        {t('meetingRecord.attachments.title')}
      </Title>
      <Stack gap="sm">
        {meeting.attachments.length === 0 ? (
          <Text c="dimmed">
            {mayChange ? t('meetingRecord.attachments.empty') : t('meetingRecord.attachments.emptyReadOnly')}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" className="tindak-plain-list" aria-labelledby="attachments-heading">
            {meeting.attachments.map((file) => (
              <Paper component="li" key={file.id} withBorder p="xs">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <div className="tindak-wrap" style={{ minWidth: 0, flex: '1 1 200px' }}>
                    <Anchor href={`/api/files/${file.id}`} download={file.fileName} fw={500}>
                      {file.fileName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {[
                        fileTypeName(file.contentType),
                        formatFileSize(file.sizeBytes, lang),
                        formatDate(file.createdAt, lang, meeting.timeZone),
                      ].join(' · ')}
                    </Text>
                  </div>
                  {mayChange &&
                    (confirming === file.id ? (
                      <Group
                        gap="xs"
                        role="group"
                        aria-label={t('meetingRecord.attachments.confirmRemove', { name: file.fileName })}
                      >
                        <Text size="sm">
                          {t('meetingRecord.attachments.confirmRemove', { name: file.fileName })}
                        </Text>
                        <Button
                          size="xs"
                          color="red"
                          loading={detach.isPending}
                          onClick={() => void remove(file)}
                        >
                          {t('meetingRecord.attachments.confirmYes')}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                          {t('meetingRecord.cancel')}
                        </Button>
                      </Group>
                    ) : (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('meetingRecord.attachments.removeNamed', { name: file.fileName })}
                        onClick={() => {
                          setRemoveError(null);
                          setConfirming(file.id);
                        }}
                      >
                        {t('meetingRecord.remove')}
                      </Button>
                    ))}
                </Group>
                {confirming === file.id && removeError && (
                  <Text size="sm" c="red" role="alert" mt="xs">
                    {removeError}
                  </Text>
                )}
              </Paper>
            ))}
          </Stack>
        )}
        {mayChange && (
          <FileInput
            label={t('meetingRecord.attachments.add')}
            description={t('meetingRecord.attachments.hint')}
            placeholder={t('meetingRecord.attachments.choose')}
            accept={ACCEPTED_FILES}
            value={null}
            onChange={(file) => void pick(file)}
            disabled={upload !== null}
            error={pickError}
            maw={480}
          />
        )}
        {upload && (
          <Stack gap={4} role="status" maw={480}>
            <Text size="sm">
              {upload.stage === 'uploading'
                ? t('meetingRecord.attachments.uploading', { name: upload.name, percent: upload.percent })
                : t('meetingRecord.attachments.attaching', { name: upload.name })}
            </Text>
            <Progress
              value={upload.stage === 'uploading' ? upload.percent : 100}
              animated={upload.stage === 'attaching'}
              aria-label={t('meetingRecord.attachments.progress')}
            />
          </Stack>
        )}
      </Stack>
    </section>
  );
}
