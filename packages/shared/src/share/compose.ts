import type { AppRoute, RouteParams } from '../app-paths';
import { pathTo } from '../app-paths';
import type { Language } from '../enums';
import { shareWords } from '../i18n/namespaces/share';
import { translate, type WordKey, type WordParams } from '../i18n/words';

/** Who reads the text and where the app lives: the reader's UI language and `location.origin`. */
export interface ShareContext {
  lang: Language;
  /** The page origin ("https://tindak.jambiprov.go.id"): links in a chat must be absolute. */
  origin: string;
  /** The reader's zone, for instants that have no zone of their own (a meeting has its own). */
  timeZone?: string;
}

/** WhatsApp cuts long messages into "Read more"; a group reads the first screen. */
export const SHARE_TEXT_LIMIT = 1000;
/** Items of a list shown before "dan 5 lainnya". */
export const SHARE_LIST_LIMIT = 5;

export const shareWord = (lang: Language, key: WordKey<typeof shareWords>, params?: WordParams) =>
  translate(shareWords, lang, key, params);

/**
 * WhatsApp reads `*`, `_`, `~` and a backtick around words as bold, italic, strike-through and code.
 * Text people typed (titles, names, places) gets look-alike characters instead, so a title such as
 * "Data_Center *baru*" shows as typed and cannot switch formatting on for the rest of the message.
 * Replacing beats escaping: WhatsApp has no escape character.
 */
export function plain(text: string): string {
  return text
    .replace(/\*/g, '∗')
    .replace(/_/g, 'ˍ')
    .replace(/~/g, '∼')
    .replace(/`/g, 'ˋ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` characters of typed text, cut at a word with "…". */
export function clip(text: string, max: number): string {
  const safe = plain(text);
  if (safe.length <= max) return safe;
  const cut = safe.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export const bold = (text: string) => `*${text}*`;

/** "• one" lines, the rest counted as "• dan 5 lainnya". */
export function bulletList(items: readonly string[], lang: Language, limit = SHARE_LIST_LIMIT): string[] {
  const shown = items.length > limit ? items.slice(0, limit) : items;
  const lines = shown.map((item) => `• ${clip(item, 120)}`);
  const rest = items.length - shown.length;
  if (rest > 0) lines.push(`• ${shareWord(lang, 'more', { count: rest })}`);
  return lines;
}

/** "Kab. A, Kab. B dan 3 lainnya": a list that fits on one line. */
export function inlineList(items: readonly string[], lang: Language, limit = 3): string {
  const shown = items.slice(0, limit).map(plain).join(', ');
  const rest = items.length - limit;
  return rest > 0 ? `${shown} ${shareWord(lang, 'more', { count: rest })}` : shown;
}

/** "Label: value", the label being ours and the value typed by someone. */
export const fact = (lang: Language, label: WordKey<typeof shareWords>, value: string) =>
  `${shareWord(lang, label)}: ${value}`;

/** The page's absolute address: the origin (no trailing slash) and the route's path. */
export function appLink<Route extends AppRoute>(origin: string, route: Route, params?: RouteParams<Route>) {
  const path = (pathTo as (route: AppRoute, params?: Record<string, string>) => string)(route, params);
  return `${origin.replace(/\/+$/, '')}${path}`;
}

/**
 * The message: blocks separated by an empty line, the link last. A list is the block that gives way
 * when the whole is over the limit: it is shortened until the text fits (the link always stays).
 */
export function composeShareText(
  build: (listLimit: number) => (string[] | null)[],
  link: string,
  lang: Language,
): string {
  let text = '';
  for (let limit = SHARE_LIST_LIMIT; limit >= 0; limit--) {
    const blocks = build(limit).filter((b): b is string[] => !!b && b.length > 0);
    text = [...blocks.map((lines) => lines.join('\n')), `${shareWord(lang, 'open')}\n${link}`].join('\n\n');
    if (text.length <= SHARE_TEXT_LIMIT) return text;
  }
  return text;
}
