import { z } from 'zod';

/**
 * Pieces the event payload schemas share. Payloads are stored as JSON, so what a service hands to
 * recordEvent (its input) may hold a Date where the stored payload (the output) holds its ISO string.
 */
export const storedDateTime = z.union([z.string(), z.date().transform((date) => date.toISOString())]);

/**
 * The fields an update touched, by name: each one's change is `{ from, to }`, or `{ added, removed }`
 * for a list of links. Readers use the names; the values are kept as the service saw them.
 */
export const fieldChanges = z.record(z.string(), z.unknown());

/** A typed before/after pair. */
export function fromTo<T extends z.ZodType>(value: T) {
  return z.object({ from: value, to: value });
}

/** A status change through a status machine: the action taken, the status before and after. */
export const transition = z.object({ action: z.string(), from: z.string(), to: z.string() });

/** An event with no facts beyond its type, aggregate and actor. */
export const noFacts = z.object({});
