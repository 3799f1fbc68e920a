import type { Permission } from '@tindak/shared';

/**
 * Every procedure's rule, by path. The tRPC middleware denies a procedure that is not listed
 * (deny by default), and the authorization matrix test fails for one that is missing.
 * - 'public': anyone, signed in or not;
 * - 'signedIn': any signed-in user;
 * - a permission from the shared policy: roles that hold it (object scope is checked in services).
 */
export type ProcedureRule = 'public' | 'signedIn' | Permission;

export const procedurePolicy: Record<string, ProcedureRule> = {
  'auth.me': 'public',
  'auth.signIn': 'public',
  'auth.signOut': 'public',
  'auth.requestPasswordReset': 'public',
  'auth.setPassword': 'public',
  'auth.setPreferences': 'signedIn',

  // First run: the token from the server log is the credential; refused once an admin exists.
  'setup.status': 'public',
  'setup.complete': 'public',
  'setup.regions': 'public',
  'setup.checklist': 'users.manage',
  'setup.sendTestMail': 'mail.manage',

  'users.list': 'users.manage',
  'users.invite': 'users.manage',
  'users.update': 'users.manage',
  'users.resendInvitation': 'users.manage',

  'regions.list': 'read',
  'regions.overview': 'read',
  'regions.national': 'read',
  'organizations.list': 'read',
  'organizations.directory': 'read',
  'organizations.create': 'directory.write',
  // Admins everywhere; secretariat and heads for offices in their scope (mayKeepOffice, in the service).
  'organizations.update': 'directory.write',
  'organizations.setActive': 'directory.write',
  'organizations.merge': 'directory.write',
  'people.search': 'read',
  'people.create': 'directory.write',
  // Offices or people from a file: each row is checked against mayKeepOffice in the service.
  'directoryImport.previewFile': 'directory.write',
  'directoryImport.applyFile': 'directory.write',
  'people.directory': 'read',
  'people.get': 'read',
  // Admins everywhere; secretariat and heads for people whose office is in their scope (in the service).
  'people.update': 'directory.write',
  'people.merge': 'directory.write',

  'meetings.list': 'read',
  'meetings.get': 'read',
  'meetings.similar': 'read',
  'meetings.create': 'meeting.write',
  'meetings.update': 'meeting.write',
  'meetings.setStatus': 'meeting.write',
  'meetings.saveMinutes': 'meeting.write',
  'meetings.recordAttendance': 'meeting.write',
  'meetings.attachFile': 'meeting.write',
  'meetings.detachFile': 'meeting.write',
  'meetings.previewAttendanceImport': 'meeting.write',
  'meetings.applyAttendanceImport': 'meeting.write',
  'meetings.previewAttendanceRows': 'meeting.write',
  // A meeting's series and the records it may carry over: what the reader sees (scoped in the service).
  'meetingSeries.get': 'read',
  'meetingSeries.carryOverCandidates': 'read',
  'meetingSeries.setCarryOver': 'meeting.write',

  'proposals.list': 'read',
  'proposals.get': 'read',
  'proposals.create': 'proposal.write',
  'proposals.update': 'proposal.write',
  'proposals.transition': 'proposal.write',

  'commitments.list': 'read',
  'commitments.parties': 'read',
  'commitments.get': 'read',
  'commitments.create': 'commitment.write',
  'commitments.update': 'commitment.write',
  'commitments.transition': 'commitment.write',
  'commitments.follow': 'read',

  // Agreements (issue 19): scope and keeping office are checked in the services (mayKeepAgreement).
  'agreements.list': 'read',
  'agreements.get': 'read',
  'agreements.create': 'agreement.write',
  'agreements.update': 'agreement.write',
  'agreements.sign': 'agreement.write',
  'agreements.end': 'agreement.write',
  'agreements.cancel': 'agreement.write',
  'agreements.attachDocument': 'agreement.write',

  // Indicators (issue 18): scope and keeping office are checked in the services (authority.ts).
  'directives.list': 'read',
  'directives.get': 'read',
  // Heads whose scope covers the issuing office and every office it goes to (mayIssueDirective).
  'directives.issue': 'actionItem.assign',
  'directives.update': 'actionItem.assign',
  'directives.addOffices': 'actionItem.assign',
  'directives.cancel': 'actionItem.assign',
  'indicators.list': 'read',
  'indicators.get': 'read',
  'indicators.ranking': 'read',
  'indicators.regionSeries': 'read',
  'indicators.valueHistory': 'read',
  'indicators.offTarget': 'read',
  'indicators.define': 'indicator.define',
  'indicators.update': 'indicator.define',
  'indicators.recordValue': 'indicator.record',
  'indicators.setTargets': 'indicator.target',
  // Values from a file: each row's region is checked with mayRecordIndicatorValue in the service.
  'indicatorImport.previewFile': 'indicator.record',
  'indicatorImport.applyFile': 'indicator.record',

  'actionItems.list': 'read',
  'actionItems.get': 'read',
  'actionItems.summary': 'read',
  'actionItems.create': 'actionItem.assign',
  // Drafts from a meeting: those who keep its minutes (the host's secretariat and heads, checked
  // in the service); a head of the host assigns them.
  'actionItems.createDraft': 'meeting.write',
  'actionItems.assignDraft': 'actionItem.assign',
  // Heads and the host's secretariat who drafted it (checked in the service).
  'actionItems.cancelDraft': 'meeting.write',
  'actionItems.update': 'actionItem.assign',
  'actionItems.changeStatus': 'actionItem.assign',
  'actionItems.delegate': 'actionItem.assign',
  'actionItems.decideExtension': 'actionItem.decide',
  'actionItems.verify': 'actionItem.decide',
  'actionItems.reportProgress': 'actionItem.work',
  'actionItems.comment': 'actionItem.work',
  'actionItems.requestExtension': 'actionItem.work',
  'actionItems.submitEvidence': 'actionItem.work',

  'search.query': 'read',
  'dashboard.home': 'read',

  // Own mail and own digest for everyone; the service widens it to everyone's for mail.manage.
  'outbox.list': 'signedIn',
  'outbox.get': 'signedIn',
  'outbox.retry': 'mail.manage',
  'digests.preview': 'signedIn',
  'digests.sendNow': 'mail.manage',

  'live.onChange': 'signedIn',

  // Each user's own private calendar feed.
  'calendar.feedUrl': 'signedIn',
  'calendar.createFeed': 'signedIn',
  'calendar.revokeFeed': 'signedIn',

  // The transparency page: published commitments, offices and regions only, no session needed.
  'public.provinces': 'public',
  'public.commitments': 'public',

  // Official letters (issue 19): the invitation letter's number and sending are for those who may
  // change the meeting (the host's secretariat and heads, checked in the service).
  'letters.invitation': 'read',
  'letters.setInvitation': 'meeting.write',
  'letters.sendInvitations': 'meeting.write',
};

