import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { type AgreementDetail, type AgreementParty, formatCalendarDate, pathTo } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { CommitmentForm } from '../commitments/commitment-form';
import { useLanguage } from '../i18n/use-language';
import { DetailItem } from '../kit/detail-item';
import { EventTimeline } from '../kit/event-timeline';
import { RecordPage } from '../kit/record-page';
import { TextOrNone } from '../kit/record-section';
import { NotFoundPage } from '../layout/not-found-page';
import { LinkedMeeting } from '../records/linked-meeting';
import { AgreementDocument } from './agreement-document';
import { AgreementForm } from './agreement-form';
import { AgreementPartyCard } from './agreement-party-card';
import { AgreementStatusActions } from './agreement-status-actions';
import { AgreementStatusBadge, documentDate, kindLabel } from './agreement-words';

/** `/kesepakatan/:id`: the parties as cards with their commitments, the scope, the signing, the document. */
export function AgreementPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  return (
    <RecordPage
      query={(id) => trpc.agreements.get.queryOptions({ id })}
      notFound={
        <NotFoundPage
          title={t('agreements.page.notFound')}
          body={t('agreements.page.notFoundHint')}
          backTo={pathTo('agreements')}
          backLabel={t('agreements.page.back')}
        />
      }
      loadErrorTitle={t('agreements.loadError')}
    >
      {(agreement) => <AgreementView agreement={agreement} />}
    </RecordPage>
  );
}

function AgreementView({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useDocumentTitle(`${agreement.title} · ${t('app.name')}`);
  const [editing, setEditing] = useState(false);
  const [addingFor, setAddingFor] = useState<AgreementParty | null>(null);
  const { meeting } = agreement;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={pathTo('agreements')} size="sm" w="fit-content">
        ← {t('agreements.page.back')}
      </Anchor>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {kindLabel(agreement.kind, t)}
          {agreement.number ? ` · ${agreement.number}` : ''}
        </Text>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={1} className="tindak-page-title tindak-wrap">
            {agreement.title}
          </Title>
          <AgreementStatusBadge status={agreement.status} />
        </Group>
        <Text>
          {agreement.signedOn && agreement.signedPlace
            ? t('agreements.signedLine', {
                place: agreement.signedPlace,
                date: documentDate(agreement.signedOn, lang),
              })
            : t('agreements.notSigned')}
        </Text>
      </Stack>

      {editing ? (
        <Paper withBorder p="md" component="section" aria-labelledby="edit-agreement-title">
          <Title order={2} size="h4" mb="sm" id="edit-agreement-title">
            {t('agreements.form.editTitle')}
          </Title>
          <AgreementForm agreement={agreement} onDone={() => setEditing(false)} />
        </Paper>
      ) : (
        <Group gap="xs" align="flex-start">
          {agreement.canEdit && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('agreements.page.edit')}
            </Button>
          )}
          <AgreementStatusActions agreement={agreement} />
        </Group>
      )}

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <DetailItem label={t('agreements.keeper')}>
            <Text>{agreement.owner.name}</Text>
          </DetailItem>
          <DetailItem label={t('agreements.page.region')}>
            <Text>{agreement.region?.name ?? t('common.dash')}</Text>
          </DetailItem>
          <DetailItem label={t('agreements.page.meeting')}>
            {meeting ? (
              <LinkedMeeting meeting={meeting} />
            ) : (
              <Text c="dimmed">{t('agreements.page.noMeeting')}</Text>
            )}
          </DetailItem>
          <DetailItem label={t('agreements.page.period')}>
            <Text>
              {agreement.startsOn || agreement.endsOn
                ? [
                    agreement.startsOn &&
                      t('agreements.page.periodFrom', { date: formatCalendarDate(agreement.startsOn, lang) }),
                    agreement.endsOn &&
                      t('agreements.page.periodUntil', { date: formatCalendarDate(agreement.endsOn, lang) }),
                  ]
                    .filter(Boolean)
                    .join(' ')
                : t('agreements.page.noPeriod')}
            </Text>
          </DetailItem>
          <DetailItem label={t('agreements.page.description')}>
            <TextOrNone text={agreement.description} none={t('common.dash')} />
          </DetailItem>
          <DetailItem label={t('agreements.page.document')}>
            <AgreementDocument agreement={agreement} canAttach={agreement.allowedActions.length > 0} />
          </DetailItem>
        </SimpleGrid>
      </Paper>

      <Stack gap="xs" component="section" aria-labelledby="agreement-scope">
        <Title order={2} size="h3" id="agreement-scope">
          {t('agreements.page.scope')}
        </Title>
        {agreement.scopeItems.length === 0 ? (
          <Text c="dimmed">{t('agreements.page.noScope')}</Text>
        ) : (
          <List type="ordered" spacing={4}>
            {agreement.scopeItems.map((item) => (
              <List.Item key={item.position}>{item.text}</List.Item>
            ))}
          </List>
        )}
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="agreement-parties">
        <Group gap="xs">
          <Title order={2} size="h3" id="agreement-parties">
            {t('agreements.parties')}
          </Title>
          <Badge variant="light" color="gray" tt="none">
            {t('agreements.commitmentCounts', agreement.commitments)}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {agreement.partyDetails.map((party) => (
            <AgreementPartyCard
              key={party.organization.id}
              party={party}
              onAddCommitment={agreement.canAddCommitment ? () => setAddingFor(party) : undefined}
            />
          ))}
        </SimpleGrid>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="agreement-history">
        <Title order={2} size="h3" id="agreement-history">
          {t('agreements.page.history')}
        </Title>
        <EventTimeline events={agreement.history} />
      </Stack>

      <Modal
        opened={addingFor !== null}
        onClose={() => setAddingFor(null)}
        title={addingFor ? t('agreements.page.addCommitmentFor', { party: addingFor.organization.name }) : ''}
        size="lg"
      >
        {addingFor && (
          <CommitmentForm
            source={{
              meetingId: meeting ? (meeting.outsideScope ? undefined : meeting.id) : null,
              agreementId: agreement.id,
            }}
            preset={{
              committedByOrganizationId: addingFor.organization.id,
              ownerOrganizationId: agreement.owner.id,
              regionCodes: agreement.region ? [agreement.region.code] : [],
              madeOn: agreement.signedOn ?? '',
            }}
            onDone={(saved) => {
              setAddingFor(null);
              if (saved)
                void queryClient.invalidateQueries(trpc.agreements.get.queryFilter({ id: agreement.id }));
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
