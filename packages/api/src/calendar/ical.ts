import ical, {
  escape as escapeText,
  ICalCalendarMethod,
  type ICalEventData,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';

/** A timed event (instants) or an all-day one (calendar days, `yyyy-MM-dd`). */
export type CalendarEvent = {
  uid: string;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  cancelled?: boolean;
} & ({ start: Date; end: Date } | { day: string });

/**
 * One VCALENDAR (ical-generator escapes and folds the lines). Timed events are written in UTC, so
 * no VTIMEZONE is needed; an all-day event is its date, shown as free time.
 */
export function renderCalendar(name: string, events: CalendarEvent[], now = new Date()): string {
  const calendar = ical({
    // ical-generator writes the calendar's name (NAME, X-WR-CALNAME) as given: a meeting title's
    // commas and semicolons would end the TEXT value early.
    name: escapeText(name, false),
    prodId: { company: 'Tindak', product: 'Kalender', language: 'ID' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const event of events) {
    const when: Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'transparency'> =
      'day' in event
        ? { start: event.day, allDay: true, transparency: ICalEventTransparency.TRANSPARENT }
        : { start: event.start, end: event.end };
    calendar.createEvent({
      id: event.uid,
      stamp: now,
      ...when,
      summary: event.summary,
      location: event.location ?? null,
      description: event.description ?? null,
      url: event.url ?? null,
      status: event.cancelled ? ICalEventStatus.CANCELLED : null,
    });
  }
  return calendar.toString();
}
