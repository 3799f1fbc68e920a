import {
  invitationLetterSchema,
  invitationsSentSchema,
  letterMeetingInput,
  letterSendInvitationsInput,
  letterSetInvitationInput,
} from '@tindak/shared';
import { getInvitation, sendInvitations, setInvitation } from '../services/letter.service';
import { protectedProcedure, router } from '../trpc';

/**
 * Official letters (issue 19): a meeting's surat undangan (its number, date and signer, and the
 * invitation emails). The documents themselves are downloads (http/letters.ts).
 */
export const letterRouter = router({
  /** The letter as it stands, and which participants an email reaches. */
  invitation: protectedProcedure
    .input(letterMeetingInput)
    .output(invitationLetterSchema)
    .query(({ ctx, input }) => getInvitation(ctx, input)),
  setInvitation: protectedProcedure
    .input(letterSetInvitationInput)
    .output(invitationLetterSchema)
    .mutation(({ ctx, input }) => setInvitation(ctx, input)),
  sendInvitations: protectedProcedure
    .input(letterSendInvitationsInput)
    .output(invitationsSentSchema)
    .mutation(({ ctx, input }) => sendInvitations(ctx, input)),
});
