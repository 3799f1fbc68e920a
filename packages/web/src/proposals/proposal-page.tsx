import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { formatCalendarDate, formatDate, isReadableLink, type ProposalDetail, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useMayChange, useRecordAuthority } from '../auth/use-authority';
import { CommitmentForm } from '../commitments/commitment-form';
import { useLanguage } from '../i18n/use-language';
import { DetailItem } from '../kit/detail-item';
import { OutsideScopeRecord } from '../kit/outside-scope';
import { RecordSection } from '../kit/record-section';
import { FollowUpStatusBadge } from '../kit/status-badge';
import { LinkedMeeting } from '../records/linked-meeting';
import { meetingDay } from '../records/record-day';
import { RecordKindPage } from '../records/record-kind-page';
import { RecordPageLayout } from '../records/record-page-layout';
import { useOpenWithFocus } from '../records/use-open-with-focus';
import { ProposalActions } from './proposal-actions';
import { ProposalForm } from './proposal-form';

export function ProposalPage() {
  const trpc = useTRPC();
  return (
    <RecordKindPage kind="proposals" query={(id) => trpc.proposals.get.queryOptions({ id })}>
      {(proposal) => <ProposalView proposal={proposal} />}
    </RecordKindPage>
  );
}

const acceptedStatuses = new Set<ProposalDetail['status']>(['accepted', 'partly_accepted']);

function ProposalView({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const authority = useRecordAuthority('proposal', proposal.homeRegionCodes);
  const accepted = acceptedStatuses.has(proposal.status);
  // A new commitment can only be tied to a meeting its author may read.
  const firstMeeting = proposal.meetings.find(isReadableLink) ?? null;

  return (
    <RecordPageLayout
      kind="proposals"
      record={proposal}
      backTo={firstMeeting}
      authority={authority}
      open={proposal.allowedActions.length > 0}
      badges={<FollowUpStatusBadge status={proposal.status} />}
      details={
        <>
          <DetailItem label={t('proposals.page.proposers')}>
            {proposal.proposers.length > 0 ? (
              <ul className="tindak-compact-list">
                {proposal.proposers.map((p) => (
                  <li key={p.id}>{p.name}</li>
                ))}
              </ul>
            ) : (
              <Text>{t('common.dash')}</Text>
            )}
          </DetailItem>
          <DetailItem label={t('proposals.page.addressedTo')}>
            <Text>{proposal.addressedTo.name}</Text>
          </DetailItem>
          <DetailItem label={t('proposals.page.raisedOn')}>
            <Text>{formatCalendarDate(proposal.raisedOn, lang)}</Text>
          </DetailItem>
          {proposal.letter && (
            <DetailItem label={t('proposals.page.letter')}>
              <Text>
                {t('proposals.page.letterLine', {
                  number: proposal.letter.number,
                  date: formatCalendarDate(proposal.letter.date, lang),
                })}
              </Text>
            </DetailItem>
          )}
          <DetailItem label={t('proposals.page.createdAt')}>
            <Text>{formatDate(proposal.createdAt, lang)}</Text>
          </DetailItem>
          <DetailItem label={t('proposals.page.decision')}>
            {proposal.decision?.decidedOn || proposal.decision?.note ? (
              <>
                {proposal.decision.decidedOn && (
                  <Text>{formatCalendarDate(proposal.decision.decidedOn, lang)}</Text>
                )}
                {proposal.decision.note && (
                  <Text className="tindak-preserve-lines">{proposal.decision.note}</Text>
                )}
              </>
            ) : (
              <Text c="dimmed">{t('proposals.page.notDecided')}</Text>
            )}
          </DetailItem>
        </>
      }
      editForm={(close) => <ProposalForm proposal={proposal} onDone={close} />}
      statusActions={<ProposalActions proposal={proposal} />}
      actionItems={{ source: { proposalId: proposal.id }, canCreate: accepted }}
    >
      <RecordSection id="proposal-meetings-heading" title={t('proposals.page.meetings')}>
        {proposal.meetings.length > 0 ? (
          <Stack component="ul" gap={4} className="tindak-plain-list">
            {proposal.meetings.map((meeting, index) => (
              // A record outside scope has no id: its place in the list is its key.
              <li key={meeting.outsideScope ? `outside-${index}` : meeting.id}>
                <LinkedMeeting meeting={meeting} />
              </li>
            ))}
          </Stack>
        ) : (
          <Text c="dimmed">{t('proposals.page.noMeetings')}</Text>
        )}
      </RecordSection>
      <ProposalCommitments proposal={proposal} firstMeeting={firstMeeting} accepted={accepted} />
    </RecordPageLayout>
  );
}

interface ProposalCommitmentsProps {
  proposal: ProposalDetail;
  firstMeeting: { id: string; startsAt: string } | null;
  accepted: boolean;
}

/** The promises that answer an accepted proposal, and the form to record one. */
function ProposalCommitments({ proposal, firstMeeting, accepted }: ProposalCommitmentsProps) {
  const { t } = useTranslation();
  // A promise answering it belongs where the proposal does (the host of the meeting it came from).
  const mayAdd = useMayChange('commitment', proposal.homeRegionCodes);
  const creating = useOpenWithFocus();
  return (
    <RecordSection
      id="proposal-commitments-heading"
      title={t('proposals.page.commitments')}
      aside={
        mayAdd &&
        accepted &&
        !creating.open && (
          <Button ref={creating.buttonRef} variant="light" onClick={creating.show}>
            {t('proposals.page.createCommitment')}
          </Button>
        )
      }
    >
      {mayAdd && creating.open && (
        <Paper withBorder p="sm" mb="sm">
          <Title order={3} size="h4" mb="sm">
            {t('commitments.form.newTitle')}
          </Title>
          <CommitmentForm
            source={{
              proposal: { id: proposal.id, title: proposal.title },
              meetingId: firstMeeting?.id ?? null,
            }}
            preset={{
              title: proposal.title,
              committedByOrganizationId: proposal.addressedTo.id,
              ownerOrganizationId: proposal.proposers[0]?.id ?? null,
              madeOn: meetingDay(firstMeeting),
            }}
            onDone={creating.close}
          />
        </Paper>
      )}
      {proposal.commitments.length > 0 ? (
        <Stack component="ul" gap={4} className="tindak-plain-list">
          {proposal.commitments.map((commitment, index) =>
            commitment.outsideScope ? (
              // A record outside scope has no id: its place in the list is its key.
              <li key={`outside-${index}`}>
                <OutsideScopeRecord />
              </li>
            ) : (
              <Group component="li" key={commitment.id} gap="xs" wrap="nowrap" align="flex-start">
                <Anchor
                  component={Link}
                  to={pathTo('commitment', { id: commitment.id })}
                  className="tindak-wrap"
                >
                  {commitment.title}
                </Anchor>
                <FollowUpStatusBadge status={commitment.status} />
              </Group>
            ),
          )}
        </Stack>
      ) : (
        <Text c="dimmed">
          {accepted ? t('proposals.page.noCommitmentsYet') : t('proposals.page.commitmentsAfterAccept')}
        </Text>
      )}
    </RecordSection>
  );
}
