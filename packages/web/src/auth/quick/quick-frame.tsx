import { type Language, languages } from '@tindak/shared';
import type { ReactNode } from 'react';

/**
 * The quick sign-in page's frame: auth/auth-frame.tsx drawn with plain elements and
 * quick-sign-in.css. There are two frames because the app's is made of Mantine's layout parts, and
 * Mantine's runtime with its CSS (~45 kB gzip) was most of what a first visit waited for before it
 * could type (issue 20 allows 100 kB for the whole page). A change to one frame belongs in both.
 */
export function QuickFrame({
  title,
  lead,
  languageSwitch,
  children,
}: {
  title: string;
  lead: string;
  languageSwitch: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="quick-page">
      <div className="quick-column">
        {languageSwitch}
        <main id="main" className="quick-card">
          <div className="quick-heading">
            <h1 className="quick-title">{title}</h1>
            <p className="quick-lead">{lead}</p>
          </div>
          {children}
        </main>
      </div>
    </div>
  );
}

/**
 * The app's language switch (i18n/language-switch.tsx) without i18next: two toggle buttons, each
 * named in its own language so a person who does not read the current one still finds theirs.
 */
export function QuickLanguageSwitch({
  current,
  label,
  names,
  onChange,
}: {
  current: Language;
  label: string;
  names: Record<Language, string>;
  onChange: (lang: Language) => void;
}) {
  return (
    <fieldset aria-label={label} className="quick-languages">
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          className="quick-language"
          aria-pressed={option === current}
          lang={option}
          onClick={() => onChange(option)}
        >
          {names[option]}
        </button>
      ))}
    </fieldset>
  );
}
