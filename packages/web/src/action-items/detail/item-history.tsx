import type { DomainEventView } from '@tindak/shared';
import { EventTimeline } from '../../kit/event-timeline';

/** Riwayat: every event on the item, oldest first, to its resolution. */
export function ItemHistory({ events }: { events: DomainEventView[] }) {
  return <EventTimeline events={events} />;
}
