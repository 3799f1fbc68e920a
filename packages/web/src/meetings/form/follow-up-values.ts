import type { MeetingDetail } from '@tindak/shared';
import { emptyFormValues, type MeetingFormValues } from './form-values';

/**
 * The next meeting of a series: "Rakornis … 2025" becomes "Rakornis … 2026"; a title without a
 * year is marked as the follow-up ("Audiensi … (lanjutan)"). The person edits it as they like.
 */
export function nextTitle(title: string): string {
  const years = [...title.matchAll(/\b(19|20)\d{2}\b/g)];
  const last = years.at(-1);
  if (!last || last.index === undefined) return `${title} (lanjutan)`;
  const next = String(Number(last[0]) + 1);
  return `${title.slice(0, last.index)}${next}${title.slice(last.index + last[0].length)}`;
}

/** A new meeting following `previous`: same type, host, zone and place; date and people left to fill in. */
export function followUpFormValues(previous: MeetingDetail): MeetingFormValues {
  return {
    ...emptyFormValues(),
    type: previous.type,
    title: nextTitle(previous.title),
    timeZone: previous.timeZone,
    place: previous.place ?? '',
    onlineUrl: previous.onlineUrl ?? '',
    hostOrganizationId: previous.host.id,
    followsMeetingId: previous.id,
  };
}
