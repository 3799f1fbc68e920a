import { Alert, Anchor, Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  formatCalendarDate,
  formatDateTime,
  type InvitationLetter,
  type MeetingDetail,
} from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';
import { useTRPC } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';
import { InvitationLetterDialog } from './invitation-letter-dialog';

/**
 * "Surat undangan" on a scheduled meeting's page: the letter's number, date and signer, its PDF
 * and DOCX, and (for the host's secretariat and heads) setting it and sending the invitations.
 */
export function InvitationLetterSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const letter = useQuery(
    trpc.letters.invitation.queryOptions(
      { meetingId: meeting.id },
      { enabled: meeting.status === 'scheduled' },
    ),
  );
  if (meeting.status !== 'scheduled') return null;
  return (
    <section aria-labelledby="invitation-letter-heading">
      <Title order={2} size="h3" id="invitation-letter-heading" mb="sm">
        {t('letters.title')}
      </Title>
      {letter.isPending ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : letter.isError ? (
        <Alert color="red" role="alert">
          {errorMessage(letter.error, t('letters.loadError'))}
        </Alert>
      ) : (
        <LetterView letter={letter.data} meeting={meeting} />
      )}
    </section>
  );
}

function LetterView({ letter, meeting }: { letter: InvitationLetter; meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [sending, setSending] = useState(false);
  const reloadMeeting = () =>
    queryClient.invalidateQueries({ queryKey: trpc.meetings.get.queryKey({ id: meeting.id }) });

  return (
    <Stack gap="xs">
      {letter.number && letter.date ? (
        <>
          <Text>
            {t('letters.numbered', { number: letter.number, date: formatCalendarDate(letter.date, lang) })}
          </Text>
          {letter.signer && <Text size="sm">{t('letters.signedBy', { name: letter.signer.name })}</Text>}
          <Text size="sm" c="dimmed">
            {t('letters.paper', { size: letter.paperSize })}
          </Text>
          <Group gap="md">
            <Anchor href={`/api/rapat/${meeting.id}/undangan.pdf`} download>
              {t('letters.downloadPdf')}
            </Anchor>
            <Anchor href={`/api/rapat/${meeting.id}/undangan.docx`} download>
              {t('letters.downloadDocx')}
            </Anchor>
          </Group>
        </>
      ) : (
        <Text c="dimmed">{t('letters.notNumbered')}</Text>
      )}
      {letter.sentAt && (
        <Text size="sm">
          {t('letters.sentAt', { when: formatDateTime(letter.sentAt, lang, meeting.timeZone) })}
        </Text>
      )}
      {letter.mayEdit && (
        <Group gap="sm" wrap="wrap">
          <Button variant="light" onClick={() => setEditing(true)}>
            {t('letters.set')}
          </Button>
          {letter.number && (
            <Button variant="light" onClick={() => setSending(true)}>
              {letter.sentAt ? t('letters.resend') : t('letters.send')}
            </Button>
          )}
        </Group>
      )}
      {editing && (
        <InvitationLetterDialog
          opened
          onClose={() => setEditing(false)}
          letter={letter}
          hostOrganizationId={meeting.host.id}
          onSaved={() => {
            notifications.show({ message: t('letters.saved') });
            void reloadMeeting();
          }}
        />
      )}
      {sending && <SendDialog letter={letter} onClose={() => setSending(false)} onSent={reloadMeeting} />}
    </Stack>
  );
}

/** Who gets an email and who will not, then the sending (a resend says it is one). */
function SendDialog({
  letter,
  onClose,
  onSent,
}: {
  letter: InvitationLetter;
  onClose: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const send = useMutation(trpc.letters.sendInvitations.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);
  const reached = letter.recipients.filter((r) => r.hasEmail);
  const missed = letter.recipients.filter((r) => !r.hasEmail);

  const confirm = async () => {
    setProblem(null);
    try {
      const sent = await send.mutateAsync({
        meetingId: letter.meetingId,
        version: letter.version,
        resend: letter.sentAt !== null,
      });
      queryClient.setQueryData(
        trpc.letters.invitation.queryKey({ meetingId: letter.meetingId }),
        sent.letter,
      );
      notifications.show({
        message: sent.alreadySent ? t('letters.alreadySent') : t('letters.sentCount', { count: sent.queued }),
      });
      onSent();
      onClose();
    } catch (error) {
      setProblem(errorMessage(error, t('letters.saveError')));
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('letters.sendTitle')} size="lg">
      <Stack gap="sm">
        {letter.sentAt && <Alert color="yellow">{t('letters.resendExplain')}</Alert>}
        <Text>{t('letters.withEmail', { count: reached.length })}</Text>
        {missed.length > 0 ? (
          <div>
            <Text size="sm" fw={600}>
              {t('letters.withoutEmail')}
            </Text>
            <List size="sm">
              {missed.map((r) => (
                <List.Item key={r.participantId}>
                  {r.organization ? `${r.name} (${r.organization})` : r.name}
                </List.Item>
              ))}
            </List>
          </div>
        ) : (
          <Text size="sm" c="dimmed">
            {t('letters.everyoneHasEmail')}
          </Text>
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('letters.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={send.isPending} disabled={reached.length === 0}>
            {t('letters.sendConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
