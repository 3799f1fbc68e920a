import { z } from 'zod';
import { messageRef } from '../i18n/messages';
import { idempotencyKeySchema, optionalText, requiredText, uuidSchema } from './common';

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
});
export type Person = z.infer<typeof personSchema>;

export const personSearchInput = z
  .object({
    query: z.string().trim().max(100).optional(),
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
