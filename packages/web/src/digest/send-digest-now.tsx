import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';

/**
 * An admin sends someone this week's digest now, e.g. to check it reaches them. Tells the
 * outcome in a notification: queued, or nothing to send because the digest would be empty.
 */
export function useSendDigestNow() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const send = useMutation(trpc.digests.sendNow.mutationOptions());
  return async (recipient: { id: string; displayName: string }) => {
    const { queued } = await send.mutateAsync({ userId: recipient.id });
    const name = recipient.displayName;
    if (queued) {
      void queryClient.invalidateQueries(trpc.outbox.list.pathFilter());
      notifications.show({ color: 'teal', message: t('digest.queued', { name }) });
    } else {
      notifications.show({ color: 'blue', message: t('digest.nothingToSend', { name }) });
    }
  };
}
