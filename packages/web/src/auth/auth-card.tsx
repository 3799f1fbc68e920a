import type { ReactNode } from 'react';
import { LanguageSwitch } from '../i18n/language-switch';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import type { SaveFeedback } from '../kit/form/use-save-feedback';
import { AuthFrame } from './auth-frame';

/** The frame of the pages seen before signing in, with the app's language switch. */
export function AuthCard({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <AuthFrame title={title} lead={lead} languageSwitch={<LanguageSwitch />}>
      {children}
    </AuthFrame>
  );
}

/**
 * What went wrong on a sign-in page, in the alert above the fields: nothing is "saved" there, so the
 * alert has no title, and a problem with a field is said only next to that field.
 */
export function AuthProblem<T>({ feedback }: { feedback: SaveFeedback<T> }) {
  if (feedback.problem?.kind === 'fields') return null;
  return <SaveProblemAlert feedback={feedback} notSavedTitle="" onReload={() => {}} />;
}
