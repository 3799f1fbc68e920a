import { useInfiniteQuery } from '@tanstack/react-query';
import type { MeetingDetail } from '@tindak/shared';
import { pathTo } from '@tindak/shared';
import { useTRPC } from '../api/trpc';
import { useMayChange } from '../auth/use-authority';
import { MEETING_RECORDS_LIMIT, MeetingRecordSection } from '../records/meeting-record-section';
import { meetingDay } from '../records/record-day';
import { CommitmentForm } from './commitment-form';
import { CommitmentSummaryLines } from './commitment-summary-lines';

/** "Komitmen": what each party promised in this meeting, and a form to record a new promise. */
export function MeetingCommitments({ meeting }: { meeting: MeetingDetail }) {
  const trpc = useTRPC();
  // A promise made here belongs to the meeting's host: only those who may change it record one.
  const mayAdd = useMayChange('commitment', meeting.homeRegionCodes);
  const commitments = useInfiniteQuery(
    trpc.commitments.list.infiniteQueryOptions(
      { meetingId: meeting.id, limit: MEETING_RECORDS_LIMIT },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );

  return (
    <MeetingRecordSection
      kind="commitments"
      query={commitments}
      mayAdd={mayAdd}
      form={(close) => (
        <CommitmentForm
          source={{ meetingId: meeting.id }}
          preset={{ ownerOrganizationId: meeting.host.id, madeOn: meetingDay(meeting) }}
          onDone={close}
        />
      )}
      pathOf={(commitment) => pathTo('commitment', { id: commitment.id })}
      lines={(commitment) => <CommitmentSummaryLines commitment={commitment} />}
    />
  );
}
