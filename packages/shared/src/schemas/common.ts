import { z } from 'zod';
import { messageRef } from '../i18n/messages';

export const uuidSchema = z.uuid({ error: 'invalidId' });

/** A client-generated key that makes a create safe to retry: the same key yields the same row. */
export const idempotencyKeySchema = z.uuid({ error: 'invalidId' }).optional();

export function requiredText(max: number) {
  return z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: messageRef('tooLong', max) });
}

/** Optional free text: blank becomes null so the database never stores empty strings. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: messageRef('tooLong', max) })
    .nullish()
    .transform((value) => (value ? value : null));
}

export const isoDateTimeSchema = z.iso.datetime({ offset: true, error: 'invalidDateTime' });

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
  .regex(/^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/, { error: 'invalidRegionCode' });

export const urlSchema = z
  .string()
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
export const dateOnlySchema = z.iso.date({ error: 'invalidDate' });
