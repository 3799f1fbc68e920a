import type { ActionItemDetail, Language, MeetingDetail } from '@tindak/shared';
import { statusLabel } from '@tindak/shared';
import type { PendingChange } from './pending-store';

export interface CompareRow {
  label: string;
  mine: string;
  server: string;
}

const text = (value: unknown, empty: string): string =>
  typeof value === 'string' && value.trim() !== '' ? value : empty;

/**
 * The change as the person entered it next to the record as the server has it now, row by row, so
 * the person decides with both in view (no merging on their behalf).
 */
export function compareRows(
  change: PendingChange,
  record: ActionItemDetail | MeetingDetail,
  /** The page's `t`, for keys built from values (attendance states). */
  t: (key: string, options?: Record<string, unknown>) => string,
  lang: Language,
): CompareRow[] {
  const empty = t('pendingChanges.empty');
  const input = change.input as Record<string, unknown>;
  const version = {
    label: t('pendingChanges.field.version'),
    mine: String(input.version ?? empty),
    server: String(record.version),
  };
  if (change.procedure === 'meetings.recordAttendance') {
    const meeting = record as MeetingDetail;
    const entries = (input.entries ?? []) as { participantId: string; attendance: string }[];
    return [
      ...entries.map((entry) => {
        const now = meeting.participants.find((p) => p.id === entry.participantId);
        return {
          label: now?.name ?? t('pendingChanges.field.attendance'),
          mine: t(`attendance.${entry.attendance}`),
          server: now ? t(`attendance.${now.attendance}`) : empty,
        };
      }),
      version,
    ];
  }
  const item = record as ActionItemDetail;
  const status = {
    label: t('pendingChanges.field.status'),
    mine: empty,
    server: statusLabel(item.status, lang),
  };
  switch (change.procedure) {
    case 'actionItems.reportProgress':
      return [
        {
          label: t('pendingChanges.field.progress'),
          mine: `${input.progress}%`,
          server: `${item.progress}%`,
        },
        { label: t('pendingChanges.field.note'), mine: text(input.note, empty), server: empty },
        status,
        version,
      ];
    case 'actionItems.submitEvidence': {
      const latest = item.evidence[0];
      return [
        {
          label: t('pendingChanges.field.evidenceNote'),
          mine: text(input.note, empty),
          server: text(latest?.note, empty),
        },
        {
          label: t('pendingChanges.field.link'),
          mine: text(input.link, empty),
          server: text(latest?.link, empty),
        },
        {
          label: t('pendingChanges.field.photos'),
          mine: String(change.files.length + ((input.fileIds as string[] | undefined)?.length ?? 0)),
          server: empty,
        },
        { label: t('pendingChanges.field.progress'), mine: '100%', server: `${item.progress}%` },
        status,
        version,
      ];
    }
    default:
      return [
        { label: t('pendingChanges.field.comment'), mine: text(input.body, empty), server: empty },
        { label: t('pendingChanges.field.comments'), mine: empty, server: String(item.comments.length) },
        status,
      ];
  }
}
