import { Alert } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { passwordResetRequestInput } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { EmailInput } from '../kit/form/email-input';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { AuthCard } from './auth-card';
import { AuthForm, BackToSignIn } from './auth-form';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const { form, feedback, formProps, submitting } = useSaveForm<{ email: string }, unknown>({
    initialValues: { email: '' },
    validate: (values, lang) => schemaErrors(passwordResetRequestInput, values, lang),
    isShown: (path) => path === 'email',
    save: (values) => request.mutateAsync(values),
  });
  return (
    <AuthCard title={t('auth.forgotTitle')} lead={t('auth.forgotLead')}>
      {request.isSuccess ? (
        <Alert color="teal" role="status">
          {t('auth.linkSent')}
        </Alert>
      ) : (
        <AuthForm
          formProps={formProps}
          feedback={feedback}
          submitLabel={t('auth.sendLink')}
          submitting={submitting}
        >
          <EmailInput label={t('auth.email')} autoComplete="username" {...form.getInputProps('email')} />
        </AuthForm>
      )}
      <BackToSignIn />
    </AuthCard>
  );
}
