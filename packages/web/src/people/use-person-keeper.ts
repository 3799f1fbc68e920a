import { type DirectoryPerson, seesNip } from '@tindak/shared';
import { useCallback } from 'react';
import { actorOf } from '../auth/use-authority';
import { useOfficeKeeper } from '../directory/use-office-keeper';
import { useSession } from '../session/use-current-user';

type Placed = Pick<DirectoryPerson, 'region'>;

/**
 * Whether the signed-in user keeps a person's entry (edit, merge): the rule for their office
 * (`mayKeepOffice`; a person without an office is shared like a national office). The server
 * still refuses what a stale page offers.
 */
export function usePersonKeeper(): (person: Placed) => boolean {
  const keepsOffice = useOfficeKeeper();
  return useCallback(
    (person: Placed) => keepsOffice({ regionCode: person.region?.code ?? null }),
    [keepsOffice],
  );
}

/** Whether the signed-in user may see and enter this person's NIP (`seesNip`). */
export function useSeesNip(): (person: Placed | null) => boolean {
  const user = useSession().data?.user;
  return useCallback(
    (person: Placed | null) => (user ? seesNip(actorOf(user), person?.region?.code ?? null) : false),
    [user],
  );
}
