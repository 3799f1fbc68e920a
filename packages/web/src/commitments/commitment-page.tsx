import { Anchor, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type CommitmentDetail, formatCalendarDate, formatDate, pathTo } from '@tindak/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionItemsSection } from '../action-items/linked/linked-action-items';
import { useTRPC } from '../api/trpc';
import { ReadOnlyNote } from '../auth/read-only-note';
import { useRecordAuthority } from '../auth/use-authority';
import { useLanguage } from '../i18n/use-language';
import { DetailItem } from '../kit/detail-item';
import { OutsideScopeRecord } from '../kit/outside-scope';
import { RecordPage } from '../kit/record-page';
import { RecordSection, TextOrNone } from '../kit/record-section';
import { FollowUpStatusBadge } from '../kit/status-badge';
import { NotFoundPage } from '../layout/not-found-page';
import { CommitmentActions } from './commitment-actions';
import { CommitmentForm } from './commitment-form';
import { CommitmentHistory } from './commitment-history';
import { FollowToggle } from './follow-toggle';

function CommitmentNotFound() {
  const { t } = useTranslation();
  return (
    <NotFoundPage title={t('commitments.page.notFoundTitle')} body={t('commitments.page.notFoundBody')} />
  );
}

export function CommitmentPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  return (
    <RecordPage
      query={(id) => trpc.commitments.get.queryOptions({ id })}
      notFound={<CommitmentNotFound />}
      loadErrorTitle={t('commitments.page.loadError')}
    >
      {(commitment) => <CommitmentView commitment={commitment} />}
    </RecordPage>
  );
}

function CommitmentView({ commitment }: { commitment: CommitmentDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const authority = useRecordAuthority('commitment', commitment.homeRegionCodes);
  const canWrite = authority.change;
  useDocumentTitle(`${commitment.title} · ${t('app.name')}`);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Still open: new action items may come from it. Changing it takes the permission as well.
  const open = commitment.allowedActions.length > 0;
  const editable = canWrite && open;
  const { owner, meeting, proposal } = commitment;

  const closeEdit = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        {meeting && !meeting.outsideScope ? (
          <Anchor
            component={Link}
            to={pathTo('meeting', { id: meeting.id })}
            size="sm"
            className="tindak-wrap"
          >
            ← {t('proposals.page.backToMeeting', { title: meeting.title })}
          </Anchor>
        ) : (
          <Anchor component={Link} to={pathTo('meetings')} size="sm">
            ← {t('common.backToList')}
          </Anchor>
        )}
        <Text size="sm" c="dimmed" fw={600} tt="uppercase">
          {t('commitments.page.kind')}
        </Text>
        <Title order={1} className="tindak-page-title">
          {commitment.title}
        </Title>
        {authority.readOnly && <ReadOnlyNote>{t('commitments.page.readOnly')}</ReadOnlyNote>}
        <Group justify="space-between" gap="sm">
          <Group gap="xs">
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
          </Group>
          {editable && !editing && (
            <Button ref={editButton} variant="light" onClick={() => setEditing(true)}>
              {t('commitments.page.edit')}
            </Button>
          )}
        </Group>
      </Stack>

      <FollowToggle commitment={commitment} />

      {editing ? (
        <Paper withBorder p="sm" component="section" aria-labelledby="commitment-edit-heading">
          <Title order={2} size="h3" id="commitment-edit-heading" mb="sm">
            {t('commitments.form.editTitle')}
          </Title>
          <CommitmentForm commitment={commitment} onDone={closeEdit} />
        </Paper>
      ) : (
        <Card withBorder component="section" aria-label={t('commitments.page.details')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <DetailItem label={t('commitments.page.committedBy')}>
              <Text>{commitment.committedBy.name}</Text>
              {commitment.committedByPerson && (
                <Text size="sm" c="dimmed">
                  {commitment.committedByPerson.name}
                </Text>
              )}
            </DetailItem>
            <DetailItem label={t('commitments.page.dueOn')}>
              <Text c={commitment.isOverdue ? 'red.8' : undefined}>
                {commitment.dueOn
                  ? formatCalendarDate(commitment.dueOn, lang)
                  : t('commitments.summary.noDue')}
              </Text>
            </DetailItem>
            <DetailItem label={t('commitments.page.regions')}>
              <Text>
                {commitment.regions.length > 0
                  ? commitment.regions.map((r) => r.name).join(', ')
                  : t('commitments.summary.noRegion')}
              </Text>
            </DetailItem>
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
              {meeting || proposal ? (
                <Stack gap={2}>
                  {meeting && (
                    <Text>
                      {t('commitments.page.meeting')}{' '}
                      {meeting.outsideScope ? (
                        <OutsideScopeRecord />
                      ) : (
                        <>
                          <Anchor component={Link} to={pathTo('meeting', { id: meeting.id })}>
                            {meeting.title}
                          </Anchor>{' '}
                          <Text span size="sm" c="dimmed">
                            ({formatDate(meeting.startsAt, lang)})
                          </Text>
                        </>
                      )}
                    </Text>
                  )}
                  {proposal && (
                    <Text>
                      {t('commitments.page.proposal')}{' '}
                      {proposal.outsideScope ? (
                        <OutsideScopeRecord />
                      ) : (
                        <Anchor component={Link} to={pathTo('proposal', { id: proposal.id })}>
                          {proposal.title}
                        </Anchor>
                      )}
                    </Text>
                  )}
                </Stack>
              ) : (
                <Text c="dimmed">{t('common.dash')}</Text>
              )}
            </DetailItem>
            <DetailItem label={t('commitments.page.evidence')}>
              <TextOrNone text={commitment.evidence} none={t('commitments.page.noEvidence')} />
            </DetailItem>
          </SimpleGrid>
        </Card>
      )}

      {/* The status is in the badge above; the section is for those who may change it. */}
      {canWrite && (
        <RecordSection id="commitment-status-heading" title={t('proposals.page.statusActions')}>
          {open ? (
            <CommitmentActions commitment={commitment} />
          ) : (
            <Text c="dimmed">{t('commitments.page.final')}</Text>
          )}
        </RecordSection>
      )}

      <RecordSection id="commitment-description-heading" title={t('proposals.page.description')}>
        <TextOrNone text={commitment.description} none={t('proposals.page.noDescription')} />
      </RecordSection>

      <ActionItemsSection
        source={{ commitmentId: commitment.id }}
        headingId="commitment-action-items-heading"
        canCreate={open}
      />

      <RecordSection id="commitment-history-heading" title={t('meetingRecord.history')}>
        <CommitmentHistory events={commitment.history} />
      </RecordSection>
    </Stack>
  );
}
