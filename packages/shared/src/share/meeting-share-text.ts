import type { Language } from '../enums';
import { meetingTypeLabel, statusLabel } from '../i18n/labels';
import type { MeetingDetail } from '../schemas/meeting';
import { formatDate, formatDateTime, formatTime, zoneAbbreviation } from '../time/format';
import {
  appLink,
  bold,
  bulletList,
  clip,
  composeShareText,
  fact,
  inlineList,
  plain,
  type ShareContext,
  shareWord,
} from './compose';

/** The fields the text reads: what the meeting page shows (never participants' names or contacts). */
export type MeetingShareInput = Pick<
  MeetingDetail,
  | 'id'
  | 'type'
  | 'title'
  | 'status'
  | 'startsAt'
  | 'endsAt'
  | 'timeZone'
  | 'place'
  | 'onlineUrl'
  | 'host'
  | 'regions'
  | 'participantCount'
  | 'agenda'
>;

/**
 * A meeting for a WhatsApp group: title, type and status, when (in the meeting's own zone, as its
 * page shows it), where, who hosts, the agenda, the link.
 */
export function meetingShareText(meeting: MeetingShareInput, { lang, origin }: ShareContext): string {
  const place = meeting.place ? plain(meeting.place) : shareWord(lang, 'fact.online');
  const agenda = [...meeting.agenda].sort((a, b) => a.position - b.position).map((item) => item.title);
  return composeShareText(
    (listLimit) => [
      [
        bold(clip(meeting.title, 200)),
        `${meetingTypeLabel(meeting.type, lang)} · ${statusLabel(meeting.status, lang)}`,
      ],
      [
        fact(lang, 'fact.when', meetingWhen(meeting, lang)),
        fact(lang, 'fact.place', place),
        ...(meeting.place && meeting.onlineUrl ? [fact(lang, 'fact.online', meeting.onlineUrl)] : []),
        ...(!meeting.place && meeting.onlineUrl ? [meeting.onlineUrl] : []),
        fact(lang, 'fact.host', plain(meeting.host.name)),
        ...(meeting.regions.length > 0
          ? [
              fact(
                lang,
                'fact.region',
                inlineList(
                  meeting.regions.map((r) => r.name),
                  lang,
                ),
              ),
            ]
          : []),
        shareWord(lang, 'fact.participants', { count: meeting.participantCount }),
      ],
      agenda.length > 0 ? [bold(shareWord(lang, 'agenda')), ...bulletList(agenda, lang, listLimit)] : null,
    ],
    appLink(origin, 'meeting', { id: meeting.id }),
    lang,
  );
}

/** "Senin, 9 Februari 2026 09.00 WIB sampai 12.00 WIB", the date repeated only for several days. */
function meetingWhen({ startsAt, endsAt, timeZone }: MeetingShareInput, lang: Language): string {
  const start = formatDateTime(startsAt, lang, timeZone);
  if (Date.parse(endsAt) <= Date.parse(startsAt)) return start;
  const end =
    formatDate(startsAt, lang, timeZone) === formatDate(endsAt, lang, timeZone)
      ? `${formatTime(endsAt, lang, timeZone)} ${zoneAbbreviation(timeZone, new Date(endsAt))}`
      : formatDateTime(endsAt, lang, timeZone);
  return `${start} ${shareWord(lang, 'until', { time: end })}`;
}
