import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { type CommitmentDetail, commitmentShareText, formatCalendarDate, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useRecordAuthority } from '../auth/use-authority';
import { useLanguage } from '../i18n/use-language';
import { IndicatorLinkLine } from '../indicator-links/indicator-link-line';
import { DetailItem } from '../kit/detail-item';
import { OutsideScopeRecord } from '../kit/outside-scope';
import { TextOrNone } from '../kit/record-section';
import { ShareMenu } from '../kit/share-menu';
import { FollowUpStatusBadge } from '../kit/status-badge';
import { LinkedMeeting } from '../records/linked-meeting';
import { RecordKindPage } from '../records/record-kind-page';
import { RecordPageLayout } from '../records/record-page-layout';
import { CommitmentActions } from './commitment-actions';
import { CommitmentForm } from './commitment-form';
import { FollowToggle } from './follow-toggle';

export function CommitmentPage() {
  const trpc = useTRPC();
  return (
    <RecordKindPage kind="commitments" query={(id) => trpc.commitments.get.queryOptions({ id })}>
      {(commitment) => <CommitmentView commitment={commitment} />}
    </RecordKindPage>
  );
}

function CommitmentView({ commitment }: { commitment: CommitmentDetail }) {
  const { t } = useTranslation();
  const authority = useRecordAuthority('commitment', commitment.homeRegionCodes);
  // Still open: new action items may come from it. Changing it takes the permission as well.
  const open = commitment.allowedActions.length > 0;
  const { meeting } = commitment;

  return (
    <RecordPageLayout
      kind="commitments"
      record={commitment}
      backTo={meeting && !meeting.outsideScope ? meeting : null}
      authority={authority}
      open={open}
      badges={
        <>
          <FollowUpStatusBadge status={commitment.status} />
          {commitment.isOverdue && (
            <Badge color="red" variant="filled" tt="none">
              {t('commitments.summary.overdue')}
            </Badge>
          )}
          {commitment.isPublic && (
            <Badge color="gray" variant="outline" tt="none">
              {t('commitments.page.public')}
            </Badge>
          )}
        </>
      }
      beforeDetails={
        <>
          <ShareMenu text={(context) => commitmentShareText(commitment, context)} />
          <FollowToggle commitment={commitment} />
        </>
      }
      details={<CommitmentDetails commitment={commitment} />}
      editForm={(close) => <CommitmentForm commitment={commitment} onDone={close} />}
      statusActions={<CommitmentActions commitment={commitment} />}
      actionItems={{ source: { commitmentId: commitment.id }, canCreate: open }}
    />
  );
}

/** Who promised what, by when, for which regions; who follows it up, where it came from, the evidence. */
function CommitmentDetails({ commitment }: { commitment: CommitmentDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { owner, meeting, proposals, agreement } = commitment;
  return (
    <>
      <DetailItem label={t('commitments.page.committedBy')}>
        <Text>{commitment.committedBy.name}</Text>
        {commitment.committedByPerson && (
          <Text size="sm" c="dimmed">
            {commitment.committedByPerson.name}
          </Text>
        )}
      </DetailItem>
      <DetailItem label={t('commitments.page.madeOn')}>
        <Text>{formatCalendarDate(commitment.madeOn, lang)}</Text>
      </DetailItem>
      <DetailItem label={t('commitments.page.dueOn')}>
        <Text c={commitment.isOverdue ? 'red.8' : undefined}>
          {commitment.dueOn ? formatCalendarDate(commitment.dueOn, lang) : t('commitments.summary.noDue')}
        </Text>
      </DetailItem>
      <DetailItem label={t('commitments.page.regions')}>
        <Text>
          {commitment.regions.length > 0
            ? commitment.regions.map((r) => r.name).join(', ')
            : t('commitments.summary.noRegion')}
        </Text>
      </DetailItem>
      <IndicatorLinkLine link={commitment.indicator} />
      <DetailItem label={t('commitments.page.owner')}>
        {owner.organization || owner.person ? (
          <>
            {owner.organization && <Text>{owner.organization.name}</Text>}
            {owner.person && (
              <Text size="sm" c="dimmed">
                {owner.person.name}
              </Text>
            )}
          </>
        ) : (
          <Text c="dimmed">{t('commitments.page.noOwner')}</Text>
        )}
      </DetailItem>
      <DetailItem label={t('commitments.page.source')}>
        {meeting || proposals.length > 0 || agreement ? (
          <Stack gap={2}>
            {agreement && (
              <Text>
                {t('agreements.partOf')}:{' '}
                {agreement.outsideScope ? (
                  <OutsideScopeRecord />
                ) : (
                  <Anchor component={Link} to={pathTo('agreement', { id: agreement.id })}>
                    {agreement.title}
                  </Anchor>
                )}
              </Text>
            )}
            {meeting && (
              <Text>
                {t('commitments.page.meeting')} <LinkedMeeting meeting={meeting} />
              </Text>
            )}
            {/* One reply can answer several proposals (issue 19): each on its own line. */}
            {proposals.map((proposal, index) => (
              <Text key={proposal.outsideScope ? `outside-${index}` : proposal.id}>
                {t('commitments.page.proposal')}{' '}
                {proposal.outsideScope ? (
                  <OutsideScopeRecord />
                ) : (
                  <Anchor component={Link} to={pathTo('proposal', { id: proposal.id })}>
                    {proposal.title}
                  </Anchor>
                )}
              </Text>
            ))}
          </Stack>
        ) : (
          <Text c="dimmed">{t('common.dash')}</Text>
        )}
      </DetailItem>
      <DetailItem label={t('commitments.page.evidence')}>
        <TextOrNone text={commitment.evidence} none={t('commitments.page.noEvidence')} />
      </DetailItem>
    </>
  );
}
