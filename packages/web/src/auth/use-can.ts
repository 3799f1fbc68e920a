import { can, type Permission } from '@tindak/shared';
import { useCallback } from 'react';
import { useSession } from '../session/use-current-user';

/**
 * `can(permission)` for the signed-in user, from the same policy table the API enforces. Used to
 * leave out what the person cannot do at all (e.g. "Catat rapat" on the list); what they may do to
 * one record is `use-authority.ts`. The server still refuses it if a stale page offers it.
 * Nobody signed in can do nothing.
 */
export function useCan(): (permission: Permission) => boolean {
  const role = useSession().data?.user?.role;
  return useCallback((permission: Permission) => (role ? can(role, permission) : false), [role]);
}
