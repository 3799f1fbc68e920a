import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type ActionItemSummary, formatCalendarDate, linkTitle, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n/use-language';
import { ActionItemStatusBadge, HealthBadge, PriorityBadge, ProgressBar } from '../shared/badges';
import { DirectiveLabel } from './directive-spread';

interface ActionItemCardProps {
  item: ActionItemSummary;
  /**
   * On the board: the column already says the status, the heading sits one level deeper, and the
   * narrow card keeps to what, whose, by when and how far.
   */
  compact?: boolean;
}

/** One follow-up in the list or on the board: what, whose, by when, how far. */
export function ActionItemCard({ item, compact = false }: ActionItemCardProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const owner = item.ownerPerson
    ? `${item.ownerOrganization.name} · ${item.ownerPerson.name}`
    : item.ownerOrganization.name;
  const due = t('actionItems.item.due', { date: formatCalendarDate(item.dueOn, lang) });
  const urgent = item.priority === 'high' || item.priority === 'urgent';

  if (compact) {
    return (
      <Card component="article" withBorder padding="xs">
        <Stack gap={4}>
          {(item.health || urgent) && (
            <Group gap={4}>
              <HealthBadge health={item.health} />
              {urgent && <PriorityBadge priority={item.priority} short />}
            </Group>
          )}
          <Title order={3} size="h6" className="tindak-wrap">
            <Anchor component={Link} to={pathTo('actionItem', { id: item.id })} inherit>
              {item.title}
            </Anchor>
          </Title>
          <Text size="xs" fw={500}>
            {due}
          </Text>
          <Text size="xs" c="dimmed" className="tindak-wrap">
            {owner}
          </Text>
          {item.directive && <DirectiveLabel directive={item.directive} />}
          <ProgressBar value={item.progress} size="sm" />
        </Stack>
      </Card>
    );
  }

  const context = [
    item.region?.name,
    item.meeting ? t('actionItems.item.meeting', { title: linkTitle(item.meeting, lang) }) : null,
  ].filter(Boolean);

  return (
    <Card component="article" withBorder padding="md">
      <Stack gap={6}>
        <Group gap={6}>
          <ActionItemStatusBadge status={item.status} />
          <HealthBadge health={item.health} />
          <PriorityBadge priority={item.priority} />
        </Group>
        <Title order={2} size="h4" className="tindak-wrap">
          <Anchor component={Link} to={pathTo('actionItem', { id: item.id })} inherit>
            {item.title}
          </Anchor>
        </Title>
        <Text size="sm" fw={500}>
          {due}
        </Text>
        <Text size="sm" className="tindak-wrap">
          {t('actionItems.item.owner', { owner })}
        </Text>
        <Text size="sm" c="dimmed" className="tindak-wrap">
          {context.join(' · ') || t('common.noRegion')}
        </Text>
        {item.directive && <DirectiveLabel directive={item.directive} />}
        <ProgressBar value={item.progress} />
      </Stack>
    </Card>
  );
}
