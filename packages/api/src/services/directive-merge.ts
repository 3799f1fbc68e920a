import { actionItemStatusMachine, isFinal } from '@tindak/shared';
import type { Context } from '../context';
import { lockActionItem } from '../repositories/action-item.repo';
import { directiveItemChanges } from './action-item.service';

/**
 * After an office merge: the duplicate's items of directives the kept office also has (left on the
 * merged office, see `moveDirectiveOffices`) are cancelled if still open, each with its own event,
 * so the directive counts the kept office once and can still close.
 */
export async function retireMergedDirectiveItems(scoped: Context, duplicateId: string, keptName: string) {
  const left = await scoped.db
    .selectFrom('actionItems')
    .select('id')
    .where('directiveOfficeId', '=', duplicateId)
    .orderBy('id')
    .execute();
  for (const { id } of left) {
    const item = await lockActionItem(scoped.db, id);
    if (!item || isFinal(actionItemStatusMachine, item.status)) continue;
    await directiveItemChanges.cancel(
      scoped,
      item,
      `Instansi digabung ke ${keptName}, yang sudah menerima arahan ini.`,
    );
  }
}
