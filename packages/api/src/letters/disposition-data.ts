import { formatCalendarDate, formatDate } from '@tindak/shared';
import type { Context } from '../context';
import { findDispositionSource } from '../repositories/letter.repo';
import { getActionItem } from '../services/action-item.service';
import { type Letterhead, letterFileBase, loadLetterhead } from './letterhead';

/** Everything the lembar disposisi shows, already worded in Indonesian. */
export interface DispositionSheet {
  fileBase: string;
  letterhead: Letterhead;
  /** The boxes at the top: surat dari, nomor, tanggal, perihal, sifat, tenggat… */
  boxes: { label: string; value: string }[];
  /** One row per hand-over: who passed it to whom, with what instruction, when; paraf is signed by hand. */
  steps: { from: string; to: string; instruction: string; date: string }[];
  title: string;
}

/** Sifat of the letter from the item's priority, in the words offices print. */
const sifat: Record<string, string> = {
  urgent: 'Sangat Segera',
  high: 'Segera',
  normal: 'Biasa',
  low: 'Biasa',
};

const dayOf = (iso: string, timeZone = 'Asia/Jakarta') =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(iso));

function who(party: { organization: { name: string } | null; person: { name: string } | null }): string {
  return [party.person?.name, party.organization?.name].filter(Boolean).join(', ') || '-';
}

/**
 * Reads an action item the caller may read (NOT_FOUND otherwise) as its lembar disposisi, printed
 * on the paper of the office that assigned it (the first step's sender; its owner when none).
 */
export async function loadDispositionSheet(ctx: Context, actionItemId: string): Promise<DispositionSheet> {
  const item = await getActionItem(ctx, actionItemId);
  const first = item.chain[0];
  const assigningOffice = first?.from.organization?.id ?? item.ownerOrganization.id;
  const [letterhead, source] = await Promise.all([
    loadLetterhead(ctx.db, assigningOffice),
    item.meeting && !item.meeting.outsideScope
      ? findDispositionSource(ctx.db, item.meeting.id)
      : Promise.resolve(undefined),
  ]);
  const sourceDate = source
    ? formatDate(source.startsAt.toISOString(), 'id', source.timeZone)
    : formatCalendarDate(dayOf(item.createdAt), 'id');
  return {
    fileBase: letterFileBase('Disposisi', item.title, dayOf(item.createdAt)),
    letterhead,
    boxes: [
      {
        label: 'Surat dari',
        value: source
          ? `${source.hostName} (Rapat: ${source.title})`
          : who(first?.from ?? { organization: null, person: null }),
      },
      { label: 'Nomor surat', value: source?.invitationNumber ?? '-' },
      { label: 'Tanggal surat', value: sourceDate },
      { label: 'Diterima tanggal', value: formatCalendarDate(dayOf(item.createdAt), 'id') },
      { label: 'Sifat', value: sifat[item.priority] ?? 'Biasa' },
      { label: 'Perihal', value: item.title },
      {
        label: 'Penanggung jawab',
        value: who({ organization: item.ownerOrganization, person: item.ownerPerson }),
      },
      { label: 'Tenggat', value: formatCalendarDate(item.dueOn, 'id') },
    ],
    steps: item.chain.map((step) => ({
      from: who(step.from),
      to: who(step.to),
      instruction: step.instruction,
      date: formatCalendarDate(dayOf(step.createdAt), 'id'),
    })),
    title: item.title,
  };
}
