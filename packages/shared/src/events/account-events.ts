import { z } from 'zod';
import { fromTo, noFacts } from './payload-parts';

/** Where a record created on the side of another change came from (an import). */
const createdBy = z.enum(['attendanceImport', 'directoryImport']).optional();

/** Events on an account (aggregate `user`): sign-in, invitations, administration, refusals. */
export const userEvents = {
  UserCreated: z.object({ role: z.string(), demo: z.boolean() }),
  UserInvited: z.object({ role: z.string(), organizationId: z.string().nullable() }),
  InvitationResent: noFacts,
  InvitationAccepted: noFacts,
  SignInFailed: z.object({ email: z.string(), ip: z.string() }),
  SignedIn: z.object({ ip: z.string() }),
  SignedOut: noFacts,
  PasswordResetRequested: noFacts,
  PasswordReset: noFacts,
  RoleChanged: z.object({ role: fromTo(z.string()), organizationId: fromTo(z.string().nullable()) }),
  UserDeactivated: noFacts,
  UserReactivated: noFacts,
  EmailChanged: noFacts,
  UserRenamed: fromTo(z.string()),
  /** What was refused (a procedure or route) and the role that asked. */
  PermissionDenied: z.object({ procedure: z.string(), role: z.string() }),
  CalendarFeedRevoked: z.object({ reason: z.enum(['passwordReset', 'deactivated']) }),
  DigestSentNow: z.object({ emailId: z.string().nullable() }),
  EmailRetried: z.object({ emailId: z.string() }),
  /** From the admin's setup checklist: a mail to themselves through the outbox. */
  TestMailSent: z.object({ emailId: z.string() }),
  /**
   * Offices or people imported from a file (each created or changed record has its own event too):
   * what the import did, and the key that makes a retried apply return this instead of running again.
   */
  DirectoryImported: z.object({
    kind: z.enum(['offices', 'people']),
    idempotencyKey: z.string(),
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    skipped: z.number(),
    errors: z.number(),
    createdOffices: z.number(),
  }),
} satisfies Record<string, z.ZodType>;

/** Events on a person (aggregate `person`). The NIP is personal data: only whether one was given. */
export const personEvents = {
  PersonCreated: z.object({
    fullName: z.string(),
    position: z.string().nullable(),
    organizationId: z.string().nullable(),
    hasNip: z.boolean(),
    /** `account`: made with a user account, whose id is `userId` (every account is a person). */
    source: z.enum(['attendanceImport', 'account', 'directoryImport']).optional(),
    userId: z.string().optional(),
  }),
  /** An existing person became the person of an account (made for it, or matched by name in its office). */
  PersonLinkedToAccount: z.object({ userId: z.string() }),
  /** The account's name or office changed, and its person with it. */
  PersonChangedWithAccount: z.object({
    userId: z.string(),
    fullName: fromTo(z.string()).optional(),
    organizationId: fromTo(z.string().nullable()).optional(),
  }),
  /** Edited on the people directory: only the fields that changed; of the NIP, only that it did. */
  PersonUpdated: z.object({
    fullName: fromTo(z.string()).optional(),
    position: fromTo(z.string().nullable()).optional(),
    organizationId: fromTo(z.string().nullable()).optional(),
    nipChanged: z.literal(true).optional(),
  }),
  /**
   * On the person kept: `duplicateId`'s references moved to it, counted by table and column
   * (`meeting_participants.person_id`: 3). The duplicate stays with `merged_into` set.
   */
  PeopleMerged: z.object({
    duplicateId: z.string(),
    duplicateName: z.string(),
    moved: z.record(z.string(), z.number()),
    /** The duplicate's NIP or position, taken by a kept person who had none. */
    tookOver: z.array(z.enum(['nip', 'position'])).optional(),
  }),
} satisfies Record<string, z.ZodType>;

/** Events on an office (aggregate `organization`). */
export const organizationEvents = {
  OrganizationCreated: z.object({
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.string(),
    regionCode: z.string().nullable(),
    source: createdBy,
  }),
  /** Its name, short name, kind or region changed: only the fields that did. */
  OrganizationUpdated: z.object({
    name: fromTo(z.string()).optional(),
    shortName: fromTo(z.string().nullable()).optional(),
    kind: fromTo(z.string()).optional(),
    regionCode: fromTo(z.string().nullable()).optional(),
    /** Issue 19: kop surat and paper of the office's letters. */
    paperSize: fromTo(z.string()).optional(),
    letterheadGovernment: fromTo(z.string().nullable()).optional(),
    address: fromTo(z.string().nullable()).optional(),
    phone: fromTo(z.string().nullable()).optional(),
    email: fromTo(z.string().nullable()).optional(),
    website: fromTo(z.string().nullable()).optional(),
  }),
  /** No longer offered for new records; what already names it keeps it. */
  OrganizationDeactivated: noFacts,
  OrganizationReactivated: noFacts,
  /**
   * On the office kept: `duplicateId`'s references moved to it, counted by table and column
   * (`people.organization_id`: 3). The duplicate stays, deactivated, with `merged_into` set.
   */
  OrganizationsMerged: z.object({
    duplicateId: z.string(),
    duplicateName: z.string(),
    moved: z.record(z.string(), z.number()),
  }),
} satisfies Record<string, z.ZodType>;

/** Events on an uploaded file (aggregate `file`). */
export const fileEvents = {
  FileUploaded: z.object({
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number(),
    sha256: z.string(),
  }),
} satisfies Record<string, z.ZodType>;
