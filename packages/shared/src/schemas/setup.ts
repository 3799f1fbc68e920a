import { z } from 'zod';
import { organizationKinds } from '../enums';
import { emailSchema, passwordSchema } from './account';
import { enumOf, regionCodeSchema, requiredText } from './common';

/** Whether this installation still waits for its first admin (nobody has an account yet). */
export const setupStatusOutput = z.object({ needed: z.boolean() });

/**
 * The first-run form: the installation's home office (no region for a ministry or a national
 * deployment) and its first admin, with the one-time token from the server log.
 */
export const setupInput = z.object({
  token: z.string({ error: 'required' }).min(1, { error: 'required' }).max(200),
  office: z.object({
    kind: enumOf(organizationKinds),
    name: requiredText(200),
    regionCode: regionCodeSchema.nullish().transform((v) => v ?? null),
  }),
  admin: z.object({
    displayName: requiredText(120),
    email: emailSchema,
    password: passwordSchema,
  }),
});
export type SetupInput = z.input<typeof setupInput>;

export const setupOutput = z.object({ ok: z.literal(true) });

/** The admin's first-Beranda checklist: each step is done or not, read from the data. */
export const setupChecklistOutput = z.object({
  offices: z.object({ done: z.boolean(), count: z.number().int() }),
  people: z.object({ done: z.boolean(), count: z.number().int() }),
  directory: z.object({ done: z.boolean(), count: z.number().int() }),
  mail: z.object({
    /** SMTP_URL is set; its address is shown without user name or password. */
    configured: z.boolean(),
    server: z.string().nullable(),
    /** A test mail was sent at least once. */
    tested: z.boolean(),
  }),
});
export type SetupChecklist = z.infer<typeof setupChecklistOutput>;

export const testMailOutput = z.object({ emailId: z.string() });
