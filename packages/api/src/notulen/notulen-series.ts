import { type CarryOverLine, formatDate, statusLabel } from '@tindak/shared';
import type { Context } from '../context';
import { getMeetingSeries } from '../services/meeting-series.service';

/** The minutes' "Tindak lanjut rapat sebelumnya": what an earlier meeting of the series left open. */
export interface NotulenSeriesSection {
  /** "Forum Perangkat Daerah 2024, Selasa, 12 Maret 2024"; null when the meeting follows none. */
  previousMeeting: string | null;
  carriedOver: { what: string; who: string; status: string }[];
}

const kindWord = {
  proposal: 'Usulan',
  commitment: 'Komitmen',
  actionItem: 'Tindak lanjut',
  directive: 'Arahan',
} as const;

/** A directive's status is its spread as the reader sees it now ("8 dari 11 selesai, 2 terlambat"). */
function statusOf(line: CarryOverLine): string {
  if (line.kind !== 'directive' || !line.spread) return statusLabel(line.status, 'id');
  const { done, total, overdue } = line.spread;
  return `${done} dari ${total} selesai${overdue > 0 ? `, ${overdue} terlambat` : ''}`;
}

/**
 * Read as the caller reads the series: a record outside their scope is not printed, and each
 * record's status is the one it has now, not when the meeting was logged.
 */
export async function loadSeriesSection(ctx: Context, meetingId: string): Promise<NotulenSeriesSection> {
  const series = await getMeetingSeries(ctx, meetingId);
  const previous = series.previous;
  return {
    previousMeeting: previous
      ? `${previous.title}, ${formatDate(previous.startsAt, 'id', previous.timeZone)}`
      : null,
    carriedOver: series.carryOver.map((line) => ({
      what: `${kindWord[line.kind]}: ${line.title}${line.note ? ` (${line.note})` : ''}`,
      who: line.owner ?? '-',
      status: statusOf(line),
    })),
  };
}
