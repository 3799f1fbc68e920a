import { type core, z } from 'zod';
import type { Language } from '../enums';
import { isMessageKey, translateMessage } from './messages';

export interface FieldIssue {
  /** Dotted path to the field, e.g. `participants.2.guestName`; empty for the whole form. */
  path: string;
  message: string;
}

const zodLocales = { id: z.locales.id, en: z.locales.en } as const;

/**
 * Turns zod issues into field messages in the user's language. Our schemas carry message keys;
 * anything else (e.g. a wrong JSON type) falls back to zod's own translation.
 */
export function localizeIssues(issues: readonly core.$ZodIssue[], lang: Language): FieldIssue[] {
  const fallback = zodLocales[lang]().localeError;
  return issues.map((issue) => {
    const key = issue.message.split('|')[0] ?? '';
    let message: string;
    if (isMessageKey(key)) {
      message = translateMessage(issue.message, lang);
    } else {
      const localized = fallback?.(issue as unknown as core.$ZodRawIssue);
      message = typeof localized === 'string' ? localized : (localized?.message ?? issue.message);
    }
    return { path: issue.path.map(String).join('.'), message };
  });
}
