import { Anchor, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { pathTo, signInInput } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useTRPC } from '../api/trpc';
import { EmailInput } from '../kit/form/email-input';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { useSession } from '../session/use-current-user';
import { AuthCard } from './auth-card';
import { AuthForm, PasswordField, useEnterApp } from './auth-form';
import { DemoAccounts } from './demo-accounts';

interface SignInValues {
  email: string;
  password: string;
}

/** Only same-app paths: never send someone to another site after signing in. */
function safeNext(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const enterApp = useEnterApp();
  const [params] = useSearchParams();
  const next = safeNext(params.get('lanjut'));
  const session = useSession();
  const signIn = useMutation(trpc.auth.signIn.mutationOptions());
  const { form, feedback, formProps, submitting } = useSaveForm<SignInValues, SignInValues>({
    initialValues: { email: '', password: '' },
    validate: (values, lang) => schemaErrors(signInInput, values, lang),
    isShown: (path) => path === 'email' || path === 'password',
    save: async (values) => {
      await signIn.mutateAsync(values);
      return values;
    },
    onSaved: () => enterApp(next),
  });
  if (session.data?.user) return <Navigate to={next} replace />;

  const demo = session.data?.demoAccounts ?? [];

  return (
    <AuthCard title={t('auth.signInTitle')} lead={t('auth.signInLead')}>
      <AuthForm
        formProps={formProps}
        feedback={feedback}
        submitLabel={t('auth.signIn')}
        submitting={submitting}
        besideSubmit={
          <Anchor component={Link} to={pathTo('forgotPassword')} size="sm">
            {t('auth.forgot')}
          </Anchor>
        }
      >
        <EmailInput label={t('auth.email')} autoComplete="username" {...form.getInputProps('email')} />
        <PasswordField
          label={t('auth.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
      </AuthForm>
      <DemoAccounts
        accounts={demo}
        words={{
          title: t('auth.demoTitle'),
          lead: t('auth.demoLead'),
          role: (role) => t(`auth.roles.${role}`),
          useAccount: (label) => t('auth.useAccount', { label }),
          useThisAccount: t('auth.useThisAccount'),
        }}
        onUse={(account) => {
          form.setValues({ email: account.email, password: account.password });
          form.clearErrors();
        }}
      />
      {/* A visitor without an account may still look at what offices chose to publish. */}
      <Text size="sm" ta="center" component="footer">
        <Anchor component={Link} to={pathTo('publicProvinces')} size="sm">
          {t('public.link')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
