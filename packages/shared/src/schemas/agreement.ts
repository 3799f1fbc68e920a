import { z } from 'zod';
import { messageRef } from '../i18n/messages';
import { defineMachine } from '../status/machine';
import { commitmentStatusMachine } from '../status/machines';
import {
  dateOnlySchema,
  enumOf,
  idempotencyKeySchema,
  optionalText,
  pageLimitSchema,
  refSchema,
  regionCodeSchema,
  requiredText,
  textInput,
  uuidSchema,
} from './common';
import { linkedRecord } from './linked-record';
import { eventSchema } from './meeting';

/**
 * An agreement (issue 19): several parties, offices or companies, sign one document with several
 * scope items (Banyuasin with APJII and three providers). Each party's promise is a commitment
 * linked to it.
 */
export const agreementKinds = ['kesepakatan', 'mou', 'pks'] as const;
export type AgreementKind = (typeof agreementKinds)[number];

/**
 * Drafted, then signed (with its day and place), then ended when its term is over; a draft or a
 * signed agreement may be cancelled. Signing, ending and cancelling are their own procedures because
 * each carries its own facts.
 */
export const agreementStatusMachine = defineMachine({
  initial: 'draft',
  statuses: ['draft', 'signed', 'ended', 'cancelled'],
  actions: ['sign', 'end', 'cancel'],
  transitions: {
    draft: { sign: 'signed', cancel: 'cancelled' },
    signed: { end: 'ended', cancel: 'cancelled' },
    ended: {},
    cancelled: {},
  },
});
export type AgreementStatus = (typeof agreementStatusMachine.statuses)[number];
export type AgreementAction = (typeof agreementStatusMachine.actions)[number];

/** Two parties at least make an agreement; twenty is already a forum, not a signing table. */
export const MIN_AGREEMENT_PARTIES = 2;
export const MAX_AGREEMENT_PARTIES = 20;
export const MAX_AGREEMENT_SCOPE_ITEMS = 50;

const optionalDate = z
  .union([z.literal('').transform(() => null), dateOnlySchema])
  .nullish()
  .transform((v) => v ?? null);

export const agreementPartyInput = z.object({
  organizationId: uuidSchema,
  /** Who signs for the party, as the document names them. */
  signatoryName: optionalText(200),
  signatoryPosition: optionalText(200),
});
export type AgreementPartyInput = z.input<typeof agreementPartyInput>;

const agreementFields = z.object({
  kind: enumOf(agreementKinds),
  title: requiredText(300),
  /** The document's own number, e.g. "119/PKS/KOMINFO/2025". */
  number: optionalText(100),
  description: optionalText(10_000),
  parties: z
    .array(agreementPartyInput)
    .min(MIN_AGREEMENT_PARTIES, { error: messageRef('agreementTooFewParties', MIN_AGREEMENT_PARTIES) })
    .max(MAX_AGREEMENT_PARTIES, { error: messageRef('tooMany', MAX_AGREEMENT_PARTIES) }),
  /** What the parties agree to work on, in the document's order. */
  scopeItems: z
    .array(requiredText(1000))
    .max(MAX_AGREEMENT_SCOPE_ITEMS, { error: messageRef('tooMany', MAX_AGREEMENT_SCOPE_ITEMS) })
    .default([]),
  /** The meeting it was made in (e.g. the Banyuasin audiensi). */
  meetingId: uuidSchema.nullish().transform((v) => v ?? null),
  /** The office that keeps the record: its region decides who reads and who edits it. */
  ownerOrganizationId: uuidSchema,
  /** The region it is about; left out: the keeping office's. */
  regionCode: regionCodeSchema.nullish().transform((v) => v ?? null),
  startsOn: optionalDate,
  endsOn: optionalDate,
});

type Checked = { parties: { organizationId: string }[]; startsOn: string | null; endsOn: string | null };

function checkAgreement(input: Checked, ctx: z.RefinementCtx) {
  const ids = input.parties.map((party) => party.organizationId);
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) {
      ctx.addIssue({ code: 'custom', path: ['parties', index, 'organizationId'], message: 'duplicateParty' });
    }
  });
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) {
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'endBeforeStart' });
  }
}

export const agreementCreateInput = agreementFields
  .extend({ idempotencyKey: idempotencyKeySchema })
  .superRefine(checkAgreement);
export type AgreementCreateInput = z.input<typeof agreementCreateInput>;

