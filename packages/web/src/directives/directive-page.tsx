import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import {
  type DirectiveDetail,
  directiveShareText,
  formatCalendarDate,
  formatDateTime,
  pathTo,
  priorityLabel,
} from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';
import { DetailItem } from '../kit/detail-item';
import { OutsideScopeRecord } from '../kit/outside-scope';
import { RecordPage } from '../kit/record-page';
import { ShareMenu } from '../kit/share-menu';
import { NotFoundPage } from '../layout/not-found-page';
import { DirectiveActions } from './directive-actions';
import { DirectiveOfficeTable } from './directive-office-table';
import { DirectiveProgress } from './directive-progress';

const statusColor = { open: 'blue', closed: 'teal', cancelled: 'gray' } as const;

/** `/arahan/:id`: one directive, how its offices stand, and each office's item. */
export function DirectivePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  return (
    <RecordPage
      query={(id) => trpc.directives.get.queryOptions({ id })}
      loadErrorTitle={t('directives.page.loadError')}
      notFound={
        <NotFoundPage
          title={t('directives.page.notFound')}
          body={t('directives.page.notFoundHint')}
          backTo={pathTo('directives')}
          backLabel={t('directives.page.backToList')}
        />
      }
    >
      {(directive) => <DirectiveView directive={directive} />}
    </RecordPage>
  );
}

function DirectiveView({ directive }: { directive: DirectiveDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  useDocumentTitle(`${directive.title} · ${t('app.name')}`);
  const { meeting } = directive;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={pathTo('directives')} size="sm">
        {t('directives.page.backToList')}
      </Anchor>
      <Stack gap={6}>
        <Group gap="xs">
          <Badge variant="light" color={statusColor[directive.status]} tt="none">
            {t(`directives.status.${directive.status}`)}
          </Badge>
          <Badge variant="outline" color="gray" tt="none">
            {priorityLabel(directive.priority, lang)}
          </Badge>
        </Group>
        <Title order={1} className="tindak-page-title tindak-wrap">
          {directive.title}
        </Title>
        {directive.closedAt && directive.status === 'closed' && (
          <Text size="sm" c="dimmed">
            {t('directives.page.closedAt', { date: formatDateTime(directive.closedAt, lang) })}
          </Text>
        )}
      </Stack>
      <ShareMenu text={(context) => directiveShareText(directive, context)} />
      <Paper withBorder p="md">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <DetailItem label={t('directives.page.issuedBy')}>
              <Text>{directive.issuedBy.organization.name}</Text>
              {directive.issuedBy.person && (
                <Text size="sm" c="dimmed">
                  {directive.issuedBy.person.name}
                </Text>
              )}
            </DetailItem>
            <DetailItem label={t('directives.page.due')}>
              <Text>{formatCalendarDate(directive.dueOn, lang)}</Text>
            </DetailItem>
            <DetailItem label={t('directives.page.meeting')}>
              {meeting === null ? (
                <Text c="dimmed">{t('directives.page.noMeeting')}</Text>
              ) : meeting.outsideScope ? (
                <OutsideScopeRecord />
              ) : (
                <Anchor component={Link} to={pathTo('meeting', { id: meeting.id })}>
                  {meeting.title}
                </Anchor>
              )}
            </DetailItem>
          </SimpleGrid>
          {directive.instruction && (
            <DetailItem label={t('directives.page.instruction')}>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{directive.instruction}</Text>
            </DetailItem>
          )}
        </Stack>
      </Paper>
      <DirectiveActions directive={directive} />
      <Stack gap="sm" component="section" aria-labelledby="directive-offices-heading">
        <Title order={2} size="h3" id="directive-offices-heading">
          {t('directives.page.offices')}
        </Title>
        <DirectiveProgress counts={directive.counts} legend />
        {directive.officesOutsideScope > 0 && (
          <Text size="sm" c="dimmed">
            {t('directives.page.outsideScope', { count: directive.officesOutsideScope })}
          </Text>
        )}
        {directive.offices.length > 0 && <DirectiveOfficeTable rows={directive.offices} />}
      </Stack>
    </Stack>
  );
}
