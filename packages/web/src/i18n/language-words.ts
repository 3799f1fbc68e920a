import type { Language } from '@tindak/shared';
import { type LabelBranches, labelBranches, type SharedNamespaces, sharedNamespaces } from './shared-words';
import type { WebWords } from './web-words';

type Tree = { readonly [key: string]: string | Tree };

/** Feature locale files add their own branches to the main one; a shared branch is merged, not replaced. */
export function mergeDeep<A extends Tree, B extends Tree>(base: A, extra: B): A & B {
  const merged: Record<string, string | Tree> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const existing = merged[key];
    merged[key] =
      typeof existing === 'object' && typeof value === 'object' ? mergeDeep(existing, value) : value;
  }
  return merged as A & B;
}

/** Everything one language says in the web: its `translation` namespace and the shared ones. */
export type LanguageWords = { translation: WebWords & LabelBranches } & SharedNamespaces;

/** The namespaces of LanguageWords, which a language switch loads together. */
export const wordNamespaces = [
  'translation',
  'labels',
  'messages',
] as const satisfies readonly (keyof LanguageWords)[];

/**
 * One language's i18next resources: the web's own files (web-words.<lang>.ts) merged with the shared
 * labels under the keys components use, and the shared namespaces (packages/shared/src/i18n).
 */
export function languageWords(files: readonly Tree[], lang: Language): LanguageWords {
  const translation = [...files, labelBranches(lang)].reduce<Tree>(
    (merged, tree) => mergeDeep(merged, tree),
    {},
  );
  return { translation: translation as WebWords & LabelBranches, ...sharedNamespaces(lang) };
}
