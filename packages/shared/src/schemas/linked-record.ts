import { z } from 'zod';
import type { Language } from '../enums';

/**
 * A link to a record the reader may not read: the page says "a record outside your region" and
 * shows neither its title nor its id.
 */
export const outsideScopeSchema = z.object({ outsideScope: z.literal(true) });
export type OutsideScope = z.infer<typeof outsideScopeSchema>;

/** A linked record as its reader sees it: its fields, or only that it lies outside their region. */
export function linkedRecord<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.discriminatedUnion('outsideScope', [
    z.object({ ...shape, outsideScope: z.literal(false) }),
    outsideScopeSchema,
  ]);
}

/** Whether a linked record is one the reader may open. */
export function isReadableLink<T extends { outsideScope: boolean }>(
  link: T,
): link is Extract<T, { outsideScope: false }> {
  return !link.outsideScope;
}

/** The words shown in place of a linked record the reader may not read. */
export const outsideScopeLabel: Record<Language, string> = {
  id: 'Catatan di luar wilayah Anda',
  en: 'A record outside your region',
};

/** A linked record's title, or the words for one outside the reader's region. */
export function linkTitle(
  link: { outsideScope: true } | { outsideScope: false; title: string },
  lang: Language,
) {
  return link.outsideScope ? outsideScopeLabel[lang] : link.title;
}
