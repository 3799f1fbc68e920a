import {
  can,
  formatCalendarDate,
  formatDate,
  formatTime,
  type InvitationLetter,
  type InvitationsSent,
  type letterMeetingInput,
  type letterSendInvitationsInput,
  type letterSetInvitationInput,
  mayChangeRecord,
  zoneAbbreviation,
} from '@tindak/shared';
import { createElement } from 'react';
import type { z } from 'zod';
import type { Context } from '../context';
import { ConflictError, DomainError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { invitationDedupeKey } from '../letters/invitation-attachment';
import { requireLetterable } from '../letters/invitation-data';
import { loadLetterhead } from '../letters/letterhead';
import { appLinks } from '../mail/links';
import { queueEmail } from '../mail/outbox';
import { finish } from '../mail/render';
import { type InvitationMail, InvitationMailView, invitationWord } from '../mail/templates/invitation-mail';
import { findHomeRegions } from '../repositories/home.repo';
import {
  findInvitation,
  findSigner,
  listInvitationRecipients,
  markInvitationsSent,
  setInvitationRow,
} from '../repositories/letter.repo';
import { bumpMeetingVersion, lockMeeting } from '../repositories/meeting-change.repo';
import { actorOf, requireRecordAuthority } from './authority';
import { getMeeting, meetingChange } from './meeting.service';
import { requireVisible } from './scope';
import { changeVersioned } from './versioned-change';

async function mayEditMeeting(ctx: Context, meetingId: string): Promise<boolean> {
  if (!ctx.user) return false;
  if (!can(ctx.user.role, 'meeting.write')) return false;
  return mayChangeRecord(actorOf(ctx.user), 'meeting', await findHomeRegions(ctx.db, 'meeting', meetingId));
}

/** The invitation letter of a meeting the caller reads, with who an email would reach. */
export async function getInvitation(
  ctx: Context,
  input: z.output<typeof letterMeetingInput>,
): Promise<InvitationLetter> {
  await requireVisible(ctx, 'meeting', input.meetingId, 'meetingId');
  const letter = await findInvitation(ctx.db, input.meetingId);
  if (!letter) throw new NotFoundError('meetingNotFound', 'meetingId');
  const [recipients, letterhead, mayEdit] = await Promise.all([
    listInvitationRecipients(ctx.db, input.meetingId),
    loadLetterhead(ctx.db, letter.hostOrganizationId),
    mayEditMeeting(ctx, input.meetingId),
  ]);
  return {
    meetingId: letter.id,
    version: letter.version,
    meetingStatus: letter.status,
    number: letter.invitationNumber,
    date: letter.invitationDate,
    signer:
      letter.signerId && letter.signerName
        ? { id: letter.signerId, name: letter.signerName, position: letter.signerPosition }
        : null,
    sentAt: letter.invitationSentAt?.toISOString() ?? null,
    paperSize: letterhead.paperSize,
    recipients: recipients
      .filter((r) => r.personId === null || r.personId !== letter.signerId)
      .map((r) => ({
        participantId: r.participantId,
        name: r.name,
        organization: r.organizationName,
        hasEmail: r.email !== null,
      })),
    mayEdit,
  };
}

/** Number, date and signer of a scheduled meeting's invitation letter; the host's secretariat and heads. */
export async function setInvitation(ctx: Context, input: z.output<typeof letterSetInvitationInput>) {
  await changeVersioned(
    ctx,
    { id: input.meetingId, version: input.version },
    meetingChange,
    async (scoped, meeting) => {
      if (meeting.status !== 'scheduled') {
        throw new DomainError('CONFLICT', 'invitationNotScheduled', 'meetingId', undefined, meeting.status);
      }
      const signer = await findSigner(scoped.db, input.signerPersonId);
      if (!signer) throw new NotFoundError('invitationSignerNotFound', 'signerPersonId');
      const before = await findInvitation(scoped.db, meeting.id);
      const from =
        before?.invitationNumber && before.invitationDate
          ? { number: before.invitationNumber, date: before.invitationDate, signerPersonId: before.signerId }
          : null;
      if (
        from &&
        from.number === input.number &&
        from.date === input.date &&
        from.signerPersonId === input.signerPersonId
      ) {
        return;
      }
      await setInvitationRow(scoped.db, meeting.id, input);
      await bumpMeetingVersion(scoped.db, meeting.id);
      await recordEvent(scoped.db, ctx.actor, {
        aggregateType: 'meeting',
        aggregateId: meeting.id,
        eventType: 'MeetingInvitationSet',
        payload: {
          version: meeting.version + 1,
          number: input.number,
          date: input.date,
          signerPersonId: input.signerPersonId,
          from,
        },
      });
    },
  );
  return getInvitation(ctx, { meetingId: input.meetingId });
}

async function invitationMail(
  ctx: Context,
  meetingId: string,
  recipient: { name: string; language: 'id' | 'en' },
  letter: { number: string; date: string },
) {
  const meeting = await getMeeting(ctx, meetingId);
  const lang = recipient.language;
  const zone = zoneAbbreviation(meeting.timeZone, new Date(meeting.startsAt));
  const day = formatDate(meeting.startsAt, lang, meeting.timeZone);
  const when = `${day}, ${formatTime(meeting.startsAt, lang, meeting.timeZone)}–${formatTime(meeting.endsAt, lang, meeting.timeZone)} ${zone}`;
  const mail: InvitationMail = {
    recipient,
    title: meeting.title,
    host: meeting.host.name,
    number: letter.number,
    date: formatCalendarDate(letter.date, lang),
    when,
    place: [meeting.place, meeting.onlineUrl].filter(Boolean).join(' / ') || '-',
    agenda: meeting.agenda.length ? meeting.agenda.map((a) => a.title) : [meeting.title],
    url: appLinks(ctx.publicUrl).meeting(meeting.id),
  };
  const subject = invitationWord(lang, 'subject', { title: meeting.title });
  const preview = invitationWord(lang, 'preview', { title: meeting.title, when });
  return finish(subject, preview, createElement(InvitationMailView, { mail, preview }));
}

/**
 * Queues one invitation email per participant whose person has an active account, with the
 * meeting's .ics attached when sent. A second call for a meeting already invited changes nothing
 * and says so (`alreadySent`), unless `resend` asks for it deliberately (after the letter changed,
 * say): a double click must not mail every participant twice.
 */
export async function sendInvitations(
  ctx: Context,
  input: z.output<typeof letterSendInvitationsInput>,
): Promise<InvitationsSent> {
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const scoped = { ...ctx, db: trx };
    await requireVisible(scoped, 'meeting', input.meetingId, 'meetingId');
    const row = await lockMeeting(trx, input.meetingId);
    if (!row) throw new NotFoundError('meetingNotFound', 'meetingId');
    await requireRecordAuthority(scoped, 'meeting', input.meetingId);
    if (row.version !== input.version) return 'stale' as const;
    const letter = await findInvitation(trx, input.meetingId);
    if (!letter) throw new NotFoundError('meetingNotFound', 'meetingId');
    requireLetterable(letter);
    if (letter.invitationSentAt && !input.resend) return { queued: 0, withoutEmail: 0, alreadySent: true };
    const recipients = (await listInvitationRecipients(trx, input.meetingId)).filter(
      (r) => r.personId === null || r.personId !== letter.signerId,
    );
    let queued = 0;
    for (const r of recipients) {
      if (!r.email) continue;
      const language = r.language ?? 'id';
      const rendered = await invitationMail(
        scoped,
        input.meetingId,
        { name: r.name, language },
        {
          number: letter.invitationNumber ?? '',
          date: letter.invitationDate ?? '',
        },
      );
      const id = await queueEmail(trx, {
        dedupeKey: invitationDedupeKey(input.meetingId, row.version, r.participantId),
        kind: 'notification',
        userId: r.userId,
        to: r.email,
        language,
        rendered,
      });
      if (id) queued += 1;
    }
    const withoutEmail = recipients.filter((r) => !r.email).length;
    await markInvitationsSent(trx, input.meetingId);
    await bumpMeetingVersion(trx, input.meetingId);
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'meeting',
      aggregateId: input.meetingId,
      eventType: 'MeetingInvitationsSent',
      payload: {
        version: row.version + 1,
        number: letter.invitationNumber ?? '',
        queued,
        withoutEmail,
        resend: letter.invitationSentAt !== null,
      },
    });
    return { queued, withoutEmail, alreadySent: false };
  });
  if (outcome === 'stale') {
    throw new ConflictError(
      'staleVersion',
      await getInvitation(ctx, { meetingId: input.meetingId }),
      'version',
    );
  }
  return { ...outcome, letter: await getInvitation(ctx, { meetingId: input.meetingId }) };
}
