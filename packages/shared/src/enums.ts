import type { ActionItemAction, ActionItemStatus } from './status/machines';

/**
 * Closed vocabularies shared by the database checks, the API schemas and the web labels. No zod
 * here: the web's shell and Beranda read these without loading the schemas.
 */
export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];

export const regionKinds = ['province', 'regency', 'city'] as const;
export type RegionKind = (typeof regionKinds)[number];

export const organizationKinds = [
  'diskominfo',
  'regional_government',
  'regional_office',
  'ministry',
  'agency',
  'company',
  'association',
  'other',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const meetingTypes = [
  'audiensi',
  'rakornis',
  'rakor',
  'forum',
  'pelatihan',
  'kunjungan_kerja',
  'lainnya',
] as const;
export type MeetingType = (typeof meetingTypes)[number];

export const participantRoles = [
  'chair',
  'minute_taker',
  'speaker',
  'resource_person',
  'participant',
  'organizer',
] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export const attendanceStates = ['invited', 'present', 'absent', 'represented'] as const;
export type AttendanceState = (typeof attendanceStates)[number];

/** Indonesian time zones by their everyday abbreviation. */
export const indonesianTimeZones = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
} as const;
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** When a user's notifications reach them by email: at once, in one daily summary, or only in the weekly digest. */
export const notifyModes = ['immediate', 'daily', 'weekly'] as const;
export type NotifyMode = (typeof notifyModes)[number];

/** What an email in the outbox is for. */
export const emailKinds = ['notification', 'daily', 'digest', 'invite', 'reset', 'test'] as const;
export type EmailKind = (typeof emailKinds)[number];

/** pending: waiting for the worker (or retrying); sent: accepted by SMTP or written to the outbox; failed: dead letter. */
export const emailStatuses = ['pending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof emailStatuses)[number];

/** Why a user gets a notification. */
export const notificationKinds = [
  'assigned',
  'delegated',
  'dueSoon3',
  'dueSoon1',
  'overdue',
  'extensionRequested',
  'extensionDecided',
  'evidenceSubmitted',
  'verified',
  'commitmentStatusChanged',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** A follow-up's vocabularies; its status machine is status/machines.ts. */
export const actionItemPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type ActionItemPriority = (typeof actionItemPriorities)[number];
export const actionItemStatuses = [
  'draft',
  'open',
  'in_progress',
  'awaiting_verification',
  'done',
  'blocked',
  'cancelled',
] as const satisfies readonly ActionItemStatus[];
export const actionItemActions = [
  'assign',
  'start',
  'submitEvidence',
  'acceptEvidence',
  'rejectEvidence',
  'block',
  'unblock',
  'cancel',
] as const satisfies readonly ActionItemAction[];