export const agreementUpdateInput = agreementFields
  .extend({ id: uuidSchema, version: z.number().int().min(1) })
  .superRefine(checkAgreement);
export type AgreementUpdateInput = z.input<typeof agreementUpdateInput>;

const versioned = { id: uuidSchema, version: z.number().int().min(1) };

/** Signing needs the day and the place: "Ditandatangani di Banyuasin, 12 Maret 2025". */
export const agreementSignInput = z.object({
  ...versioned,
  signedOn: dateOnlySchema,
  signedPlace: requiredText(200),
});
export type AgreementSignInput = z.input<typeof agreementSignInput>;

/** The term is over; the day it ended, left out: today (WIB). */
export const agreementEndInput = z.object({ ...versioned, endsOn: optionalDate });
export type AgreementEndInput = z.input<typeof agreementEndInput>;

export const agreementCancelInput = z.object({ ...versioned, reason: requiredText(2000) });
export type AgreementCancelInput = z.input<typeof agreementCancelInput>;

/** The signed document, uploaded through POST /api/files first; null takes it off. */
export const agreementAttachInput = z.object({ ...versioned, fileId: uuidSchema.nullable() });
export type AgreementAttachInput = z.input<typeof agreementAttachInput>;

export const agreementGetInput = z.object({ id: uuidSchema });

export const agreementListInput = z
  .object({
    cursor: z.string().max(200).nullish(),
    limit: pageLimitSchema,
    kind: enumOf(agreementKinds).optional(),
    status: z.enum(agreementStatusMachine.statuses, { error: 'invalidChoice' }).optional(),
    /** Agreements this office is a party to. */
    partyOrganizationId: uuidSchema.optional(),
    /** A province code also matches agreements of its regencies and cities. */
    regionCode: regionCodeSchema.optional(),
    meetingId: uuidSchema.optional(),
    /** Words in the title, number or description. */
    q: textInput().trim().max(100).optional(),
  })
  .default({ limit: 20 });
export type AgreementListInput = z.input<typeof agreementListInput>;

const meetingLink = linkedRecord({ id: z.string(), title: z.string(), startsAt: z.string() });

export const agreementSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(agreementKinds),
  title: z.string(),
  number: z.string().nullable(),
  status: z.enum(agreementStatusMachine.statuses),
  signedOn: z.string().nullable(),
  signedPlace: z.string().nullable(),
  owner: refSchema,
  region: z.object({ code: z.string(), name: z.string() }).nullable(),
  parties: z.array(refSchema),
  /** The parties' commitments the reader sees, and how many of them are kept or overdue. */
  commitments: z.object({
    total: z.number().int(),
    fulfilled: z.number().int(),
    overdue: z.number().int(),
  }),
  meeting: meetingLink.nullable(),
  createdAt: z.string(),
});
export type AgreementSummary = z.infer<typeof agreementSummarySchema>;

export const agreementListOutput = z.object({
  items: z.array(agreementSummarySchema),
  nextCursor: z.string().nullable(),
});
export type AgreementListOutput = z.infer<typeof agreementListOutput>;

export const agreementCommitmentSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(commitmentStatusMachine.statuses),
  dueOn: z.string().nullable(),
  isOverdue: z.boolean(),
});
export type AgreementCommitment = z.infer<typeof agreementCommitmentSchema>;

export const agreementPartySchema = z.object({
  organization: refSchema.extend({ kind: z.string(), regionCode: z.string().nullable() }),
  position: z.number().int(),
  signatoryName: z.string().nullable(),
  signatoryPosition: z.string().nullable(),
  commitments: z.array(agreementCommitmentSchema),
});
export type AgreementParty = z.infer<typeof agreementPartySchema>;

export const agreementDocumentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  contentType: z.string(),
});

export const agreementDetailSchema = agreementSummarySchema.extend({
  description: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  partyDetails: z.array(agreementPartySchema),
  scopeItems: z.array(z.object({ position: z.number().int(), text: z.string() })),
  document: agreementDocumentSchema.nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  /** What the reader may do: edit and sign, end or cancel (keepers), add a party's commitment. */
  canEdit: z.boolean(),
  canAddCommitment: z.boolean(),
  allowedActions: z.array(z.enum(agreementStatusMachine.actions)),
  history: z.array(eventSchema),
});
export type AgreementDetail = z.infer<typeof agreementDetailSchema>;
