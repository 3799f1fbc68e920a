import { Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { formatCalendarDate, type MeetingDetail, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useMayChange } from '../auth/use-authority';
import { ExportLinks } from '../exports/export-links';
import { useLanguage } from '../i18n/use-language';
import { MEETING_RECORDS_LIMIT, MeetingRecordSection } from '../records/meeting-record-section';
import { meetingDay } from '../records/record-day';
import { ProposalForm } from './proposal-form';

/** "Usulan": proposals raised in this meeting, and a form to record a new one. */
export function MeetingProposals({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  // A proposal raised here belongs to the meeting's host: only those who may change it record one.
  const mayAdd = useMayChange('proposal', meeting.homeRegionCodes);
  const proposals = useInfiniteQuery(
    trpc.proposals.list.infiniteQueryOptions(
      { meetingId: meeting.id, limit: MEETING_RECORDS_LIMIT },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );

  return (
    <MeetingRecordSection
      kind="proposals"
      query={proposals}
      mayAdd={mayAdd}
      aside={<ExportLinks kind="usulan" filters={{ meetingId: meeting.id }} />}
      form={(close) => (
        <ProposalForm
          meeting={{ id: meeting.id, hostId: meeting.host.id, day: meetingDay(meeting) }}
          onDone={close}
        />
      )}
      pathOf={(proposal) => pathTo('proposal', { id: proposal.id })}
      lines={(proposal) => (
        <>
          <Text size="sm" c="dimmed" className="tindak-wrap">
            {t('proposals.section.fromTo', {
              from: proposal.proposers.map((p) => p.name).join(', '),
              to: proposal.addressedTo.name,
            })}
          </Text>
          {proposal.decidedOn && (
            <Text size="sm" c="dimmed">
              {t('proposals.section.decidedOn', { date: formatCalendarDate(proposal.decidedOn, lang) })}
            </Text>
          )}
        </>
      )}
    />
  );
}
