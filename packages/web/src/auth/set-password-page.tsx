import { Alert } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { setPasswordInput } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { AuthCard } from './auth-card';
import { AuthForm, BackToSignIn, NewPasswordInput, useEnterApp } from './auth-form';

/** Where an invitation or a password-reset link lands. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const enterApp = useEnterApp();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const setPassword = useMutation(trpc.auth.setPassword.mutationOptions());
  const { form, feedback, formProps, submitting } = useSaveForm<{ password: string }, unknown>({
    initialValues: { password: '' },
    // The token is the link's, not typed: the server judges it and its answer goes to the alert.
    validate: (values, lang): Record<string, string> => {
      const errors: Record<string, string> = schemaErrors(setPasswordInput, { token, ...values }, lang);
      return errors.password ? { password: errors.password } : {};
    },
    isShown: (path) => path === 'password',
    save: (values) => setPassword.mutateAsync({ token, ...values }),
    onSaved: () => enterApp('/'),
  });
  return (
    <AuthCard title={t('auth.setTitle')} lead={t('auth.setLead')}>
      {!token ? (
        <Alert color="red" role="alert">
          {t('auth.missingToken')}
        </Alert>
      ) : (
        <AuthForm
          formProps={formProps}
          feedback={feedback}
          submitLabel={t('auth.savePassword')}
          submitting={submitting}
        >
          <NewPasswordInput label={t('auth.newPassword')} {...form.getInputProps('password')} />
        </AuthForm>
      )}
      <BackToSignIn />
    </AuthCard>
  );
}
