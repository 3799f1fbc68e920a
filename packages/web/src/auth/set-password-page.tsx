import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pathTo, setPasswordInput } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { AuthCard, AuthProblem } from './auth-card';

/** Where an invitation or a password-reset link lands. */
export function SetPasswordPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
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
    onSaved: async () => {
      queryClient.clear();
      const { user } = await queryClient.fetchQuery(trpc.auth.me.queryOptions());
      // The account's language follows the person to whichever computer they sign in on.
      if (user && user.language !== i18n.language) await i18n.changeLanguage(user.language);
      navigate('/', { replace: true });
    },
  });
  return (
    <AuthCard title={t('auth.setTitle')} lead={t('auth.setLead')}>
      {!token ? (
        <Alert color="red" role="alert">
          {t('auth.missingToken')}
        </Alert>
      ) : (
        <form {...formProps}>
          <Stack gap="sm">
            <AuthProblem feedback={feedback} />
            <PasswordInput
              label={t('auth.newPassword')}
              autoComplete="new-password"
              required
              minLength={10}
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={submitting}>
              {t('auth.savePassword')}
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
