import { z } from 'zod';
import { fieldChanges, transition } from './payload-parts';

const party = z.object({
  organizationId: z.string(),
  signatoryName: z.string().nullable(),
  signatoryPosition: z.string().nullable(),
});

/** Events on an agreement (kesepakatan, MoU, PKS; aggregate `agreement`, issue 19). */
export const agreementEvents = {
  AgreementDrafted: z.object({
    kind: z.string(),
    title: z.string(),
    number: z.string().nullable(),
    description: z.string().nullable(),
    meetingId: z.string().nullable(),
    ownerOrganizationId: z.string(),
    regionCode: z.string().nullable(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    parties: z.array(party),
    scopeItems: z.array(z.string()),
  }),
  /**
   * `changes` names each changed field as `{ from, to }`; `parties` and `scopeItems` as the whole
   * list before and after, when they changed.
   */
  AgreementUpdated: z.object({ version: z.number(), changes: fieldChanges }),
  AgreementSigned: transition.extend({ version: z.number(), signedOn: z.string(), signedPlace: z.string() }),
  AgreementEnded: transition.extend({ version: z.number(), endsOn: z.string() }),
  AgreementCancelled: transition.extend({ version: z.number(), reason: z.string() }),
  /** The signed document: the file attached (null: taken off) and the one it replaced. */
  AgreementDocumentAttached: z.object({
    version: z.number(),
    fileId: z.string().nullable(),
    previousFileId: z.string().nullable(),
  }),
} satisfies Record<string, z.ZodType>;
