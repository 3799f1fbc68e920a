import { z } from 'zod';
import { DATE_YEARS, inDateYears, REGION_CODE_PATTERN } from '../checks';
import { messageRef } from '../i18n/messages';

export const uuidSchema = z.uuid({ error: 'invalidId' });

/** A client-generated key that makes a create safe to retry: the same key yields the same row. */
export const idempotencyKeySchema = z.uuid({ error: 'invalidId' }).optional();

/**
 * Text as PostgreSQL can keep it: its text type refuses NUL, and its UTF-8 (and the events' jsonb)
 * a lone half of a UTF-16 surrogate pair. Refused here, with a message, instead of by the database.
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !/\p{Cs}/u.test(value);
}

/** The same text with what PostgreSQL cannot keep taken out: for names read from files. */
export function withoutUnstorable(value: string): string {
  return value.replaceAll('\u0000', '').replace(/\p{Cs}/gu, '');
}

/** Every text a person types starts here (titles, notes, searches, names). */
export function textInput(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine(isStorableText, { error: 'unstorableText' });
}

export function requiredText(max: number) {
  return textInput({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: messageRef('tooLong', max) });
}

/** Optional free text: blank becomes null so the database never stores empty strings. */
export function optionalText(max: number) {
  return textInput()
    .trim()
    .max(max, { error: messageRef('tooLong', max) })
    .nullish()
    .transform((value) => (value ? value : null));
}

const dateOutOfRange = { error: messageRef('dateOutOfRange', `${DATE_YEARS.min}–${DATE_YEARS.max}`) };

// `abort`: a malformed date gets its format message only, not the range one as well.
export const isoDateTimeSchema = z.iso
  .datetime({ offset: true, error: 'invalidDateTime', abort: true })
  .refine(inDateYears, dateOutOfRange);

export const timeZoneSchema = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone.includes('/') || zone === 'UTC';
    } catch {
      return false;
    }
  },
  { error: 'invalidTimeZone' },
);

export const regionCodeSchema = z
  .string({ error: 'required' })
  .regex(REGION_CODE_PATTERN, { error: 'invalidRegionCode' });

export const urlSchema = textInput()
  .trim()
  .max(2000, { error: messageRef('tooLong', 2000) })
  .refine((value) => /^https?:\/\/[^\s]+\.[^\s]+/i.test(value) && URL.canParse(value), {
    error: 'invalidUrl',
  });

export const pageLimitSchema = z.number().int().min(1).max(100).default(20);

export function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: 'invalidChoice' });
}

export const refSchema = z.object({ id: z.string(), name: z.string() });
export type Ref = z.infer<typeof refSchema>;

/** A calendar date such as a deadline (tenggat): YYYY-MM-DD, no time of day. */
export const dateOnlySchema = z.iso
  .date({ error: 'invalidDate', abort: true })
  .refine(inDateYears, dateOutOfRange);

/** A record's own day (a proposal raised, a promise made): optional; blank or left out is null, for the server's default. */
export const recordDateSchema = z
  .union([z.literal('').transform(() => null), dateOnlySchema])
  .nullish()
  .transform((v) => v ?? null);
