import { z } from 'zod';
import { enumOf, pageLimitSchema, regionCodeSchema, textInput, uuidSchema } from './common';

/**
 * Which records a directory (offices, people) lists: those in use, those taken out of use
 * (an office deactivated or merged, a person merged into another record), or all.
 */
export const directoryStatuses = ['active', 'inactive', 'all'] as const;
export type DirectoryStatus = (typeof directoryStatuses)[number];

/**
 * The fields of every directory page's input, spread into each directory's own: where the page
 * starts, how many rows, what was typed, the region (with what lies beneath it) and the status.
 */
export const directoryListFields = {
  cursor: z.string().max(2000).nullish(),
  limit: pageLimitSchema,
  q: textInput().trim().max(100).optional(),
  regionCode: regionCodeSchema.optional(),
  status: enumOf(directoryStatuses).default('active'),
};

/** One page of a directory in (name, id) order and where the next one starts. */
export function directoryPageOf<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Two records of one office or person, each with the version shown: the duplicate goes into the one kept. */
export const directoryMergeInput = z.object({
  keepId: uuidSchema,
  keepVersion: z.number().int().min(1),
  duplicateId: uuidSchema,
  duplicateVersion: z.number().int().min(1),
});
