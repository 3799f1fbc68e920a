import { can, ownsItem, type Permission, type Role, regionInScope } from './policy';

/**
 * Who may CHANGE a record. Reading is decided by scope (`regionInScope`, and a meeting is readable
 * by every region that attended it); writing is decided by ownership, so reading a record never
 * implies the right to change it. The API checks these rules inside the transaction that makes
 * the change (on the locked row); the web calls the same functions to show or hide actions.
 *
 * | record                                                   | who may change it                                              |
 * |----------------------------------------------------------|----------------------------------------------------------------|
 * | meeting, its minutes, attendance, attachments, status    | secretariat and heads whose scope covers the host office        |
 * | proposal, commitment                                     | secretariat and heads whose scope covers the record's home      |
 * | action item: edit, pass down, block, cancel              | heads whose scope covers the owning office                      |
 * | action item: extension decision, evidence verdict        | heads whose scope covers the owning office                      |
 * | action item: progress, comment, extension ask, evidence  | staff who own it; heads whose scope covers the owning office    |
 * | action item draft: create / read / assign or cancel      | secretariat+heads / +admins / heads, covering the meeting host  |
 * | a link to another record                                 | only to a record the caller may read                            |
 * | a user account                                           | admins, never their own office, role or active state            |
 * | an office in the directory: edit, deactivate, merge      | admins; secretariat and heads whose scope covers its region     |
 * | indicator: define, edit, retire                          | secretariat and heads whose scope covers its keeping office     |
 * | indicator value of a region                              | secretariat and heads whose scope covers the region             |
 * | indicator target of a region                             | heads whose scope covers the region and the keeping office      |
 * | directive: issue, edit, add offices, cancel              | heads whose scope covers the issuing office and every receiver  |
 * | agreement: record, edit, sign, end, cancel, document      | secretariat and heads whose scope covers its keeping office     |
 */

/** The person acting, as the rules need them. `scopeRegion` null: an office without a region. */
export interface Actor {
  role: Role;
  scopeRegion: string | null;
  organizationId: string;
  personId: string | null;
}

/**
 * A record's home: the regions of the office(s) it belongs to (null for an office without a
 * region, such as a ministry). A meeting's home is its host office (penyelenggara); a proposal's,
 * the hosts of the meetings it was raised in (its proposers' offices when it has no meeting); a
 * commitment's, the host of its meeting (else the office tracking it, else the one that made it).
 */
export type HomeRegions = readonly (string | null)[];

/** Whether the actor's scope covers at least one of the home's regions. */
export function coversHome(scopeRegion: string | null, home: HomeRegions): boolean {
  if (scopeRegion === null) return true;
  return home.some((code) => code !== null && regionInScope(scopeRegion, code));
}

export type RecordKind = 'meeting' | 'proposal' | 'commitment';

const writePermission = {
  meeting: 'meeting.write',
  proposal: 'proposal.write',
  commitment: 'commitment.write',
} as const satisfies Record<RecordKind, string>;

/**
 * The role permission changing a record of this kind takes; the home decides the rest. The web
 * uses it to tell someone whose role could change such records that this one is not theirs.
 */
export function recordWritePermission(kind: RecordKind): Permission {
  return writePermission[kind];
}

/** May the actor change a meeting (or a proposal or commitment) with this home? */
export function mayChangeRecord(actor: Actor, kind: RecordKind, home: HomeRegions): boolean {
  return can(actor.role, writePermission[kind]) && coversHome(actor.scopeRegion, home);
}

/** What the item rules need to know: the owning office, its region, and the person named. */
export interface ItemHome {
  regionCode: string | null;
  ownerOrganizationId: string;
  ownerPersonId: string | null;
}

/** Edit, pass down, block or cancel an action item: heads over the owning office. */
export function mayAssignItem(actor: Actor, item: Pick<ItemHome, 'regionCode'>): boolean {
  return can(actor.role, 'actionItem.assign') && coversHome(actor.scopeRegion, [item.regionCode]);
}

/** Decide an extension or verify evidence: heads over the owning office. */
export function mayDecideItem(actor: Actor, item: Pick<ItemHome, 'regionCode'>): boolean {
  return can(actor.role, 'actionItem.decide') && coversHome(actor.scopeRegion, [item.regionCode]);
}

/**
 * Report progress, comment, ask for an extension, submit evidence: the owner. Staff work on the
 * items named to them (or to their office when no person is named); heads on items of offices
 * their scope covers (their own office or one beneath it).
 */
export function mayWorkOnItem(actor: Actor, item: ItemHome): boolean {
  if (!can(actor.role, 'actionItem.work')) return false;
  if (can(actor.role, 'actionItem.assign')) return coversHome(actor.scopeRegion, [item.regionCode]);
  return ownsItem(actor, item);
}

/**
 * Draft follow-ups from a meeting (status `draft`): the secretariat and heads whose scope covers the
 * meeting's host office, the same people who keep its minutes.
 */
export function mayDraftItem(actor: Actor, meetingHome: HomeRegions): boolean {
  return can(actor.role, 'meeting.write') && coversHome(actor.scopeRegion, meetingHome);
}

/**
 * Read a draft: those who may draft from its meeting, and admins in scope. Nobody else sees it
 * anywhere (lists, counts, board, digest, reminders, exports, search) until a head assigns it.
 */
