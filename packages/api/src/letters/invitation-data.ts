import { formatCalendarDate, formatDate, formatTime, zoneAbbreviation } from '@tindak/shared';
import type { Context } from '../context';
import { DomainError } from '../errors';
import { findInvitation, listInvitationRecipients } from '../repositories/letter.repo';
import { getMeeting } from '../services/meeting.service';
import { type Letterhead, letterFileBase, loadLetterhead } from './letterhead';

export interface LetterSigner {
  name: string;
  position: string | null;
  nip: string | null;
}

/** Everything the surat undangan shows, already worded in Indonesian: both renderers lay it out. */
export interface InvitationLetterData {
  fileBase: string;
  letterhead: Letterhead;
  /** "Jambi, 3 Desember 2026". */
  placeAndDate: string;
  number: string;
  date: string;
  /** Sifat, Lampiran, Hal: the lines under the number. */
  heads: { label: string; value: string }[];
  /** "Yth. …": each addressee; with many, they go on the attached list instead. */
  addressees: string[];
  addresseesAttached: boolean;
  opening: string;
  details: { label: string; value: string }[];
  agenda: string[];
  closing: string;
  signer: LetterSigner | null;
  /** The lampiran: every invited participant, when there are too many for the "Yth." lines. */
  attachment: { name: string; position: string; office: string }[];
  meetingTitle: string;
}

/** More addressees than this go on an attached list ("Daftar terlampir"), as offices do. */
const ADDRESSEES_ON_FIRST_PAGE = 6;

/**
 * A scheduled meeting with a numbered letter; anything else is a clear refusal (409), not a letter
 * with a blank number: an official letter is numbered in the agenda book before it leaves the office.
 */
export function requireLetterable(letter: { status: string; invitationNumber: string | null }) {
  if (letter.status !== 'scheduled') {
    throw new DomainError('CONFLICT', 'invitationNotScheduled', 'id', undefined, letter.status);
  }
  if (!letter.invitationNumber) throw new DomainError('CONFLICT', 'invitationNumberMissing', 'id');
}

function describe(p: { name: string; position: string | null; organizationName: string | null }): string {
  return [p.name, p.position, p.organizationName].filter(Boolean).join(', ');
}

/** Reads a meeting the caller may read (NOT_FOUND otherwise) as its invitation letter. */
export async function loadInvitationLetter(ctx: Context, meetingId: string): Promise<InvitationLetterData> {
  const meeting = await getMeeting(ctx, meetingId);
  const letter = await findInvitation(ctx.db, meetingId);
  if (!letter) throw new DomainError('NOT_FOUND', 'meetingNotFound', 'id');
  requireLetterable(letter);
  const [letterhead, recipients] = await Promise.all([
    loadLetterhead(ctx.db, meeting.host.id),
    listInvitationRecipients(ctx.db, meetingId),
  ]);
  const invited = recipients.filter((r) => r.personId === null || r.personId !== letter.signerId);
  const zone = zoneAbbreviation(meeting.timeZone, new Date(meeting.startsAt));
  const start = formatTime(meeting.startsAt, 'id', meeting.timeZone);
  const end = formatTime(meeting.endsAt, 'id', meeting.timeZone);
  const startDay = formatDate(meeting.startsAt, 'id', meeting.timeZone);
  const endDay = formatDate(meeting.endsAt, 'id', meeting.timeZone);
  const place = [meeting.place, meeting.onlineUrl].filter(Boolean).join(' / ') || '-';
  const attached = invited.length > ADDRESSEES_ON_FIRST_PAGE;
  const number = letter.invitationNumber ?? '';
  const date = formatCalendarDate(letter.invitationDate ?? '', 'id');
  return {
    fileBase: letterFileBase('Undangan', meeting.title, letter.invitationDate ?? ''),
    letterhead,
    placeAndDate: `${letterhead.city ? `${letterhead.city}, ` : ''}${date}`,
    number,
    date,
    heads: [
      { label: 'Sifat', value: 'Biasa' },
      { label: 'Lampiran', value: attached ? '1 (satu) lembar' : '-' },
      { label: 'Hal', value: 'Undangan' },
    ],
    addressees: attached ? ['Bapak/Ibu sebagaimana daftar terlampir'] : invited.map(describe),
    addresseesAttached: attached,
    opening: `Dalam rangka ${meeting.title}, dengan hormat kami mengundang Bapak/Ibu untuk hadir pada:`,
    details: [
      { label: 'Hari/Tanggal', value: startDay === endDay ? startDay : `${startDay} s.d. ${endDay}` },
      { label: 'Waktu', value: `${start}–${end} ${zone}` },
      { label: 'Tempat', value: place },
    ],
    agenda: meeting.agenda.length ? meeting.agenda.map((a) => a.title) : [meeting.title],
    closing:
      'Mengingat pentingnya acara tersebut, kami mohon Bapak/Ibu hadir tepat waktu. Demikian disampaikan; atas perhatian dan kehadiran Bapak/Ibu, kami ucapkan terima kasih.',
    signer: letter.signerName
      ? { name: letter.signerName, position: letter.signerPosition, nip: letter.signerNip }
      : null,
    attachment: invited.map((r) => ({
      name: r.name,
      position: r.position ?? '',
      office: r.organizationName ?? '',
    })),
    meetingTitle: meeting.title,
  };
}
