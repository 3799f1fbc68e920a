import { z } from 'zod';
import { messageRef } from '../i18n/messages';
import { textInput } from './common';

/** The records a search finds, scoped by region (search_documents), then people and offices. */
export const recordSearchKinds = ['meeting', 'proposal', 'commitment', 'actionItem'] as const;
export type RecordSearchKind = (typeof recordSearchKinds)[number];
/** People and offices: the directory, which every role that reads it reads whole (policy). */
export const directorySearchKinds = ['person', 'office'] as const;
export type DirectorySearchKind = (typeof directorySearchKinds)[number];
export const searchKinds = [...recordSearchKinds, ...directorySearchKinds] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchInput = z.object({
  q: textInput({ error: 'required' })
    .trim()
    .min(2, { error: messageRef('tooShort', 2) })
    .max(200, { error: messageRef('tooLong', 200) }),
  limitPerKind: z.number().int().min(1).max(50).default(8),
});

export const searchHitSchema = z.object({
  kind: z.enum(searchKinds),
  id: z.string(),
  title: z.string(),
  /** A short excerpt around the match; matched words are wrapped in « and ». */
  snippet: z.string(),
  status: z.string(),
  date: z.string().nullable(),
  /**
   * The office it belongs to (the owner of an item, the host of a meeting, the proposers of a
   * proposal, a person's office); for an office, its region.
   */
  office: z.string().nullable(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchOutput = z.object({
  meeting: z.array(searchHitSchema),
  proposal: z.array(searchHitSchema),
  commitment: z.array(searchHitSchema),
  actionItem: z.array(searchHitSchema),
  person: z.array(searchHitSchema),
  office: z.array(searchHitSchema),
});
export type SearchOutput = z.infer<typeof searchOutput>;

/** The words of a search as PostgreSQL queries (`searchQueries`). */
export interface SearchQueries {
  /** Every word whole ("data & center"): an exact index lookup per word, and the first results. */
  whole: string;
  /** The last word as the start of a word ("data & cent:*"), the one still being typed. */
  prefix: string;
}

/**
 * The words of a search as PostgreSQL queries ("data cent" -> whole "data & cent", prefix
 * "data & cent:*"): accents dropped and case folded like the indexed text, and only letters and
 * digits kept, so a query is always valid tsquery syntax. Only the last word may be a prefix: a word
 * followed by a space is whole. A prefix makes PostgreSQL gather every indexed word that starts with
 * it, country-wide, before the reader's scope narrows anything (on the national data set
 * "talenta:* & digital:*" read twice the index of "talenta & digital:*", and that three times the
 * index of "talenta & digital"), so the whole words are searched first and the prefix only fills
 * what they leave (docs/benchmarks.md).
 */
export function searchQueries(text: string): SearchQueries | null {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  const last = words.pop();
  if (last === undefined) return null;
  return { whole: [...words, last].join(' & '), prefix: [...words, `${last}:*`].join(' & ') };
}
