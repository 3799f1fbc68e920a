import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { formatCalendarDate, type IndicatorWork, pathTo, statusLabel } from '@tindak/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionItemStatusBadge } from '../../action-items/shared/badges';
import { isActionItemStatus } from '../../action-items/shared/options';
import { isCommitmentStatus } from '../../commitments/tracker/tracker-filters';
import { useLanguage } from '../../i18n/use-language';
import { FollowUpStatusBadge } from '../../kit/status-badge';

/** The action items' own badge for an item, the follow-ups' for a commitment; the status arrives as text. */
function StatusOf({ kind, status }: Pick<IndicatorWork, 'kind' | 'status'>) {
  const lang = useLanguage();
  if (kind === 'actionItem' && isActionItemStatus(status)) return <ActionItemStatusBadge status={status} />;
  if (kind === 'commitment' && isCommitmentStatus(status)) return <FollowUpStatusBadge status={status} />;
  return (
    <Badge variant="light" color="gray" tt="none">
      {statusLabel(status, lang)}
    </Badge>
  );
}

/** The action items and commitments meant to move this indicator in this region. */
export function WorkList({ work }: { work: IndicatorWork[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = useId();
  return (
    <Stack gap={6} component="section" aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId}>
        {t('indicatorViews.series.work')}
      </Title>
      {work.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('indicatorViews.series.noWork')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" className="tindak-plain-list">
          {work.map((item) => (
            <li key={`${item.kind}:${item.id}`}>
              <Stack gap={2}>
                <Group gap={6} wrap="wrap">
                  <Badge variant="outline" color="gray" tt="none">
                    {t(`indicatorViews.series.${item.kind}`)}
                  </Badge>
                  <StatusOf kind={item.kind} status={item.status} />
                </Group>
                <Anchor
                  component={Link}
                  to={pathTo(item.kind, { id: item.id })}
                  size="sm"
                  fw={500}
                  className="tindak-wrap"
                >
                  {item.title}
                </Anchor>
                <Text size="xs" c="dimmed" className="tindak-wrap">
                  {[
                    item.dueOn
                      ? t('indicatorViews.series.due', { date: formatCalendarDate(item.dueOn, lang) })
                      : null,
                    item.ownerOffice,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
