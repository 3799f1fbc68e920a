import { notifications } from '@mantine/notifications';
import type { ActionItemDetail } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeSaveError } from '../../kit/form/save-errors';
import { useSaveFeedback } from '../../kit/form/use-save-feedback';
import { parseItem, useShowItem } from './use-item-form';

/**
 * A one-click action on the item page (assign a draft, start): no fields, so no form; it acts on
 * the version on screen now, and a refusal or conflict is told with the kit's feedback and alert.
 */
export function useItemClick(item: ActionItemDetail) {
  const { t } = useTranslation();
  const feedback = useSaveFeedback<ActionItemDetail>();
  const showItem = useShowItem();
  const [pending, setPending] = useState(false);

  const run = async (send: (version: number) => Promise<ActionItemDetail>, success: string) => {
    feedback.clear();
    setPending(true);
    try {
      showItem(await send(item.version));
      notifications.show({ color: 'teal', message: success });
    } catch (error) {
      feedback.failed(placeSaveError(error, () => false, t('common.networkError'), parseItem));
    } finally {
      setPending(false);
    }
  };

  /** Takes the version someone else saved; the next click acts on it. */
  const reload = (current: ActionItemDetail) => {
    showItem(current);
    feedback.reloaded(t('actionItems.conflict.loaded'));
  };

  return { feedback, pending, run, reload };
}
