import {
  type ActionItemSummary,
  actionItemListInput,
  type CommitmentSummary,
  commitmentListInput,
  formatCalendarDate,
  formatDate,
  formatTime,
  type MeetingDetail,
  type Participant,
  type ProposalSummary,
  proposalListInput,
  statusLabel,
  zoneAbbreviation,
} from '@tindak/shared';
import type { Context } from '../context';
import { findLetterhead, findNips } from '../repositories/notulen.repo';
import { listActionItems } from '../services/action-item.service';
import { listCommitments } from '../services/commitment.service';
import { getMeeting } from '../services/meeting.service';
import { listProposals } from '../services/proposal.service';
import { loadSeriesSection, type NotulenSeriesSection } from './notulen-series';

export interface Signatory {
  name: string;
  nip: string | null;
  position: string | null;
}

/** Everything the official minutes show, already worded in Indonesian: both renderers lay it out. */
export interface Notulen {
  fileBase: string;
  letterhead: { government: string | null; office: string };
  title: string;
  fields: { label: string; value: string }[];
  agenda: string[];
  attendance: { name: string; position: string; office: string; note: string | null }[];
  /** Markdown, as written on the web page; each renderer reads it (./minutes-markdown). */
  minutes: string;
  decisions: string[];
  proposals: string[];
  commitments: string[];
  followUps: { what: string; who: string; due: string }[];
  /** "Jambi, 3 November 2025": where and when the minutes are signed. */
  signedAt: string;
  chair: Signatory | null;
  minuteTaker: Signatory | null;
  /** Issue 19: the meeting it follows and what it carries over; absent or null: follows none. */
  series?: NotulenSeriesSection;
}

/** Pages through a list service: a meeting's follow-ups can outnumber one page. */
async function all<T>(page: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>) {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const result = await page(cursor);
    items.push(...result.items);
    cursor = result.nextCursor;
  } while (cursor);
  return items;
}

/** "Notulen-Rakornis-Kominfo-2025-2025-11-03": safe in any file system, still readable. */
function fileBaseFor(meeting: MeetingDetail): string {
  const slug = meeting.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: meeting.timeZone }).format(
    new Date(meeting.startsAt),
  );
  return ['Notulen', slug, day].filter(Boolean).join('-');
}

function signatory(p: Participant | undefined, nips: Map<string, string>): Signatory | null {
  if (!p) return null;
  return { name: p.name, nip: p.personId ? (nips.get(p.personId) ?? null) : null, position: p.position };
}

function describeProposal(p: ProposalSummary): string {
  const from = p.proposers.map((o) => o.name).join(', ');
  return `${p.title} (${from ? `${from} kepada ` : 'kepada '}${p.addressedTo.name}; ${statusLabel(p.status, 'id')})`;
}

function describeCommitment(c: CommitmentSummary): string {
  const due = c.dueOn ? `, tenggat ${formatCalendarDate(c.dueOn, 'id')}` : '';
  const by = c.committedByPerson ? `${c.committedByPerson.name}, ${c.committedBy.name}` : c.committedBy.name;
  return `${by}: ${c.title}${due}`;
}

function describeDecision(p: ProposalSummary): string | null {
  if (!['accepted', 'partly_accepted', 'rejected'].includes(p.status)) return null;
  const on = p.decidedOn ? ` pada ${formatCalendarDate(p.decidedOn, 'id')}` : '';
  return `Usulan "${p.title}" ${statusLabel(p.status, 'id').toLowerCase()} oleh ${p.addressedTo.name}${on}.`;
}

function followUp(item: ActionItemSummary) {
  const who = [item.ownerPerson?.name, item.ownerOrganization.name].filter(Boolean).join(', ');
  return { what: item.title, who, due: formatCalendarDate(item.dueOn, 'id') };
}

const count = (n: number) => n.toLocaleString('id-ID');

/**
 * The headcount, and for a training how many were trained against its quota (issue 18), each only
 * when known: the minutes of a hall of 55 with no list of names still say how many came.
 */
