import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { passwordResetRequestInput, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { AuthCard, AuthProblem } from './auth-card';

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
        <form {...formProps}>
          <Stack gap="sm">
            <AuthProblem feedback={feedback} />
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              required
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={submitting}>
              {t('auth.sendLink')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to={pathTo('signIn')} size="sm">
        {t('auth.backToSignIn')}
      </Anchor>
    </AuthCard>
  );
}
