import { Alert, Badge, Button, FileInput, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type AttendancePreview,
  type AttendanceRow,
  type AttendanceRowOutcome,
  MAX_ATTENDANCE_FILE_BYTES,
  type MeetingDetail,
} from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { useMayChange } from '../../auth/use-authority';

const ACCEPTED = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const badgeColor: Record<AttendanceRowOutcome, string> = {
  match: 'teal',
  new: 'blue',
  duplicate: 'gray',
  error: 'red',
};

/** The file goes to the API as base64 inside the JSON request (no stored upload). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function RowResult({ row }: { row: AttendanceRow }) {
  const { t } = useTranslation();
  let detail: string | null = row.reason;
  if (row.outcome === 'match' && row.person) {
    detail = t(row.matchedBy === 'nip' ? 'attendanceImport.matchedByNip' : 'attendanceImport.matchedByName', {
      name: row.person.fullName,
    });
  }
  if (row.outcome === 'new') {
    detail = t(
      row.officeStatus === 'created'
        ? 'attendanceImport.officeCreated'
        : row.officeStatus === 'existing'
          ? 'attendanceImport.officeExisting'
          : 'attendanceImport.officeNone',
    );
  }
  return (
    <Stack gap={2}>
      <Badge color={badgeColor[row.outcome]} variant="light" style={{ alignSelf: 'flex-start' }}>
        {t(`attendanceImport.outcome.${row.outcome}`)}
      </Badge>
      {detail && (
        <Text size="xs" c={row.outcome === 'error' ? 'red.8' : 'dimmed'}>
          {detail}
        </Text>
      )}
    </Stack>
  );
}

/**
 * "Impor daftar hadir": a CSV/XLSX attendance list is previewed row by row (match, new, already
 * there, error with its reason) and only then saved, once, at the meeting's current version.
 */
export function AttendanceImportSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const mayChange = useMayChange('meeting', meeting.homeRegionCodes);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const preview = useMutation(trpc.meetings.previewAttendanceImport.mutationOptions());
  const apply = useMutation(trpc.meetings.applyAttendanceImport.mutationOptions());
  const [content, setContent] = useState<string | null>(null);
  const [result, setResult] = useState<AttendancePreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  if (!mayChange) return null;

  const toSave = result ? result.counts.match + result.counts.new : 0;

  const runPreview = async (base64: string) => {
    setResult(await preview.mutateAsync({ meetingId: meeting.id, content: base64 }));
  };

  const pick = async (file: File | null) => {
    setProblem(null);
    setResult(null);
    setConfirming(false);
    if (!file) return;
    if (file.size > MAX_ATTENDANCE_FILE_BYTES) {
      setProblem(t('attendanceImport.tooLarge'));
      return;
    }
    try {
      const base64 = await fileToBase64(file);
      setContent(base64);
      await runPreview(base64);
    } catch (error) {
      setProblem(errorMessage(error, t('common.networkError')));
    }
  };

  const save = async () => {
    if (!content) return;
    setProblem(null);
    try {
      const saved = await apply.mutateAsync({ meetingId: meeting.id, version: meeting.version, content });
      await queryClient.invalidateQueries({ queryKey: trpc.meetings.get.queryKey({ id: meeting.id }) });
      notifications.show({
        color: 'teal',
        message:
          saved.added > 0
            ? t('attendanceImport.saved', { count: saved.added })
            : t('attendanceImport.nothingToSave'),
      });
      setResult(null);
      setContent(null);
      setConfirming(false);
    } catch (error) {
      setConfirming(false);
      if (errorCode(error) === 'CONFLICT') {
        await queryClient.invalidateQueries({ queryKey: trpc.meetings.get.queryKey({ id: meeting.id }) });
        setProblem(t('attendanceImport.conflict'));
        await runPreview(content).catch(() => undefined);
        return;
      }
      setProblem(errorMessage(error, t('common.networkError')));
    }
  };

  return (
    <section aria-labelledby="attendance-import-heading">
      <Title order={2} size="h3" id="attendance-import-heading" mb="sm">
        {t('attendanceImport.title')}
      </Title>
      <Stack gap="sm">
        <FileInput
          label={t('attendanceImport.pick')}
          description={t('attendanceImport.hint')}
          placeholder={t('attendanceImport.choose')}
          accept={ACCEPTED}
          value={null}
          onChange={(file) => void pick(file)}
          disabled={preview.isPending || apply.isPending}
          maw={480}
        />
        {preview.isPending && (
          <Group gap="xs" role="status">
            <Loader size="xs" />
            <Text size="sm">{t('common.loading')}</Text>
          </Group>
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {result && (
          <Stack gap="sm" role="region" aria-label={t('attendanceImport.previewLabel')}>
            <Text size="sm" fw={500}>
              {t('attendanceImport.counts', result.counts)}
            </Text>
            <Table.ScrollContainer minWidth={320}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('attendanceImport.row')}</Table.Th>
                    <Table.Th scope="col">{t('attendanceImport.name')}</Table.Th>
                    <Table.Th scope="col">{t('attendanceImport.office')}</Table.Th>
                    <Table.Th scope="col">{t('attendanceImport.result')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.rows.map((row) => (
                    <Table.Tr key={row.rowNumber}>
                      <Table.Td>{row.rowNumber}</Table.Td>
                      <Table.Td className="tindak-wrap">
                        {row.name || '—'}
                        {row.position && (
                          <Text size="xs" c="dimmed">
                            {row.position}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td className="tindak-wrap">{row.office || '—'}</Table.Td>
                      <Table.Td>
                        <RowResult row={row} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {confirming ? (
              <Group gap="xs" role="group" aria-label={t('attendanceImport.confirm', { count: toSave })}>
                <Text size="sm">{t('attendanceImport.confirm', { count: toSave })}</Text>
                <Button size="sm" loading={apply.isPending} onClick={() => void save()}>
                  {t('attendanceImport.confirmYes')}
                </Button>
                <Button
                  size="sm"
                  variant="default"
                  disabled={apply.isPending}
                  onClick={() => setConfirming(false)}
                >
                  {t('attendanceImport.cancel')}
                </Button>
              </Group>
            ) : (
              <Button
                style={{ alignSelf: 'flex-start' }}
                disabled={toSave === 0}
                onClick={() => setConfirming(true)}
              >
                {t('attendanceImport.save', { count: toSave })}
              </Button>
            )}
            {apply.isPending && (
              <Text size="sm" role="status">
                {t('attendanceImport.saving')}
              </Text>
            )}
          </Stack>
        )}
      </Stack>
    </section>
  );
}
