import { Anchor, Button, Stack, Table, Text, Title } from '@mantine/core';
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
      {demo.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('auth.demoTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('auth.demoLead')}
          </Text>
          <Table.ScrollContainer minWidth={280}>
            <Table verticalSpacing={4} fz="sm">
              <Table.Tbody>
                {demo.map((account) => (
                  <Table.Tr key={account.email}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {t(`auth.roles.${account.role}`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {account.label}
                      </Text>
                      {/* Long addresses wrap, so the button stays on screen at 360 px. */}
                      <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                        {account.email} · {account.password}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="compact-sm"
                        variant="light"
                        aria-label={t('auth.useAccount', { label: account.label })}
                        onClick={() => {
                          form.setValues({ email: account.email, password: account.password });
                          form.clearErrors();
                        }}
                      >
                        {t('auth.useThisAccount')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      {/* A visitor without an account may still look at what offices chose to publish. */}
      <Text size="sm" ta="center" component="footer">
        <Anchor component={Link} to={pathTo('publicProvinces')} size="sm">
          {t('public.link')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
