import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { ConfirmAction } from '../kit/confirm-action';

/** "Kirim ulang" on a failed email (admins): asks once, then queues it for another round of attempts. */
export function RetryEmail({ id, size }: { id: string; size?: 'compact-sm' }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const retry = useMutation(trpc.outbox.retry.mutationOptions());
  return (
    <ConfirmAction
      label={t('outbox.retry')}
      size={size}
      question={t('outbox.retryConfirm')}
      explain={t('outbox.retryExplain')}
      confirmLabel={t('outbox.retryYes')}
      cancelLabel={t('outbox.retryNo')}
      failedTitle={t('outbox.retryFailed')}
      onConfirm={async () => {
        const saved = await retry.mutateAsync({ id });
        queryClient.setQueryData(trpc.outbox.get.queryKey({ id }), saved);
        void queryClient.invalidateQueries(trpc.outbox.list.pathFilter());
        notifications.show({ color: 'teal', message: t('outbox.retried') });
      }}
    />
  );
}
