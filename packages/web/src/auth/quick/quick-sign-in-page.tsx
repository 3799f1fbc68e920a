import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type Language, languages, pathTo } from '@tindak/shared';
import { type FormEvent, lazy, type MouseEvent, Suspense, useEffect, useRef, useState } from 'react';
import { storeLanguage } from '../../i18n/stored-language';
import { AuthFrame } from '../auth-frame';
import { fetchSession, type QuickSession, ServerRefusal, signIn } from './quick-api';
import { quickWords } from './quick-words';

export interface QuickSignInProps {
  initialLanguage: Language;
  /** Where to go once signed in (the `lanjut` parameter, already checked to stay in the app). */
  next: string;
  /** Hands over to the whole app at `path`, in `language` (the account's, once signed in). */
  enterApp: (path: string, language: Language, how?: 'push' | 'replace') => void;
}

type Field = 'email' | 'password';

// Only a demo server lists accounts; a real one never loads the table that shows them.
const DemoAccounts = lazy(async () => ({ default: (await import('../demo-accounts')).DemoAccounts }));

/**
 * The sign-in page as a first visit gets it: the same frame, fields, words and demo accounts as
 * auth/sign-in-page.tsx, drawn with React and Mantine's basic inputs only, so a phone on a slow
 * connection can type while the rest of the app is not yet needed. Once signed in (or on a link
 * away), the whole app takes over.
 */
export function QuickSignInPage({ initialLanguage, next, enterApp }: QuickSignInProps) {
  const [lang, setLang] = useState(initialLanguage);
  const words = quickWords(lang);
  const [session, setSession] = useState<QuickSession | null>(null);
  const [values, setValues] = useState({ email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fields = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
    storeLanguage(lang);
  }, [lang]);

  useEffect(() => {
    let current = true;
    fetchSession(initialLanguage).then(
      (found) => {
        if (!current) return;
        if (found.user) enterApp(next, found.user.language);
        else setSession(found);
      },
      // Without an answer the form still works; the demo accounts are only a convenience.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [initialLanguage, next, enterApp]);

  useEffect(() => {
    if (problem) alertRef.current?.focus();
  }, [problem]);

  const showErrors = (found: Partial<Record<Field, string>>) => {
    setErrors(found);
    const first = (['email', 'password'] as const).find((field) => found[field]);
    if (first) fields[first].current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setErrors({});
    setSubmitting(true);
    try {
      await signIn(values, lang);
      const { user } = await fetchSession(lang);
      enterApp(next, user?.language ?? lang);
    } catch (error) {
      setSubmitting(false);
      if (!(error instanceof ServerRefusal)) return setProblem(words.networkError);
      const named: Partial<Record<Field, string>> = {};
      const elsewhere: string[] = [];
      for (const issue of error.issues) {
        if (issue.path === 'email' || issue.path === 'password') named[issue.path] ??= issue.message;
        else elsewhere.push(issue.message);
      }
      if (elsewhere.length > 0 || (!named.email && !named.password))
        setProblem(elsewhere.join(' ') || error.message);
      showErrors(named);
    }
  };

  const follow = (path: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    enterApp(path, lang, 'push');
  };

  const field = (name: Field) => ({
    ref: fields[name],
    value: values[name],
    error: errors[name],
    onChange: (event: { currentTarget: HTMLInputElement }) => {
      const value = event.currentTarget.value;
      setValues((before) => ({ ...before, [name]: value }));
      setErrors((before) => ({ ...before, [name]: undefined }));
    },
  });

  return (
    <AuthFrame
      title={words.signInTitle}
      lead={words.signInLead}
      languageSwitch={
        <Button.Group aria-label={words.languageLabel}>
          {languages.map((option) => (
            <Button
              key={option}
              size="compact-xs"
              variant={option === lang ? 'filled' : 'default'}
              aria-pressed={option === lang}
              lang={option}
              onClick={() => setLang(option)}
            >
              {words.languageNames[option]}
            </Button>
          ))}
        </Button.Group>
      }
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          {problem && (
            <Alert ref={alertRef} tabIndex={-1} color="red" role="alert">
              {problem}
            </Alert>
          )}
          <TextInput type="email" required label={words.email} autoComplete="username" {...field('email')} />
          <PasswordInput
            label={words.password}
            autoComplete="current-password"
            required
            visibilityToggleButtonProps={{ 'aria-label': words.showPassword }}
            {...field('password')}
          />
          <Group justify="space-between" align="center">
            <Anchor href={pathTo('forgotPassword')} onClick={follow(pathTo('forgotPassword'))} size="sm">
              {words.forgot}
            </Anchor>
            <Button type="submit" loading={submitting}>
              {words.signIn}
            </Button>
          </Group>
        </Stack>
      </form>
      {session && session.demoAccounts.length > 0 && (
        <Suspense fallback={null}>
          <DemoAccounts
            accounts={session.demoAccounts}
            words={words.demo}
            onUse={(account) => {
              setValues({ email: account.email, password: account.password });
              setErrors({});
            }}
          />
        </Suspense>
      )}
      {/* A visitor without an account may still look at what offices chose to publish. */}
      <Text size="sm" ta="center" component="footer">
        <Anchor href={pathTo('publicProvinces')} onClick={follow(pathTo('publicProvinces'))} size="sm">
          {words.publicLink}
        </Anchor>
      </Text>
    </AuthFrame>
  );
}
