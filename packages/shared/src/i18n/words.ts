import type { Language } from '../enums';

/**
 * The one format for words, in every package: i18next namespaces. Shared namespaces are written as
 * trees whose leaves hold both languages side by side (`{ id, en }`), so a missing translation fails
 * the type check; `resourcesFor` turns them into the per-language trees i18next loads in the web.
 * Parameters use i18next's `{{name}}`; counted words use its plural suffixes (`key_one`, `key_other`).
 */
export type WordPair = Readonly<Record<Language, string>>;
export interface WordTree {
  readonly [key: string]: WordPair | WordTree;
}

/** The same tree with one language's strings: what i18next calls a namespace resource. */
export type Resource<T> = { -readonly [K in keyof T]: T[K] extends WordPair ? string : Resource<T[K]> };

type Plural = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${Plural}` ? Base : K;

/** Dotted keys of a namespace, plural suffixes removed (`digest.daysOverdue`, as i18next's `t` takes them). */
export type WordKey<T> = {
  [K in keyof T & string]: T[K] extends WordPair ? WithoutPlural<K> : `${K}.${WordKey<T[K]>}`;
}[keyof T & string];

export type WordParams = Readonly<Record<string, string | number>>;

function isPair(node: WordPair | WordTree): node is WordPair {
  return typeof node.id === 'string' && typeof node.en === 'string';
}

export function resourcesFor<T extends WordTree>(tree: T, lang: Language): Resource<T> {
  const picked: Record<string, unknown> = {};
  for (const [key, node] of Object.entries(tree)) {
    picked[key] = isPair(node) ? node[lang] : resourcesFor(node, lang);
  }
  return picked as Resource<T>;
}

const pluralRules = new Map<Language, Intl.PluralRules>();
function pluralOf(lang: Language, count: number): Plural {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count) as Plural;
}

/**
 * Like i18next (`skipOnVariables`, its default): a value is inserted as it is, never read for
 * placeholders itself, and a placeholder without a value stays visible so the missing value is noticed.
 */
export function interpolate(text: string, params: WordParams = {}): string {
  return text.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

/**
 * `t` for code without the i18next runtime (the API and its mail): the same lookup rules (dotted key,
 * plural by `count` through `Intl.PluralRules`, falling back to `_other`), over the same trees.
 * A web test checks it agrees with i18next on every key. An unknown key returns the key, as i18next does.
 */
export function translate<T extends WordTree>(
  tree: T,
  lang: Language,
  key: WordKey<T>,
  params?: WordParams,
): string {
  const path = key.split('.');
  const last = path.pop() ?? '';
  let node: WordPair | WordTree | undefined = tree;
  for (const part of path) {
    node = node && !isPair(node) && Object.hasOwn(node, part) ? node[part] : undefined;
  }
  if (!node || isPair(node)) return key;
  const branch: WordTree = node;
  const count = params?.count;
  const candidates =
    typeof count === 'number' ? [`${last}_${pluralOf(lang, count)}`, `${last}_other`, last] : [last];
  for (const candidate of candidates) {
    const leaf = Object.hasOwn(branch, candidate) ? branch[candidate] : undefined;
    if (leaf && isPair(leaf)) return interpolate(leaf[lang], params);
  }
  return key;
}
