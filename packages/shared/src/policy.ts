/**
 * Who may do what. One table used by the API (every procedure maps to a permission, deny by
 * default) and by the web (to hide actions a user cannot take). Scope - which records a user
 * sees at all - is decided by region: see `regionInScope`.
 */
export const roles = ['admin', 'secretariat', 'head', 'staff', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const permissions = {
  /** Read meetings, proposals, commitments and action items in scope. */
  read: ['admin', 'secretariat', 'head', 'staff', 'viewer'],
  /** Log and edit meetings, participants, minutes and attendance. */
  'meeting.write': ['secretariat', 'head'],
  'proposal.write': ['secretariat', 'head'],
  'commitment.write': ['secretariat', 'head'],
  /** Record, edit, sign, end or cancel agreements kept by an office in scope (issue 19). */
  'agreement.write': ['secretariat', 'head'],
  /** Add offices and people met in meetings to the directory. */
  'directory.write': ['admin', 'secretariat', 'head'],
  /** Create and edit action items, pass them down, block, cancel. */
  'actionItem.assign': ['head'],
  /** Approve or reject extensions, accept or reject evidence. */
  'actionItem.decide': ['head'],
  /** Report progress, comment, ask for an extension, submit evidence: heads, and staff on items they own. */
  'actionItem.work': ['head', 'staff'],
  /** See the scope's completion picture on Beranda (overdue, due soon, done by region and office): those who oversee. */
  'completion.read': ['head', 'viewer'],
  /** Define and edit indicators kept by an office in scope (issue 18). */
  'indicator.define': ['secretariat', 'head'],
  /** Record an indicator's value for a region in scope (also import values from a spreadsheet). */
  'indicator.record': ['secretariat', 'head'],
  /** Set targets for regions in scope, on indicators kept by an office in scope. */
  'indicator.target': ['head'],
  'users.manage': ['admin'],
  /** See everyone's mail in the outbox, retry failed mail, preview and send anyone's digest. */
  'mail.manage': ['admin'],
  'regions.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

/**
 * A user's scope is the region of their office: a province office sees the province and every
 * regency/city in it ("15" covers "15.01"), a regency office its own region. An office without a
 * region (a ministry, or a national deployment's admin office) sees everything.
 */
export function regionInScope(scopeRegion: string | null, regionCode: string | null): boolean {
  if (scopeRegion === null) return true;
  if (regionCode === null) return false;
  return regionCode === scopeRegion || regionCode.startsWith(`${scopeRegion}.`);
}

export interface ItemOwnership {
  ownerOrganizationId: string;
  ownerPersonId: string | null;
}

/** Staff work on items assigned to them, or to their office when no person is named. */
export function ownsItem(
  user: { organizationId: string; personId: string | null },
  item: ItemOwnership,
): boolean {
  if (item.ownerPersonId) return item.ownerPersonId === user.personId;
  return item.ownerOrganizationId === user.organizationId;
}

/** A NIP is personal data: only those who keep the directory (admin, secretariat, head) know any. */
export function knowsNips(role: Role): boolean {
  return can(role, 'directory.write');
}

/** The NIPs a user is shown and may find people by: those of people in their scope, if they know any. */
export function seesNip(
  viewer: { role: Role; scopeRegion: string | null },
  personRegionCode: string | null,
): boolean {
  return knowsNips(viewer.role) && regionInScope(viewer.scopeRegion, personRegionCode);
}
