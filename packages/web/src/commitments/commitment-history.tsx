import type { DomainEventView } from '@tindak/shared';
import { EventTimeline } from '../kit/event-timeline';

export function CommitmentHistory({ events }: { events: DomainEventView[] }) {
  return <EventTimeline events={events} />;
}
