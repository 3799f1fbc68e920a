import { Anchor, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import {
  type ActionItemDetail,
  actionItemShareText,
  formatCalendarDate,
  formatDateTime,
  pathTo,
} from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc';
import { ReadOnlyNote } from '../../auth/read-only-note';
import { useItemAuthority } from '../../auth/use-authority';
import { useLanguage } from '../../i18n/use-language';
import { IndicatorLinkLine } from '../../indicator-links/indicator-link-line';
import { DetailItem } from '../../kit/detail-item';
import { OutsideScopeRecord } from '../../kit/outside-scope';
import { RecordPage } from '../../kit/record-page';
import { RecordSection } from '../../kit/record-section';
import { ShareMenu } from '../../kit/share-menu';
import { NotFoundPage } from '../../layout/not-found-page';
import { PrintDispositionLink } from '../../letters/print-disposition-link';
import { PendingOnRecord } from '../../offline/pending-on-record';
import { ActionItemStatusBadge, HealthBadge, PriorityBadge, ProgressBar } from '../shared/badges';
import { ActionPanel } from './action-panel';
import { CommentsSection } from './comments-section';
import { DecisionBanner } from './decision-banner';
import { DispositionChain } from './disposition-chain';
import { EvidenceList } from './evidence-section';
import { ExtensionList } from './extensions-section';
import { ItemHistory } from './item-history';

export function ActionItemPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  return (
    <RecordPage
      query={(id) => trpc.actionItems.get.queryOptions({ id })}
      notFound={<ActionItemNotFound />}
      loadErrorTitle={t('actionItems.page.loadError')}
    >
      {(item) => <ActionItemView item={item} />}
    </RecordPage>
  );
}

function ActionItemNotFound() {
  const { t } = useTranslation();
  return (
    <NotFoundPage
      title={t('actionItems.page.notFoundTitle')}
      body={t('actionItems.page.notFoundBody')}
      backTo={pathTo('actionItems')}
      backLabel={t('actionItems.page.backToList')}
    />
  );
}

type SourceLink = ActionItemDetail['meeting'];

/**
 * Where the item came from: a meeting, a proposal or a commitment, each with its own page (or, for
 * one outside the reader's region, only the words saying so).
 */
function SourceLinks({ item }: { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const sources: { kind: 'meeting' | 'proposal' | 'commitment'; link: SourceLink }[] = [
    { kind: 'meeting', link: item.meeting },
    { kind: 'proposal', link: item.proposal },
    { kind: 'commitment', link: item.commitment },
  ];
  const present = sources.filter((source) => source.link !== null);
  if (present.length === 0) return <Text>{t('common.dash')}</Text>;
  return (
    <Stack gap={2}>
      {present.map(({ kind, link }) => (
        <Text key={kind}>
          {t(`actionItems.page.source.${kind}`)}{' '}
          {!link || link.outsideScope ? (
            <OutsideScopeRecord />
          ) : (
            <Anchor component={Link} to={pathTo(kind, { id: link.id })}>
              {link.title}
            </Anchor>
          )}
        </Text>
      ))}
    </Stack>
  );
}

function ActionItemView({ item }: { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const authority = useItemAuthority(item);
  useDocumentTitle(`${item.title} · ${t('app.name')}`);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor component={Link} to={pathTo('actionItems')} size="sm">
          ← {t('actionItems.page.backToList')}
        </Anchor>
        <Title order={1} className="tindak-page-title">
          {item.title}
        </Title>
        {item.directive && (
          // One office's share of a directive (issue 19): the directive shows how every office stands.
          <Anchor
            component={Link}
            to={pathTo('directive', { id: item.directive.id })}
            className="tindak-wrap"
          >
            {t('directives.partOf', { title: item.directive.title })}
          </Anchor>
        )}
        {item.latestDecision && <DecisionBanner decision={item.latestDecision} />}
        {item.status === 'draft' && <ReadOnlyNote>{t('actionItems.page.draftNote')}</ReadOnlyNote>}
        {authority.roleReadsOnly && authority.role && (
          <ReadOnlyNote>
            {t('actionItems.page.readOnlyRole', { role: t(`auth.roles.${authority.role}`) })}
          </ReadOnlyNote>
        )}
        {authority.readOnly && (
          <ReadOnlyNote>
            {t('actionItems.page.readOnly', {
              owner: item.ownerPerson?.name ?? item.ownerOrganization.name,
            })}
          </ReadOnlyNote>
        )}
        <Group gap="xs">
          <ActionItemStatusBadge status={item.status} />
          <HealthBadge health={item.health} />
          <PriorityBadge priority={item.priority} />
        </Group>
        <ShareMenu text={(context) => actionItemShareText(item, context)} />
        <PendingOnRecord recordId={item.id} />
      </Stack>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder component="section" aria-label={t('actionItems.page.details')}>
            <Stack gap="md">
              <DetailItem label={t('actionItems.page.progress')}>
                <ProgressBar value={item.progress} />
              </DetailItem>
              <IndicatorLinkLine link={item.indicator} />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <DetailItem label={t('actionItems.page.due')}>
                  <Text fw={600}>{formatCalendarDate(item.dueOn, lang)}</Text>
                </DetailItem>
                <DetailItem label={t('actionItems.page.owner')}>
                  <Text>{item.ownerOrganization.name}</Text>
                  {item.ownerPerson && <Text size="sm">{item.ownerPerson.name}</Text>}
                </DetailItem>
                <DetailItem label={t('actionItems.page.region')}>
                  <Text>{item.region?.name ?? t('common.noRegion')}</Text>
                </DetailItem>
                <DetailItem label={t('actionItems.page.assignedBy')}>
                  <Text>{item.assignedBy?.name ?? t('common.dash')}</Text>
                </DetailItem>
                <DetailItem label={t('actionItems.page.source.label')}>
                  <SourceLinks item={item} />
                </DetailItem>
                <DetailItem label={t('actionItems.page.createdAt')}>
                  <Text size="sm">{formatDateTime(item.createdAt, lang)}</Text>
                  {item.completedAt && (
                    <Text size="sm">
                      {t('actionItems.page.completedAt', { when: formatDateTime(item.completedAt, lang) })}
                    </Text>
                  )}
                </DetailItem>
              </SimpleGrid>
              <DetailItem label={t('actionItems.page.description')}>
                {item.description ? (
                  <Text className="tindak-preserve-lines">{item.description}</Text>
                ) : (
                  <Text c="dimmed">{t('actionItems.page.noDescription')}</Text>
                )}
              </DetailItem>
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ActionPanel item={item} />
        </Grid.Col>
      </Grid>

      <RecordSection id="chain-heading" title={t('actionItems.chain.title')}>
        <Stack gap="sm">
          <DispositionChain chain={item.chain} />
          <PrintDispositionLink actionItemId={item.id} />
        </Stack>
      </RecordSection>
      <RecordSection id="extensions-heading" title={t('actionItems.extensions.title')}>
        <ExtensionList extensions={item.extensions} />
      </RecordSection>
      <RecordSection id="evidence-heading" title={t('actionItems.evidence.title')}>
        <EvidenceList evidence={item.evidence} />
      </RecordSection>
      <RecordSection id="comments-heading" title={t('actionItems.comments.title')}>
        <CommentsSection item={item} />
      </RecordSection>
      <RecordSection id="history-heading" title={t('actionItems.history.title')}>
        <ItemHistory events={item.history} />
      </RecordSection>
    </Stack>
  );
}
