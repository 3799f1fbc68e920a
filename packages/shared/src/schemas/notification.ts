import { z } from 'zod';
import { emailKinds, emailStatuses, languages, notifyModes } from '../enums';
import { enumOf, pageLimitSchema, timeZoneSchema, uuidSchema } from './common';

export const preferencesInput = z.object({
  language: enumOf(languages).optional(),
  notifyMode: enumOf(notifyModes).optional(),
  timeZone: timeZoneSchema.optional(),
});

export const emailSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(emailKinds),
  to: z.string(),
  recipientName: z.string().nullable(),
  subject: z.string(),
  status: z.enum(emailStatuses),
  /** 'smtp' when a mail server accepted it, 'outbox' when it was only kept here (no SMTP_URL). */
  transport: z.enum(['smtp', 'outbox']).nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type EmailSummary = z.infer<typeof emailSummarySchema>;

export const emailDetailSchema = emailSummarySchema.extend({
  preview: z.string(),
  html: z.string(),
  text: z.string(),
});
export type EmailDetail = z.infer<typeof emailDetailSchema>;

export const outboxListInput = z.object({
  status: enumOf(emailStatuses).optional(),
  cursor: z.string().max(200).optional(),
  limit: pageLimitSchema,
});

export const outboxListOutput = z.object({
  items: z.array(emailSummarySchema),
  nextCursor: z.string().nullable(),
});

export const emailIdInput = z.object({ id: uuidSchema });

export const digestPreviewInput = z.object({
  /** Admins may preview anyone's digest; everyone else gets their own. */
  userId: uuidSchema.optional(),
  /** This week's digest, or next Monday's as it would read with today's data. */
  week: enumOf(['current', 'next'] as const).default('current'),
});

export const digestPreviewSchema = z.object({
  /** ISO week the digest covers, e.g. "2026-W48". */
  week: z.string(),
  recipient: z.object({ id: z.string(), displayName: z.string(), email: z.string() }),
  /** True when nothing is in scope: no email would be sent. */
  empty: z.boolean(),
  subject: z.string(),
  preview: z.string(),
  html: z.string(),
  text: z.string(),
});
export type DigestPreview = z.infer<typeof digestPreviewSchema>;

export const digestSendNowInput = z.object({ userId: uuidSchema });
export const digestSendNowOutput = z.object({ queued: z.boolean(), emailId: z.string().nullable() });

export const followInput = z.object({ id: uuidSchema, follow: z.boolean() });
export const followOutput = z.object({ following: z.boolean() });

/** What the live-update stream tells an open page: something changed; refetch what shows it. */
export const liveEventSchema = z.object({
  id: z.number().int(),
  eventType: z.string(),
  aggregateType: z.string(),
  aggregateId: z.string(),
});
export type LiveEvent = z.infer<typeof liveEventSchema>;
