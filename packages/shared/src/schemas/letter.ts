import { z } from 'zod';
import { messageRef } from '../i18n/messages';
import { dateOnlySchema, refSchema, textInput, uuidSchema } from './common';

// Official letters (issue 19): the surat undangan of a scheduled meeting and the lembar disposisi
// of an action item, printed in the Tata Naskah Dinas form on the office's paper (A4 or F4).

export const paperSizes = ['A4', 'F4'] as const;
export type PaperSize = (typeof paperSizes)[number];

/** "005/123/Diskominfo/2026": the agenda number the office gives its letter. */
export const invitationNumberSchema = textInput({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(100, { error: messageRef('tooLong', 100) });

export const letterMeetingInput = z.object({ meetingId: uuidSchema });

/** Number, date and signer of the meeting's invitation letter: set together, printed the same each time. */
export const letterSetInvitationInput = z.object({
  meetingId: uuidSchema,
  version: z.number().int().min(1),
  number: invitationNumberSchema,
  date: dateOnlySchema,
  signerPersonId: uuidSchema,
});
export type LetterSetInvitationInput = z.input<typeof letterSetInvitationInput>;

export const letterSendInvitationsInput = z.object({
  meetingId: uuidSchema,
  version: z.number().int().min(1),
  /**
   * A meeting already invited is sent again only when asked: a second click by mistake must not
   * mail every participant twice (see docs/decisions.md, "Invitation emails").
   */
  resend: z.boolean().default(false),
});
export type LetterSendInvitationsInput = z.input<typeof letterSendInvitationsInput>;

/** A participant as the invitation reaches them: by email when their person has an active account. */
export const invitationRecipientSchema = z.object({
  participantId: z.string(),
  name: z.string(),
  organization: z.string().nullable(),
  /** Whether an email goes to them; the address itself is not shown to every reader. */
  hasEmail: z.boolean(),
});
export type InvitationRecipient = z.infer<typeof invitationRecipientSchema>;

export const invitationLetterSchema = z.object({
  meetingId: z.string(),
  /** The meeting's version: setting the letter or sending it moves it on. */
  version: z.number().int(),
  meetingStatus: z.string(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  signer: refSchema.extend({ position: z.string().nullable() }).nullable(),
  sentAt: z.string().nullable(),
  paperSize: z.enum(paperSizes),
  recipients: z.array(invitationRecipientSchema),
  /** The caller may set the number and send (the host's secretariat and heads). */
  mayEdit: z.boolean(),
});
export type InvitationLetter = z.infer<typeof invitationLetterSchema>;

export const invitationsSentSchema = z.object({
  letter: invitationLetterSchema,
  /** Emails queued now; 0 with `alreadySent` when the meeting was invited before and no resend was asked. */
  queued: z.number().int(),
  withoutEmail: z.number().int(),
  alreadySent: z.boolean(),
});
export type InvitationsSent = z.infer<typeof invitationsSentSchema>;
