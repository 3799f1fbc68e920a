import {
  type ActionItemSummary,
  type Actor,
  can,
  type HomeRegions,
  type ItemHome,
  mayAssignDraft,
  mayAssignItem,
  mayCancelDraft,
  mayChangeRecord,
  mayDecideItem,
  mayDraftItem,
  mayWorkOnItem,
  type RecordKind,
  type Role,
  recordWritePermission,
  type SessionUserView,
} from '@tindak/shared';
import { useSession } from '../session/use-current-user';

/**
 * Record-level authority for the signed-in user, from the same rules the API enforces
 * (`authority.ts` in @tindak/shared): reading a record never implies the right to change it.
 * Used to leave out actions the person cannot take; the server still refuses them.
 */

/** The signed-in user as the write rules see them: their office's region is their scope. */
export function actorOf(user: SessionUserView): Actor {
  return {
    role: user.role,
    scopeRegion: user.organization.regionCode,
    organizationId: user.organization.id,
    personId: user.personId,
  };
}

function useActor(): Actor | null {
  const user = useSession().data?.user;
  return user ? actorOf(user) : null;
}

export interface RecordAuthority {
  /** May change the record: edit it, its status, minutes, attendance, files, records made from it. */
  change: boolean;
  /** Their role changes records of this kind, but this one belongs outside their scope: say so. */
  readOnly: boolean;
}

/** What the signed-in user may do to one meeting, proposal or commitment with this home. */
export function useRecordAuthority(kind: RecordKind, home: HomeRegions): RecordAuthority {
  const actor = useActor();
  if (!actor) return { change: false, readOnly: false };
  const change = mayChangeRecord(actor, kind, home);
  return { change, readOnly: !change && can(actor.role, recordWritePermission(kind)) };
}

/** Whether the signed-in user may change this meeting, proposal or commitment. */
export function useMayChange(kind: RecordKind, home: HomeRegions): boolean {
  return useRecordAuthority(kind, home).change;
}

/** An action item's home as the rules need it, from the item the API sends. */
export function itemHomeOf(
  item: Pick<ActionItemSummary, 'region' | 'ownerOrganization' | 'ownerPerson'>,
): ItemHome {
  return {
    regionCode: item.region?.code ?? null,
    ownerOrganizationId: item.ownerOrganization.id,
    ownerPersonId: item.ownerPerson?.id ?? null,
  };
}

export interface ItemAuthority {
  /** Edit, pass down, block, unblock, start, cancel (heads over the owning office). */
  assign: boolean;
  /** Decide extensions, verify evidence (heads over the owning office). */
  decide: boolean;
  /** Report progress, comment, ask for more time, submit evidence (the owner; heads over it). */
  work: boolean;
  /** Their role works on items, but not on this one (someone else's): say so. */
  readOnly: boolean;
  /** Their role only reads action items (viewer, secretariat, admin): say so, not blame the status. */
  roleReadsOnly: boolean;
  /** The signed-in user's role, to name it when saying what it cannot do. */
  role: Role | null;
}

export interface DraftAuthority {
  /** Draft follow-ups from this meeting (its host's secretariat and heads). */
  draft: boolean;
  /** Assign, correct or cancel drafts from it (its host's heads). */
  assign: boolean;
  /** Cancel drafts from it (its host's heads, and the secretariat who drafts them). */
  cancel: boolean;
}

/** What the signed-in user may do with drafts from a meeting whose host has this home. */
export function useDraftAuthority(meetingHome: HomeRegions | null | undefined): DraftAuthority {
  const actor = useActor();
  if (!actor || !meetingHome) return { draft: false, assign: false, cancel: false };
  return {
    draft: mayDraftItem(actor, meetingHome),
    assign: mayAssignDraft(actor, meetingHome),
    cancel: mayCancelDraft(actor, meetingHome),
  };
}

/** What the signed-in user may do to one action item. */
export function useItemAuthority(
  item: Pick<ActionItemSummary, 'region' | 'ownerOrganization' | 'ownerPerson'>,
): ItemAuthority {
  const actor = useActor();
  if (!actor) {
    return { assign: false, decide: false, work: false, readOnly: false, roleReadsOnly: false, role: null };
  }
  const home = itemHomeOf(item);
  const work = mayWorkOnItem(actor, home);
  const roleActs = (['actionItem.work', 'actionItem.assign', 'actionItem.decide'] as const).some((p) =>
    can(actor.role, p),
  );
  return {
    assign: mayAssignItem(actor, home),
    decide: mayDecideItem(actor, home),
    work,
    readOnly: !work && can(actor.role, 'actionItem.work'),
    roleReadsOnly: !roleActs,
    role: actor.role,
  };
}
