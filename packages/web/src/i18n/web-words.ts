import type { webWordsId } from './web-words.id';

type Intersection<U> = (U extends unknown ? (all: U) => void : never) extends (all: infer I) => void
  ? I
  : never;

/**
 * The merged tree's type, for typed keys: every Indonesian file's branches together (locales.test.ts
 * holds the English files to the same keys). A type only: the words themselves load per language.
 */
export type WebWords = Intersection<(typeof webWordsId)[number]>;
