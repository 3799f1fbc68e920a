import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pathTo } from '@tindak/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTRPC } from '../api/trpc';
import { AuthCard } from './auth-card';
import { fieldErrorsOf } from './field-errors';

/** Where an invitation or a password-reset link lands. */
export function SetPasswordPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const save = useMutation(
    trpc.auth.setPassword.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        const { user } = await queryClient.fetchQuery(trpc.auth.me.queryOptions());
        // The account's language follows the person to whichever computer they sign in on.
        if (user && user.language !== i18n.language) await i18n.changeLanguage(user.language);
        navigate('/', { replace: true });
      },
    }),
  );
  const errors = fieldErrorsOf(save.error, t('common.networkError'));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ token, password });
  };
  return (
    <AuthCard title={t('auth.setTitle')} lead={t('auth.setLead')}>
      {!token ? (
        <Alert color="red" role="alert">
          {t('auth.missingToken')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {(errors.form || errors.fields.token) && (
              <Alert color="red" role="alert">
                {errors.form ?? errors.fields.token}
              </Alert>
            )}
            <PasswordInput
              label={t('auth.newPassword')}
              autoComplete="new-password"
              required
              minLength={10}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.fields.password}
            />
            <Button type="submit" loading={save.isPending}>
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