export function mayReadDraft(actor: Actor, meetingHome: HomeRegions): boolean {
  return (
    (mayDraftItem(actor, meetingHome) || can(actor.role, 'users.manage')) &&
    coversHome(actor.scopeRegion, meetingHome)
  );
}

/** Assign (open), correct or cancel a draft: heads whose scope covers the meeting's host office. */
export function mayAssignDraft(actor: Actor, meetingHome: HomeRegions): boolean {
  return can(actor.role, 'actionItem.assign') && coversHome(actor.scopeRegion, meetingHome);
}

/**
 * Cancel a draft: its heads, and also those who drafted it (the host office's secretariat): a
 * draft that should never have been written is theirs to withdraw, as no one has been given it yet.
 */
export function mayCancelDraft(actor: Actor, meetingHome: HomeRegions): boolean {
  return mayAssignDraft(actor, meetingHome) || mayDraftItem(actor, meetingHome);
}

/** What an admin asks to change about a user account. */
export interface AccountChange {
  organizationId?: string | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
}

/**
 * An admin manages accounts, but never moves, promotes, demotes or deactivates their own: that
 * would let one account widen its own scope (an office without a region sees the whole country)
 * or lock the last admin out.
 */
export function mayChangeAccount(
  actor: Actor & { userId: string },
  target: { id: string; organizationId: string; role: Role; active: boolean },
  change: AccountChange,
): boolean {
  if (!can(actor.role, 'users.manage')) return false;
  if (actor.userId !== target.id) return true;
  return (
    (change.organizationId === undefined || change.organizationId === target.organizationId) &&
    (change.role === undefined || change.role === target.role) &&
    (change.active === undefined || change.active === target.active)
  );
}

/**
 * Edit, deactivate, reactivate or merge an office in the directory: admins everywhere; the
 * secretariat and heads for offices whose region lies within their scope. An office without a
 * region (a ministry, a company met nationally) is shared by every province, so only an admin or a
 * user who sees the whole country changes it.
 */
export function mayKeepOffice(actor: Actor, office: { regionCode: string | null }): boolean {
  if (!can(actor.role, 'directory.write')) return false;
  if (actor.role === 'admin') return true;
  return coversHome(actor.scopeRegion, [office.regionCode]);
}

/**
 * Indicators (issue 18). An indicator belongs to the office that keeps it; its home is that office's
 * region (null: a national office).
 * - Reading: an indicator is seen where its home and the caller's scope overlap (a regency sees its
 *   province's indicators, a province its regencies'); a value or target only for a region in scope.
 * - Define or edit: secretariat and heads whose scope covers the keeping office's region.
 * - Record a value: secretariat and heads, for a region in their scope (a regency reports its own).
 * - Set a target: heads whose scope covers both the indicator's home and the region, so a regency
 *   cannot move the target its province set for it.
 */
export function seesIndicator(scopeRegion: string | null, indicatorHome: string | null): boolean {
  if (scopeRegion === null || indicatorHome === null) return true;
  return regionInScope(scopeRegion, indicatorHome) || regionInScope(indicatorHome, scopeRegion);
}

export function mayDefineIndicator(actor: Actor, indicatorHome: string | null): boolean {
  return can(actor.role, 'indicator.define') && coversHome(actor.scopeRegion, [indicatorHome]);
}

export function mayRecordIndicatorValue(actor: Actor, regionCode: string): boolean {
  return can(actor.role, 'indicator.record') && regionInScope(actor.scopeRegion, regionCode);
}

export function maySetIndicatorTarget(
  actor: Actor,
  indicatorHome: string | null,
  regionCode: string,
): boolean {
  return (
    can(actor.role, 'indicator.target') &&
    coversHome(actor.scopeRegion, [indicatorHome]) &&
    regionInScope(actor.scopeRegion, regionCode)
  );
}

/**
 * Agreements (issue 19). An agreement belongs to the office that keeps it (its home is that office's
 * region; null: a national office, kept only by those who see the whole country).
 * - Reading: the keeping office's region, the region it is about, or a party's region in scope.
 * - Record, edit, sign, end, cancel, attach its document: secretariat and heads whose scope covers
 *   the keeping office. A party's own commitments stay commitments, with their own rule.
 */
export function mayKeepAgreement(actor: Actor, keeperRegion: string | null): boolean {
  return can(actor.role, 'agreement.write') && coversHome(actor.scopeRegion, [keeperRegion]);
}

/**
 * Directives (arahan, issue 19): one instruction handed to many offices, each getting its own item.
 * - Reading: whoever sees the issuing office's region or any of its items; the offices' rows only
 *   for items the reader sees (a regency sees its own row, never another regency's progress).
 * - Issue, edit, add offices, cancel: heads (those who assign items today) whose scope covers the
 *   issuing office and every office it goes to; each item then follows the usual item rules.
 */
export function mayIssueDirective(
  actor: Actor,
  issuerRegion: string | null,
  officeRegions: readonly (string | null)[],
): boolean {
  return (
    can(actor.role, 'actionItem.assign') &&
    coversHome(actor.scopeRegion, [issuerRegion]) &&
    officeRegions.every((region) => coversHome(actor.scopeRegion, [region]))
  );
}

/** Edit, add offices to or cancel a directive: a head over its issuing office and every office in it. */
export function mayChangeDirective(
  actor: Actor,
  directive: { regionCode: string | null; officeRegions: readonly (string | null)[] },
): boolean {
  return mayIssueDirective(actor, directive.regionCode, directive.officeRegions);
}
