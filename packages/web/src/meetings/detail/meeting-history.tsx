import type { DomainEventView } from '@tindak/shared';
import { EventTimeline } from '../../kit/event-timeline';

/** The meeting's history, its times in the meeting's own zone. */
export function MeetingHistory({ events, timeZone }: { events: DomainEventView[]; timeZone: string }) {
  return <EventTimeline events={events} timeZone={timeZone} />;
}
