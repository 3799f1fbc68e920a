import { type DirectoryOffice, mayKeepOffice } from '@tindak/shared';
import { useCallback } from 'react';
import { actorOf } from '../auth/use-authority';
import { useSession } from '../session/use-current-user';

/**
 * Whether the signed-in user keeps an office's directory entry (edit, deactivate, merge), by the
 * rule the API enforces (`mayKeepOffice`); the server still refuses what a stale page offers.
 */
export function useOfficeKeeper(): (office: Pick<DirectoryOffice, 'regionCode'>) => boolean {
  const user = useSession().data?.user;
  return useCallback((office) => (user ? mayKeepOffice(actorOf(user), office) : false), [user]);
}
