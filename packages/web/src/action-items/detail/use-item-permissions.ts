import type { ActionItemDetail } from '@tindak/shared';
import { useCan, useOwnsItem } from '../../auth/use-can';
import type { ItemPermissions } from './action-panel';

export function useItemPermissions(item: ActionItemDetail): ItemPermissions {
  const can = useCan();
  const owns = useOwnsItem({
    ownerOrganizationId: item.ownerOrganization.id,
    ownerPersonId: item.ownerPerson?.id ?? null,
  });
  return {
    assign: can('actionItem.assign'),
    decide: can('actionItem.decide'),
    // Heads work on any item in scope; staff only on their own (the server checks the same).
    work: can('actionItem.work') && (can('actionItem.assign') || owns),
  };
}
