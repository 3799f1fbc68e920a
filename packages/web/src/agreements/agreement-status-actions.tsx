import { Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AgreementDetail } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { ConfirmAction, ConfirmPanel } from '../kit/confirm-action';
import { AgreementSignDialog } from './agreement-sign-dialog';

/** Sign (day and place), end, or cancel (with a reason): what the agreement's status allows its keepers. */
export function AgreementStatusActions({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const end = useMutation(trpc.agreements.end.mutationOptions());
  const cancel = useMutation(trpc.agreements.cancel.mutationOptions());
  const [signing, setSigning] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const actions = new Set(agreement.allowedActions);
  const show = (saved: AgreementDetail, message: string) => {
    queryClient.setQueryData(trpc.agreements.get.queryKey({ id: saved.id }), saved);
    void queryClient.invalidateQueries(trpc.agreements.list.pathFilter());
    notifications.show({ color: 'teal', message });
  };
  if (actions.size === 0) return null;

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {actions.has('sign') && <Button onClick={() => setSigning(true)}>{t('agreements.page.sign')}</Button>}
        {actions.has('end') && (
          <ConfirmAction
            label={t('agreements.page.end')}
            question={t('agreements.page.endConfirm')}
            confirmLabel={t('agreements.page.end')}
            cancelLabel={t('agreements.sign.cancel')}
            failedTitle={t('agreements.page.end')}
            onConfirm={async () =>
              show(
                await end.mutateAsync({ id: agreement.id, version: agreement.version }),
                t('agreements.page.ended'),
              )
            }
          />
        )}
        {actions.has('cancel') && !cancelling && (
          <Button variant="subtle" color="red" onClick={() => setCancelling(true)}>
            {t('agreements.page.cancel')}
          </Button>
        )}
      </Group>
      {cancelling && (
        <Stack gap="xs">
          <Textarea
            label={t('agreements.page.cancelReason')}
            required
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <ConfirmPanel
            question={t('agreements.page.cancel')}
            confirmLabel={t('agreements.page.cancel')}
            cancelLabel={t('agreements.sign.cancel')}
            failedTitle={t('agreements.page.cancel')}
            color="red"
            onConfirm={async () =>
              show(
                await cancel.mutateAsync({ id: agreement.id, version: agreement.version, reason }),
                t('agreements.page.cancelled'),
              )
            }
            onCancel={() => setCancelling(false)}
            onDone={() => setCancelling(false)}
          />
        </Stack>
      )}
      <AgreementSignDialog agreement={agreement} opened={signing} onClose={() => setSigning(false)} />
    </Stack>
  );
}