/** A plain HTTP route's rule: a procedure's, or a list of permissions of which a role needs one. */
export type RouteRule = ProcedureRule | readonly [Permission, ...Permission[]];

/**
 * Every plain HTTP route's rule (uploads, downloads, exports, calendars), by method and path as
 * registered: `http/authorized-route.ts` registers a route only from this table and applies its
 * rule before the handler runs, with the same refusals (and PermissionDenied events) as tRPC.
 */
export const httpRoutePolicy = {
  // Files are attached to meetings (secretariat, heads) or submitted as evidence (staff, heads).
  'POST /api/files': ['meeting.write', 'actionItem.work'],
  // Which file a reader may fetch is decided per file: its uploader, or readers of what holds it.
  'GET /api/files/:id': 'read',
  'GET /api/rapat/:id/notulen.pdf': 'read',
  'GET /api/rapat/:id/notulen.docx': 'read',
  'GET /api/rapat/:id/rapat.ics': 'read',
  // Official letters (issue 19): readers of the meeting or item; the letter refuses (409) when not ready.
  'GET /api/rapat/:id/undangan.pdf': 'read',
  'GET /api/rapat/:id/undangan.docx': 'read',
  'GET /api/tindak-lanjut/:id/disposisi.pdf': 'read',
  // Calendar apps carry no session: the feed's secret token in the URL is the credential.
  'GET /api/kalender/:file': 'public',
  'GET /api/ekspor/tindak-lanjut.xlsx': 'read',
  'GET /api/ekspor/tindak-lanjut.csv': 'read',
  'GET /api/ekspor/komitmen.xlsx': 'read',
  'GET /api/ekspor/komitmen.csv': 'read',
  'GET /api/ekspor/usulan.xlsx': 'read',
  'GET /api/ekspor/usulan.csv': 'read',
  'GET /api/ekspor/indikator.xlsx': 'read',
  'GET /api/ekspor/indikator.csv': 'read',
  'GET /api/ekspor/arahan.xlsx': 'read',
  'GET /api/ekspor/arahan.csv': 'read',
} as const satisfies Record<string, RouteRule>;

export type HttpRoute = keyof typeof httpRoutePolicy;