function countFields(meeting: {
  headcount: number | null;
  trainingQuota: number | null;
  trainedCount: number | null;
}) {
  const fields: { label: string; value: string }[] = [];
  if (meeting.headcount !== null)
    fields.push({ label: 'Jumlah Peserta', value: `Sekitar ${count(meeting.headcount)} orang` });
  if (meeting.trainedCount !== null || meeting.trainingQuota !== null) {
    const trained = meeting.trainedCount === null ? '-' : count(meeting.trainedCount);
    const quota = meeting.trainingQuota === null ? '' : ` dari kuota ${count(meeting.trainingQuota)}`;
    fields.push({ label: 'Peserta Terlatih', value: `${trained}${quota}` });
  }
  return fields;
}

/** Reads the recorded meeting (within the caller's scope: NOT_FOUND otherwise) as minutes. */
export async function loadNotulen(ctx: Context, meetingId: string): Promise<Notulen> {
  const meeting = await getMeeting(ctx, meetingId);
  const [letterhead, proposals, commitments, actionItems, series] = await Promise.all([
    findLetterhead(ctx.db, meeting.host.id),
    all((cursor) => listProposals(ctx, proposalListInput.parse({ meetingId, limit: 100, cursor }))),
    all((cursor) => listCommitments(ctx, commitmentListInput.parse({ meetingId, limit: 100, cursor }))),
    all((cursor) =>
      listActionItems(ctx, actionItemListInput.parse({ meetingId, limit: 100, sort: 'due', cursor })),
    ),
    loadSeriesSection(ctx, meetingId),
  ]);
  const chair = meeting.participants.find((p) => p.role === 'chair');
  const minuteTaker = meeting.participants.find((p) => p.role === 'minute_taker');
  const nips = await findNips(
    ctx.db,
    [chair?.personId, minuteTaker?.personId].filter((id): id is string => Boolean(id)),
  );
  const zone = zoneAbbreviation(meeting.timeZone, new Date(meeting.startsAt));
  const start = formatTime(meeting.startsAt, 'id', meeting.timeZone);
  const end = formatTime(meeting.endsAt, 'id', meeting.timeZone);
  const startDay = formatDate(meeting.startsAt, 'id', meeting.timeZone);
  const endDay = formatDate(meeting.endsAt, 'id', meeting.timeZone);
  const place = [meeting.place, meeting.onlineUrl].filter(Boolean).join(' / ') || '-';
  const agenda = meeting.agenda.map((a) => a.title);
  const city = (letterhead?.regionName ?? '').replace(/^(Provinsi|Kabupaten|Kota)\s+/, '');

  return {
    fileBase: fileBaseFor(meeting),
    letterhead: {
      government: letterhead?.regionName ? `PEMERINTAH ${letterhead.regionName.toUpperCase()}` : null,
      office: (letterhead?.name ?? meeting.host.name).toUpperCase(),
    },
    title: meeting.title,
    fields: [
      { label: 'Hari/Tanggal', value: startDay === endDay ? startDay : `${startDay} s.d. ${endDay}` },
      { label: 'Waktu', value: `${start}–${end} ${zone}` },
      { label: 'Tempat', value: place },
      { label: 'Pimpinan Rapat', value: chair?.name ?? '-' },
      { label: 'Notulis', value: minuteTaker?.name ?? '-' },
      { label: 'Acara', value: meeting.title },
      ...countFields(meeting),
    ],
    agenda,
    attendance: meeting.participants.map((p) => ({
      name: p.name,
      position: p.position ?? '',
      office: [p.organization?.name, p.region?.name].filter(Boolean).join(' / '),
      note:
        p.attendance === 'absent'
          ? 'Tidak hadir'
          : p.attendance === 'represented'
            ? `Diwakili${p.representedBy ? ` ${p.representedBy}` : ''}`
            : null,
    })),
    minutes: meeting.minutes ?? meeting.summary ?? '',
    decisions: proposals.map(describeDecision).filter((d): d is string => d !== null),
    proposals: proposals.map(describeProposal),
    commitments: commitments.map(describeCommitment),
    followUps: actionItems.map(followUp),
    signedAt: `${city ? `${city}, ` : ''}${formatCalendarDate(
      new Intl.DateTimeFormat('en-CA', { timeZone: meeting.timeZone }).format(new Date(meeting.startsAt)),
      'id',
    )}`,
    chair: signatory(chair, nips),
    minuteTaker: signatory(minuteTaker, nips),
    series,
  };
}
