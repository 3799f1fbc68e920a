import { Anchor, Button, Group, PasswordInput, type PasswordInputProps, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { pathTo } from '@tindak/shared';
import type { FormEvent, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTRPC } from '../api/trpc';
import type { SaveFeedback } from '../kit/form/use-save-feedback';
import { AuthProblem } from './auth-card';

interface AuthFormProps<T> {
  formProps: {
    ref: Ref<HTMLFormElement>;
    noValidate: boolean;
    onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  };
  feedback: SaveFeedback<T>;
  submitLabel: string;
  submitting: boolean;
  /** Put at the left of the submit button, e.g. the "forgot password" link. */
  besideSubmit?: ReactNode;
  children: ReactNode;
}

/** A form on a page seen before signing in: the problem first, the fields, then one submit button. */
export function AuthForm<T>({
  formProps,
  feedback,
  submitLabel,
  submitting,
  besideSubmit,
  children,
}: AuthFormProps<T>) {
  const submit = (
    <Button type="submit" loading={submitting}>
      {submitLabel}
    </Button>
  );
  return (
    <form {...formProps}>
      <Stack gap="sm">
        <AuthProblem feedback={feedback} />
        {children}
        {besideSubmit ? (
          <Group justify="space-between" align="center">
            {besideSubmit}
            {submit}
          </Group>
        ) : (
          submit
        )}
      </Stack>
    </form>
  );
}

/** A password field whose show/hide button is named in the interface language (Mantine's is English). */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordInput visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }} {...props} />;
}

/** A password being chosen: the browser may suggest one; the server asks for at least 10 characters. */
export function NewPasswordInput(props: PasswordInputProps) {
  return <PasswordField required minLength={10} autoComplete="new-password" {...props} />;
}

export function BackToSignIn() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={pathTo('signIn')} size="sm">
      {t('auth.backToSignIn')}
    </Anchor>
  );
}

/** After a session starts: forget what the anonymous visitor saw, speak the account's language, go on. */
export function useEnterApp() {
  const { i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (to: string) => {
    queryClient.clear();
    const { user } = await queryClient.fetchQuery(trpc.auth.me.queryOptions());
    // The account's language follows the person to whichever computer they sign in on.
    if (user && user.language !== i18n.language) await i18n.changeLanguage(user.language);
    navigate(to, { replace: true });
  };
}
