import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CommitmentDetail } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';
import { useTRPC } from '../api/trpc';

/** "Ikuti" / "Berhenti mengikuti": whether the person hears by email when the status changes. */
export function FollowToggle({ commitment }: { commitment: CommitmentDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const follow = useMutation(
    trpc.commitments.follow.mutationOptions({
      onSuccess: ({ following }) =>
        queryClient.setQueryData(trpc.commitments.get.queryKey({ id: commitment.id }), (current) =>
          current ? { ...current, following } : current,
        ),
    }),
  );
  const { following } = commitment;

  return (
    <Paper withBorder p="sm" component="section" aria-label={t('commitments.follow.section')}>
      <Group justify="space-between" align="center" gap="sm">
        {/* Says the new state when it changes, so the button's new label is not the only sign. */}
        <Text size="sm" role="status" className="tindak-wrap" style={{ flex: '1 1 16rem' }}>
          {following ? t('commitments.follow.following') : t('commitments.follow.explain')}
        </Text>
        <Button
          variant={following ? 'default' : 'light'}
          loading={follow.isPending}
          onClick={() => follow.mutate({ id: commitment.id, follow: !following })}
        >
          {following ? t('commitments.follow.stop') : t('commitments.follow.start')}
        </Button>
      </Group>
      {follow.isError && (
        <Alert color="red" role="alert" mt="sm" title={t('commitments.follow.failed')}>
          {errorMessage(follow.error, t('common.networkError'))}
        </Alert>
      )}
    </Paper>
  );
}
