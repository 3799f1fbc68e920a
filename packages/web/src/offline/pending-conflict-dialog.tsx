import { Alert, Button, Group, Loader, Modal, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';
import { compareRows } from './pending-compare';
import { usePendingChanges, usePendingContext } from './pending-context';
import type { PendingChange } from './pending-store';

/** The record as the server has it now: fetched fresh, since the copy on the page is the old one. */
function useCurrentRecord(change: PendingChange) {
  const trpc = useTRPC();
  const isMeeting = change.procedure === 'meetings.recordAttendance';
  const item = useQuery({
    ...trpc.actionItems.get.queryOptions({ id: change.recordId }),
    enabled: !isMeeting,
    staleTime: 0,
  });
  const meeting = useQuery({
    ...trpc.meetings.get.queryOptions({ id: change.recordId }),
    enabled: isMeeting,
    staleTime: 0,
  });
  return isMeeting ? meeting : item;
}

function ConflictBody({ change, onDone }: { change: PendingChange; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const context = usePendingContext();
  const record = useCurrentRecord(change);
  const [busy, setBusy] = useState(false);
  const rows = record.data
    ? compareRows(change, record.data, (key, options) => String(t(key as never, options as never)), lang)
    : [];
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      onDone();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm">
      <Text size="sm">
        {change.state === 'conflict' ? t('pendingChanges.conflictIntro') : change.message}
      </Text>
      {change.state === 'conflict' && change.message && (
        <Alert color="orange" variant="light">
          {change.message}
        </Alert>
      )}
      <Text fw={600}>{change.label}</Text>
      {record.isPending ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('pendingChanges.loading')}</Text>
        </Group>
      ) : record.data ? (
        <Table.ScrollContainer minWidth={280}>
          <Table withTableBorder data-testid="pending-compare">
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th>{t('pendingChanges.mine')}</Table.Th>
                <Table.Th>{t('pendingChanges.server')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.label}>
                  <Table.Th scope="row">{row.label}</Table.Th>
                  <Table.Td className="tindak-wrap">{row.mine}</Table.Td>
                  <Table.Td className="tindak-wrap">{row.server}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Alert color="gray">{t('pendingChanges.unreachable')}</Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Button
          disabled={!record.data || busy}
          onClick={() =>
            act(async () => {
              await context?.queue.retry(change.id, record.data?.version ?? null);
              if (context) void context.queue.drain(context.userId);
            })
          }
        >
          {t('pendingChanges.resend')}
        </Button>
        <Button
          color="red"
          variant="light"
          disabled={busy}
          onClick={() => act(async () => context?.queue.discard(change.id))}
        >
          {t('pendingChanges.discard')}
        </Button>
      </SimpleGrid>
    </Stack>
  );
}

/**
 * Opens by itself for the first of this person's changes the server refused (a conflict or another
 * refusal), or for the one chosen in the list; "Later" closes it without deciding, and the change
 * stays in the list, marked. Nothing is discarded unless the person says so.
 */
export function PendingConflictDialog({
  chosenId,
  onClose,
}: {
  chosenId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const changes = usePendingChanges();
  const [later, setLater] = useState<ReadonlySet<string>>(new Set());
  const refused = changes.filter((c) => c.state === 'conflict' || c.state === 'failed');
  const shown =
    refused.find((c) => c.id === chosenId) ??
    (chosenId === null ? refused.find((c) => !later.has(c.id)) : undefined);
  const close = () => {
    if (shown) setLater((ids) => new Set([...ids, shown.id]));
    onClose();
  };
  return (
    <Modal
      opened={shown !== undefined}
      onClose={close}
      title={
        shown?.state === 'conflict' ? t('pendingChanges.conflictTitle') : t('pendingChanges.failedTitle')
      }
      closeButtonProps={{ 'aria-label': t('pendingChanges.later') }}
      size="lg"
    >
      {shown && <ConflictBody key={shown.id} change={shown} onDone={onClose} />}
    </Modal>
  );
}
