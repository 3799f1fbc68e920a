import { can, type ItemOwnership, ownsItem, type Permission } from '@tindak/shared';
import { useCallback } from 'react';
import { useSession } from './use-current-user';

/**
 * `can(permission)` for the signed-in user, from the same policy table the API enforces. Used to
 * leave out what the person cannot do; the server still refuses it if a stale page offers it.
 * Nobody signed in can do nothing.
 */
export function useCan(): (permission: Permission) => boolean {
  const role = useSession().data?.user?.role;
  return useCallback((permission: Permission) => (role ? can(role, permission) : false), [role]);
}

/** Whether an action item is the signed-in user's own (staff may work only on those). */
export function useOwnsItem(item: ItemOwnership | null | undefined): boolean {
  const user = useSession().data?.user;
  if (!user || !item) return false;
  return ownsItem({ organizationId: user.organization.id, personId: user.personId }, item);
}
