import { z } from 'zod';
import { languages, notifyModes } from '../enums';
import { messageRef } from '../i18n/messages';
import { roles } from '../policy';
import { enumOf, pageLimitSchema, requiredText, textInput, uuidSchema } from './common';

export const MIN_PASSWORD_LENGTH = 10;

export const emailSchema = z
  .string({ error: 'required' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'required' })
  .max(254, { error: messageRef('tooLong', 254) })
  .pipe(z.email({ error: 'invalidEmail' }));

export const passwordSchema = z
  .string({ error: 'required' })
  .min(MIN_PASSWORD_LENGTH, { error: messageRef('passwordTooShort', MIN_PASSWORD_LENGTH) })
  .max(200, { error: messageRef('tooLong', 200) });

export const signInInput = z.object({
  email: emailSchema,
  // Checked against the stored hash only: an old short password must still be able to sign in.
  password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(200),
});

export const sessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  organization: z.object({ id: z.string(), name: z.string(), regionCode: z.string().nullable() }),
  personId: z.string().nullable(),
  language: z.enum(languages),
  timeZone: z.string(),
  notifyMode: z.enum(notifyModes),
});
export type SessionUserView = z.infer<typeof sessionUserSchema>;

export const meOutput = z.object({
  user: sessionUserSchema.nullable(),
  /** Demo accounts with their passwords, only when the server runs with demo data. */
  demoAccounts: z.array(
    z.object({ email: z.string(), password: z.string(), role: z.enum(roles), label: z.string() }),
  ),
});

export const passwordResetRequestInput = z.object({ email: emailSchema });

export const setPasswordInput = z.object({
  token: z.string().min(20).max(200),
  password: passwordSchema,
});

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  organization: z.object({ id: z.string(), name: z.string() }),
  personId: z.string().nullable(),
  active: z.boolean(),
  /** Invited but has not set a password yet. */
  pending: z.boolean(),
  lastSignInAt: z.string().nullable(),
  version: z.number().int(),
});
export type UserView = z.infer<typeof userSchema>;

/**
 * One page of users in (office name, display name, id) order. A national admin oversees some
 * 20,000 accounts, so the list comes in pages like every other list.
 */
export const userListInput = z
  .object({
    /** Encodes the last row's office name, display name and id; names can be long, hence the room. */
    cursor: z.string().max(2000).nullish(),
    limit: pageLimitSchema,
    /** Part of a name or an email address; case and accents are ignored. Blank: everyone. */
    q: textInput().trim().max(200).optional(),
  })
  .default({ limit: 20 });
export type UserListInput = z.input<typeof userListInput>;

export const userListOutput = z.object({
  items: z.array(userSchema),
  nextCursor: z.string().nullable(),
});
export type UserListOutput = z.infer<typeof userListOutput>;

export const userInviteInput = z.object({
  email: emailSchema,
  displayName: requiredText(200),
  role: enumOf(roles),
  organizationId: uuidSchema,
  personId: uuidSchema.nullish().transform((v) => v ?? null),
  language: enumOf(languages).default('id'),
});

export const userInviteOutput = z.object({
  user: userSchema,
  /** The one-time link to set a password, to send or hand over (valid 7 days). */
  link: z.string(),
});

export const userUpdateInput = z.object({
  id: uuidSchema,
  version: z.number().int().min(1),
  /** Optional so older clients keep working; a changed address signs the user out everywhere. */
  email: emailSchema.optional(),
  displayName: requiredText(200),
  role: enumOf(roles),
  organizationId: uuidSchema,
  active: z.boolean(),
});

export const userResendInvitationInput = z.object({ id: uuidSchema });
