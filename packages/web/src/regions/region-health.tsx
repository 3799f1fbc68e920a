import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import type { RegionCounts } from '@tindak/shared';
import { useTranslation } from 'react-i18next';

type RegionHealth = 'overdue' | 'at_risk' | 'on_track' | 'done' | 'none';

/** The worst state among a region's open follow-ups: what a head should look at first. */
export function regionHealth(items: RegionCounts['actionItems']): RegionHealth {
  if (items.total === 0) return 'none';
  if (items.overdue > 0) return 'overdue';
  if (items.atRisk > 0) return 'at_risk';
  return items.open > 0 ? 'on_track' : 'done';
}

const healthColor = {
  overdue: 'red',
  at_risk: 'yellow',
  on_track: 'teal',
  done: 'teal',
  none: 'gray',
} as const;
/** A mark besides the colour, as on the follow-up badges. */
const healthMark = { overdue: '!!', at_risk: '!', on_track: '✓', done: '✓', none: '–' } as const;

export function RegionHealthBadge({ items }: { items: RegionCounts['actionItems'] }) {
  const { t } = useTranslation();
  const health = regionHealth(items);
  return (
    <Badge
      variant="light"
      color={healthColor[health]}
      tt="none"
      leftSection={<span aria-hidden="true">{healthMark[health]}</span>}
      c={health === 'at_risk' ? 'yellow.9' : undefined}
      // Narrow cards at 360 px: let the words wrap rather than cut them off.
      h="auto"
      styles={{ label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' } }}
      style={{ flexShrink: 0 }}
    >
      {t(`regions.health.${health}`)}
    </Badge>
  );
}

/** Completion bar and the counts behind the badge, compact enough for a card at 360 px. */
export function RegionHealthSummary({ counts }: { counts: RegionCounts }) {
  const { t } = useTranslation();
  const items = counts.actionItems;
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <RegionHealthBadge items={items} />
        {items.completionPercent !== null && (
          <Text size="sm" fw={500}>
            {t('regions.completionValue', { percent: items.completionPercent })}
          </Text>
        )}
      </Group>
      {items.completionPercent !== null && (
        <Progress
          value={items.completionPercent}
          size="sm"
          color="teal"
          aria-label={`${t('regions.completion')}: ${items.completionPercent}%`}
        />
      )}
      <Text size="xs" c="dimmed" className="tindak-wrap">
        {[
          `${t('regions.meetings')} ${counts.meetings}`,
          `${t('regions.commitments')} ${counts.commitments.total}`,
          items.total > 0 ? t('regions.openCount', { count: items.open }) : t('regions.noItems'),
          items.overdue > 0 ? t('regions.overdueCount', { count: items.overdue }) : null,
          items.atRisk > 0 ? t('regions.atRiskCount', { count: items.atRisk }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Stack>
  );
}
