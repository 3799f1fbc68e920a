import { Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type AgreementDetail, agreementDetailSchema, agreementSignInput, todayIn } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { DateField } from '../kit/form/date-field';
import { FormButtons } from '../kit/form/form-buttons';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { dateInputProps } from '../records/date-input-props';

interface SignValues {
  signedOn: string;
  signedPlace: string;
}

const parseAgreement = (value: unknown) => {
  const parsed = agreementDetailSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** Signing asks for the day and the place: "Ditandatangani di Banyuasin, 12 Maret 2025". */
export function AgreementSignDialog({
  agreement,
  opened,
  onClose,
}: {
  agreement: AgreementDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('agreements.sign.title')} centered>
      {opened && <SignForm agreement={agreement} onClose={onClose} />}
    </Modal>
  );
}

function SignForm({ agreement, onClose }: { agreement: AgreementDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sign = useMutation(trpc.agreements.sign.mutationOptions());
  const { form, feedback, formProps, submitting, reload } = useSaveForm<SignValues, AgreementDetail>({
    initialValues: { signedOn: todayIn(), signedPlace: '' },
    validate: (values, lang) =>
      schemaErrors(agreementSignInput, { id: agreement.id, version: agreement.version, ...values }, lang),
    isShown: (path) => path === 'signedOn' || path === 'signedPlace',
    parseCurrent: parseAgreement,
    version: agreement.version,
    versionOf: (saved) => saved.version,
    save: (values, context) => sign.mutateAsync({ id: agreement.id, version: context.version, ...values }),
    onSaved: (saved) => {
      queryClient.setQueryData(trpc.agreements.get.queryKey({ id: saved.id }), saved);
      void queryClient.invalidateQueries(trpc.agreements.list.pathFilter());
      notifications.show({ color: 'teal', message: t('agreements.sign.saved') });
      onClose();
    },
    onReload: (current) =>
      queryClient.setQueryData(trpc.agreements.get.queryKey({ id: current.id }), current),
  });
  return (
    <form {...formProps} aria-label={t('agreements.sign.title')}>
      <Stack gap="sm">
        <DateField label={t('agreements.sign.signedOn')} required {...dateInputProps(form, 'signedOn')} />
        <TextInput label={t('agreements.sign.signedPlace')} required {...form.getInputProps('signedPlace')} />
        <SaveProblemAlert feedback={feedback} onReload={reload} />
        <FormButtons
          cancelLabel={t('agreements.sign.cancel')}
          onCancel={onClose}
          submitLabel={t('agreements.sign.submit')}
          submitting={submitting}
        />
      </Stack>
    </form>
  );
}
