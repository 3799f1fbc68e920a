import './quick-sign-in.css';
import { type Language, pathTo } from '@tindak/shared';
import { type FormEvent, lazy, type MouseEvent, Suspense, useEffect, useRef, useState } from 'react';
import { requestStartQueries, type StartAnswers, startPathsFor } from '../../api/start-requests';
import { storeLanguage } from '../../i18n/stored-language';
import { fetchSession, type QuickSession, ServerRefusal, signIn } from './quick-api';
import { QuickField } from './quick-field';
import { QuickFrame, QuickLanguageSwitch } from './quick-frame';
import { quickWords } from './quick-words';

export interface QuickSignInProps {
  initialLanguage: Language;
  /** Where to go once signed in (the `lanjut` parameter, already checked to stay in the app). */
  next: string;
  /**
   * Hands over to the whole app at `path`, in `language` (the account's, once signed in), with
   * what its first page needs when that was already asked for.
   */
  enterApp: (path: string, language: Language, how?: 'push' | 'replace', early?: StartAnswers) => void;
  /** Starts downloading the app for `path` once signed in, before the account's language is known. */
  loadApp?: (path: string) => void;
}

type Field = 'email' | 'password';

// Only a demo server lists accounts; a real one never loads the table that shows them (nor Mantine).
const QuickDemoAccounts = lazy(async () => ({
  default: (await import('./quick-demo-accounts')).QuickDemoAccounts,
}));

/**
 * The sign-in page as a first visit gets it: the same frame, fields, words and demo accounts as
 * auth/sign-in-page.tsx, drawn with plain elements and one small style sheet (no Mantine), so a
 * phone on a slow connection can type while the rest of the app is not yet needed. Once signed in
 * (or on a link away), the whole app takes over.
 */
export function QuickSignInPage({ initialLanguage, next, enterApp, loadApp }: QuickSignInProps) {
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
    if (submitting) return;
    setProblem(null);
    setErrors({});
    setSubmitting(true);
    try {
      await signIn(values, lang);
      // From here the app's files, who is signed in and its first page's data come side by side,
      // the last two in one request: not one after the other once the app has started.
      loadApp?.(next);
      const early = requestStartQueries(startPathsFor(next), lang);
      const session = (await early['auth.me']?.data) as QuickSession | undefined;
      enterApp(next, session?.user?.language ?? lang, 'replace', early);
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
    inputRef: fields[name],
    value: values[name],
    error: errors[name],
    onChange: (value: string) => {
      setValues((before) => ({ ...before, [name]: value }));
      setErrors((before) => ({ ...before, [name]: undefined }));
    },
  });

  return (
    <QuickFrame
      title={words.signInTitle}
      lead={words.signInLead}
      languageSwitch={
        <QuickLanguageSwitch
          current={lang}
          label={words.languageLabel}
          names={words.languageNames}
          onChange={setLang}
        />
      }
    >
      <form className="quick-form" noValidate onSubmit={(event) => void submit(event)}>
        {problem && (
          <div ref={alertRef} tabIndex={-1} role="alert" className="quick-alert">
            {problem}
          </div>
        )}
        <QuickField type="email" label={words.email} autoComplete="username" {...field('email')} />
        <QuickField
          type="password"
          label={words.password}
          autoComplete="current-password"
          revealLabel={words.showPassword}
          {...field('password')}
        />
        <div className="quick-actions">
          <a
            className="quick-link"
            href={pathTo('forgotPassword')}
            onClick={follow(pathTo('forgotPassword'))}
          >
            {words.forgot}
          </a>
          {/* While signing in the button stays focusable (a disabled one would drop the focus). */}
          <button
            type="submit"
            className="quick-button"
            aria-disabled={submitting || undefined}
            data-loading={submitting || undefined}
          >
            {submitting && <span className="quick-spinner" aria-hidden="true" />}
            <span className="quick-button-label">{words.signIn}</span>
          </button>
        </div>
      </form>
      {session && session.demoAccounts.length > 0 && (
        <Suspense fallback={null}>
          <QuickDemoAccounts
            accounts={session.demoAccounts}
            lang={lang}
            words={words.demo}
            onUse={(account) => {
              setValues({ email: account.email, password: account.password });
              setErrors({});
            }}
          />
        </Suspense>
      )}
      {/* A visitor without an account may still look at what offices chose to publish. */}
      <footer className="quick-footer">
        <a
          className="quick-link"
          href={pathTo('publicProvinces')}
          onClick={follow(pathTo('publicProvinces'))}
        >
          {words.publicLink}
        </a>
      </footer>
    </QuickFrame>
  );
}
