import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type InvitationLetter, todayIn, translateMessage } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldIssues } from '../api/errors';
import { useTRPC } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';
import { DateField } from '../kit/form/date-field';
import { PersonSelect } from '../kit/person-select';

interface Props {
  opened: boolean;
  onClose: () => void;
  letter: InvitationLetter;
  hostOrganizationId: string;
  /** The meeting page reloads the meeting too: its version moved on. */
  onSaved: () => void;
}

/** Number, date and signer of the surat undangan: what the letter prints and the emails cite. */
export function InvitationLetterDialog({ opened, onClose, letter, hostOrganizationId, onSaved }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [number, setNumber] = useState(letter.number ?? '');
  const [date, setDate] = useState(letter.date ?? todayIn());
  const [signer, setSigner] = useState<string | null>(letter.signer?.id ?? null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const save = useMutation(trpc.letters.setInvitation.mutationOptions());

  const submit = async () => {
    setProblem(null);
    const errors: Record<string, string> = {};
    if (!number.trim()) errors.number = translateMessage('required', lang);
    if (!date) errors.date = translateMessage('required', lang);
    if (!signer) errors.signerPersonId = translateMessage('required', lang);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0 || !signer) return;
    try {
      const saved = await save.mutateAsync({
        meetingId: letter.meetingId,
        version: letter.version,
        number,
        date,
        signerPersonId: signer,
      });
      queryClient.setQueryData(trpc.letters.invitation.queryKey({ meetingId: letter.meetingId }), saved);
      onSaved();
      onClose();
    } catch (error) {
      const byField = Object.fromEntries(fieldIssues(error).map((issue) => [issue.path, issue.message]));
      setFieldErrors(byField);
      setProblem(errorMessage(error, t('letters.saveError')));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('letters.dialogTitle')} fullScreen={false} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('letters.number')}
            description={t('letters.numberHint')}
            value={number}
            onChange={(event) => setNumber(event.currentTarget.value)}
            maxLength={100}
            withAsterisk
            error={fieldErrors.number}
            data-autofocus
          />
          <DateField
            label={t('letters.date')}
            value={date}
            onChange={setDate}
            withAsterisk
            error={fieldErrors.date}
          />
          <PersonSelect
            label={t('letters.signer')}
            description={t('letters.signerHint')}
            organizationId={hostOrganizationId}
            value={signer}
            onChange={setSigner}
            known={letter.signer}
            error={fieldErrors.signerPersonId}
          />
          {problem && (
            <div role="alert" style={{ color: 'var(--mantine-color-red-8)' }}>
              {problem}
            </div>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('letters.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('letters.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
