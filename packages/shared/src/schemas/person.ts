import { z } from 'zod';
import { messageRef } from '../i18n/messages';
import { idempotencyKeySchema, optionalText, requiredText, textInput, uuidSchema } from './common';

/** NIP: the 18-digit civil-servant number. Spaces, as often typed, are ignored. */
export const nipSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, ''))
  .superRefine((value, ctx) => {
    if (!/^\d*$/.test(value)) ctx.addIssue({ code: 'custom', message: 'invalidNipFormat' });
    else if (value.length !== 18)
      ctx.addIssue({ code: 'custom', message: messageRef('invalidNip', value.length) });
  });

export const personSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  position: z.string().nullable(),
  nip: z.string().nullable(),
  organization: z.object({ id: z.string(), name: z.string() }).nullable(),
  regionCode: z.string().nullable(),
  /** The person's user account, if they have one (every account is a person; not every person has one). */
  userId: z.string().nullable(),
});
export type Person = z.infer<typeof personSchema>;

export const personSearchInput = z
  .object({
    query: textInput().trim().max(100).optional(),
    organizationId: uuidSchema.optional(),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .optional();
export const personSearchOutput = z.array(personSchema);

export const personCreateInput = z.object({
  fullName: requiredText(200),
  position: optionalText(200),
  nip: z
    .union([z.literal('').transform(() => null), nipSchema])
    .nullish()
    .transform((v) => v ?? null),
  organizationId: uuidSchema.nullish().transform((v) => v ?? null),
  idempotencyKey: idempotencyKeySchema,
});
export type PersonCreateInput = z.input<typeof personCreateInput>;

// The same rule as the database's tindak_person_name_key (migration 20261210T0910_person_name_key),
// which keeps people.name_key; a test holds the two to the same answers.
const WS = '[ \\t\\r\\n]';
/** Honorifics that lead a name: Prof. Dr. Drs. Dra. Ir. H. Hj. KH. (followed by a dot or space). */
const LEADING_TITLES = new RegExp(`^${WS}*((prof|drs|dra|dr|ir|hj|h|kh)(\\.|${WS})${WS}*)+`);
/** Abbreviations closing a name without a comma: "Ariansyah M.E. S.Kom". */
const TRAILING_ABBREVIATIONS = new RegExp(`(${WS}+[^ \\t\\r\\n]*\\.[^ \\t\\r\\n]*)+${WS}*$`);

/**
 * The key people are searched and matched by: lower case, no accents, apostrophes, hyphens or
 * spaces, and no academic titles or honorifics (degrees follow the first comma). "Drs. Ariansyah,
 * M.E." -> "ariansyah", "Nur'aini" -> "nuraini", "Abdul Rahman" -> "abdulrahman". A title alone
 * ("Drs.") has an empty key, which matches no one.
 */
export function personNameKey(name: string): string {
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const beforeDegrees = folded.split(',', 1)[0] ?? '';
  return beforeDegrees
    .replace(LEADING_TITLES, '')
    .replace(TRAILING_ABBREVIATIONS, '')
    .replace(/[^a-z0-9]/g, '');
}
