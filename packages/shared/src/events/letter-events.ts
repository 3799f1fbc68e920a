import { z } from 'zod';

/** Events of a meeting's invitation letter (aggregate `meeting`, issue 19). */
export const meetingLetterEvents = {
  /** Number, date and signer of the surat undangan; `from` is null the first time. */
  MeetingInvitationSet: z.object({
    version: z.number(),
    number: z.string(),
    date: z.string(),
    signerPersonId: z.string(),
    from: z
      .object({ number: z.string(), date: z.string(), signerPersonId: z.string().nullable() })
      .nullable(),
  }),
  /** Invitation emails queued: one per participant with an email address. */
  MeetingInvitationsSent: z.object({
    version: z.number(),
    number: z.string(),
    queued: z.number(),
    withoutEmail: z.number(),
    /** Sent again on purpose after an earlier sending. */
    resend: z.boolean(),
  }),
} satisfies Record<string, z.ZodType>;
