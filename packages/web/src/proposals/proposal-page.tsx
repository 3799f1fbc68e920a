import '../kit/prose.css';
import { Anchor, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { formatCalendarDate, formatDate, isReadableLink, type ProposalDetail, pathTo } from '@tindak/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionItemsSection } from '../action-items/linked/linked-action-items';
import { useTRPC } from '../api/trpc';
import { ReadOnlyNote } from '../auth/read-only-note';
import { useMayChange, useRecordAuthority } from '../auth/use-authority';
import { CommitmentForm } from '../commitments/commitment-form';
import { useLanguage } from '../i18n/use-language';
import { DetailItem } from '../kit/detail-item';
import { OutsideScopeRecord } from '../kit/outside-scope';
import { RecordPage } from '../kit/record-page';
import { RecordSection, TextOrNone } from '../kit/record-section';
import { FollowUpStatusBadge } from '../kit/status-badge';
import { NotFoundPage } from '../layout/not-found-page';
import { ProposalActions } from './proposal-actions';
import { ProposalForm } from './proposal-form';
import { ProposalHistory } from './proposal-history';

function ProposalNotFound() {
  const { t } = useTranslation();
  return <NotFoundPage title={t('proposals.page.notFoundTitle')} body={t('proposals.page.notFoundBody')} />;
}

export function ProposalPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  return (
    <RecordPage
      query={(id) => trpc.proposals.get.queryOptions({ id })}
      notFound={<ProposalNotFound />}
      loadErrorTitle={t('proposals.page.loadError')}
    >
      {(proposal) => <ProposalView proposal={proposal} />}
    </RecordPage>
  );
}

const acceptedStatuses = new Set<ProposalDetail['status']>(['accepted', 'partly_accepted']);

function ProposalView({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const authority = useRecordAuthority('proposal', proposal.homeRegionCodes);
  // A promise answering it belongs where the proposal does (the host of the meeting it came from).
  const mayAddCommitment = useMayChange('commitment', proposal.homeRegionCodes);
  useDocumentTitle(`${proposal.title} · ${t('app.name')}`);
  const [editing, setEditing] = useState(false);
  const [creating, setCreating] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  const canWrite = authority.change;
  const editable = canWrite && proposal.allowedActions.length > 0;
  const accepted = acceptedStatuses.has(proposal.status);
  // A new commitment can only be tied to a meeting its author may read.
  const firstMeeting = proposal.meetings.find(isReadableLink);

  const closeEdit = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const closeCreate = () => {
    setCreating(false);
    requestAnimationFrame(() => createButton.current?.focus());
  };

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        {firstMeeting ? (
          <Anchor
            component={Link}
            to={pathTo('meeting', { id: firstMeeting.id })}
            size="sm"
            className="tindak-wrap"
          >
            ← {t('proposals.page.backToMeeting', { title: firstMeeting.title })}
          </Anchor>
        ) : (
          <Anchor component={Link} to={pathTo('meetings')} size="sm">
            ← {t('common.backToList')}
          </Anchor>
        )}
        <Text size="sm" c="dimmed" fw={600} tt="uppercase">
          {t('proposals.page.kind')}
        </Text>
        <Title order={1} className="tindak-page-title">
          {proposal.title}
        </Title>
        {authority.readOnly && <ReadOnlyNote>{t('proposals.page.readOnly')}</ReadOnlyNote>}
        <Group justify="space-between" gap="sm">
          <FollowUpStatusBadge status={proposal.status} />
          {editable && !editing && (
            <Button ref={editButton} variant="light" onClick={() => setEditing(true)}>
              {t('proposals.page.edit')}
            </Button>
          )}
        </Group>
      </Stack>

      {editing ? (
        <Paper withBorder p="sm" component="section" aria-labelledby="proposal-edit-heading">
          <Title order={2} size="h3" id="proposal-edit-heading" mb="sm">
            {t('proposals.form.editTitle')}
          </Title>
          <ProposalForm proposal={proposal} onDone={closeEdit} />
        </Paper>
      ) : (
        <Card withBorder component="section" aria-label={t('proposals.page.details')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
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
          </SimpleGrid>
        </Card>
      )}

      {/* The status is in the badge above; the section is for those who may change it. */}
      {canWrite && (
        <RecordSection id="proposal-status-heading" title={t('proposals.page.statusActions')}>
          {proposal.allowedActions.length > 0 ? (
            <ProposalActions proposal={proposal} />
          ) : (
            <Text c="dimmed">{t('proposals.page.final')}</Text>
          )}
        </RecordSection>
      )}

      <RecordSection id="proposal-description-heading" title={t('proposals.page.description')}>
        <TextOrNone text={proposal.description} none={t('proposals.page.noDescription')} />
      </RecordSection>

      <RecordSection id="proposal-meetings-heading" title={t('proposals.page.meetings')}>
        {proposal.meetings.length > 0 ? (
          <Stack component="ul" gap={4} className="tindak-plain-list">
            {proposal.meetings.map((meeting, index) =>
              meeting.outsideScope ? (
                // A record outside scope has no id: its place in the list is its key.
                <li key={`outside-${index}`}>
                  <OutsideScopeRecord />
                </li>
              ) : (
                <li key={meeting.id}>
                  <Anchor component={Link} to={pathTo('meeting', { id: meeting.id })} className="tindak-wrap">
                    {meeting.title}
                  </Anchor>{' '}
                  <Text span size="sm" c="dimmed">
                    ({formatDate(meeting.startsAt, lang)})
                  </Text>
                </li>
              ),
            )}
          </Stack>
        ) : (
          <Text c="dimmed">{t('proposals.page.noMeetings')}</Text>
        )}
      </RecordSection>

      <RecordSection
        id="proposal-commitments-heading"
        title={t('proposals.page.commitments')}
        aside={
          mayAddCommitment &&
          accepted &&
          !creating && (
            <Button ref={createButton} variant="light" onClick={() => setCreating(true)}>
              {t('proposals.page.createCommitment')}
            </Button>
          )
        }
      >
        {mayAddCommitment && creating && (
          <Paper withBorder p="sm" mb="sm">
            <Title order={3} size="h4" mb="sm">
              {t('commitments.form.newTitle')}
            </Title>
            <CommitmentForm
              source={{ proposalId: proposal.id, meetingId: firstMeeting?.id ?? null }}
              preset={{
                title: proposal.title,
                committedByOrganizationId: proposal.addressedTo.id,
                ownerOrganizationId: proposal.proposers[0]?.id ?? null,
              }}
              onDone={closeCreate}
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

      <ActionItemsSection
        source={{ proposalId: proposal.id }}
        headingId="proposal-action-items-heading"
        canCreate={accepted}
      />

      <RecordSection id="proposal-history-heading" title={t('meetingRecord.history')}>
        <ProposalHistory events={proposal.history} />
      </RecordSection>
    </Stack>
  );
}
