import type { Language, NotificationKind, Role } from '@tindak/shared';

/**
 * What each email says, as plain data. Services and jobs build these; the react-email templates
 * in ./templates turn them into subject, preview text, HTML and plain text. Dates are calendar
 * dates ("2026-11-30") or ISO instants; templates format them in the recipient's language and zone.
 */
export interface RenderedMail {
  subject: string;
  /** The line mail clients show after the subject. */
  preview: string;
  html: string;
  text: string;
}

export interface MailRecipient {
  name: string;
  language: Language;
  timeZone: string;
}

/** One notification about one action item or commitment. */
export interface NotificationFacts {
  kind: NotificationKind;
  /** Title of the action item or commitment. */
  title: string;
  /** Absolute link to the item or commitment page. */
  url: string;
  /** Who caused it (assigned, passed down, decided...), when a person did. */
  actorName: string | null;
  /** Owner office of the item, e.g. "Diskominfo Kabupaten Kerinci". */
  officeName: string | null;
  dueDate: string | null;
  /** Extension: the deadline asked for or granted. */
  requestedDueDate?: string | null;
  /** Instruction when passed down, reason of a request, note of a decision. */
  note?: string | null;
  /** extensionDecided: approved/rejected; verified: accepted/rejected. */
  outcome?: 'approved' | 'rejected' | 'accepted' | null;
  /** commitmentStatusChanged: statuses (keys of the commitment status machine). */
  fromStatus?: string | null;
  toStatus?: string | null;
}

export interface NotificationMail {
  recipient: MailRecipient;
  notification: NotificationFacts;
  /** Link to the recipient's account page, where the email preference is changed. */
  settingsUrl: string;
}

export interface DailySummaryMail {
  recipient: MailRecipient;
  /** The recipient's local date the summary is for. */
  date: string;
  notifications: NotificationFacts[];
  appUrl: string;
  settingsUrl: string;
}

export interface AccountLinkMail {
  recipient: MailRecipient;
  purpose: 'invite' | 'reset';
  /** The one-time link to set a password. */
  url: string;
  /** When the link stops working (ISO instant). */
  expiresAt: string;
  /** invite: the admin who invited. */
  invitedBy?: string | null;
  /** invite: role and office the account was created with. */
  role?: Role | null;
  officeName?: string | null;
}

export interface DigestItem {
  title: string;
  url: string;
  officeName: string;
  regionName: string | null;
  ownerName: string | null;
  dueDate: string | null;
  status: string;
  /** overdue: whole days past the deadline; resolved: null. */
  daysOverdue: number | null;
  /** resolved: when it was verified done (ISO instant). */
  resolvedAt: string | null;
  /**
   * The line stands for a directive's items (issue 19): title and url are the directive's, and its
   * spread in the reader's scope. Absent for an ordinary item, or a directive's only item in scope.
   */
  directive?: { offices: number; done: number; overdue: number };
}

export interface DigestCommitment {
  title: string;
  url: string;
  /** Who promised it: office, or person. */
  partyName: string;
  status: string;
  /** New last week, or changed (status or content) last week. */
  change: 'new' | 'changed';
  dueDate: string | null;
}

export interface DigestProposal {
  title: string;
  url: string;
  /** Who it is addressed to, e.g. "Kementerian Komunikasi dan Digital". */
  addresseeName: string | null;
  status: string;
  /** The calendar day it was raised (YYYY-MM-DD), e.g. the day of the audiensi it was put forward at. */
  raisedOn: string | null;
}

export interface DigestMeeting {
  title: string;
  url: string;
  startsAt: string;
  place: string | null;
  meetingType: string;
}

/**
 * One indicator value in the digest (issue 18): "Indeks SPBE · Kabupaten Kerinci · 2025: 2,45
 * (Cukup) → target 2,60". Numbers are plain numbers; the template writes them in the reader's language.
 */
export interface DigestIndicatorValue {
  indicatorName: string;
  /** The indicator's unit (index, sites, people...): counts get a unit word, an index none. */
  unit: string;
  regionName: string;
  period: string;
  value: number | null;
  predicate: string | null;
  /** The band the value (or its predicate) falls in, e.g. "Cukup"; null without bands. */
  bandLabel: string | null;
  previousValue: number | null;
  previousPredicate: string | null;
  /** The target of the value's period, when one is set. */
  target: number | null;
  /** The region's page, where the value stands against its target over the periods. */
  url: string;
}

/** Values recorded last week in the reader's scope, and the latest values now off target. */
export interface DigestIndicators {
  recorded: DigestIndicatorValue[];
  offTarget: DigestIndicatorValue[];
  more: { recorded: DigestMore; offTarget: DigestMore };
}

export interface DigestRegionRow {
  regionName: string;
  done: number;
  open: number;
  overdue: number;
}

/**
 * A digest list cut to its first rows (DIGEST_SECTION_ROWS): how many it has in all and where the
 * app lists them all (null where the app has no such list).
 */
export interface DigestMore {
  total: number;
  url: string | null;
}

export interface DigestContent {
  /** ISO week, e.g. "2026-W48", and its Monday..Sunday in the recipient's zone. */
  week: string;
  weekStart: string;
  weekEnd: string;
  /**
   * When the digest was due (the week's Monday 07:00, ISO) if it goes out later: the worker was
   * down on Monday and a later tick of the week sends it, saying so. Null or absent: on time.
   */
  lateSince?: string | null;
  /** What the recipient's scope is called, e.g. "Provinsi Jambi". */
  scopeName: string;
  role: Role;
  /** Oldest first, grouped by owner office. */
  /** By owner office; a directive's line spans offices, so those lines form a group of their own. */
  overdue: { officeName: string; items: DigestItem[]; directives?: boolean }[];
  dueThisWeek: DigestItem[];
  resolvedLastWeek: DigestItem[];
  commitments: DigestCommitment[];
  proposalsAwaitingDecision: DigestProposal[];
  upcomingMeetings: DigestMeeting[];
  /**
   * The reader's own lists in full: the mail shows their first rows. The notifications have no list
   * in the app; their link is the account page, where the reader can have them daily or at once.
   */
  more: {
    overdue: DigestMore;
    dueThisWeek: DigestMore;
    resolvedLastWeek: DigestMore;
    notifications: DigestMore;
  };
  /** The scope sections' lists in full. */
  scopeMore: { commitments: DigestMore; proposals: DigestMore; meetings: DigestMore };
  /** Indicators in the reader's scope (a scope section too); absent or empty: no section. */
  indicators?: DigestIndicators;
  /** Heads only (null for other roles): done / open / overdue per regency or city. */
  completionByRegion: DigestRegionRow[] | null;
  /** Users who chose "weekly only": the past week's most urgent notifications (more.notifications). */
  notifications: NotificationFacts[];
}

export interface DigestMail {
  recipient: MailRecipient;
  content: DigestContent;
  appUrl: string;
  settingsUrl: string;
}

/** True when a digest has nothing to say: no email is sent. */
export function digestIsEmpty(content: DigestContent): boolean {
  return (
    content.overdue.length === 0 &&
    content.dueThisWeek.length === 0 &&
    content.resolvedLastWeek.length === 0 &&
    content.commitments.length === 0 &&
    content.proposalsAwaitingDecision.length === 0 &&
    content.upcomingMeetings.length === 0 &&
    content.notifications.length === 0 &&
    !hasIndicatorRows(content.indicators)
  );
}

/** Whether the indicator section has anything to show. */
export function hasIndicatorRows(indicators: DigestIndicators | undefined): boolean {
  return !!indicators && indicators.recorded.length + indicators.offTarget.length > 0;
}
