import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { RegionCounts, RegionKind } from '@tindak/shared';
import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RegionHealthSummary } from './region-health';

interface RegionCardProps {
  region: { code: string; name: string; kind: RegionKind };
  counts: RegionCounts;
  /** For a province: it stands for the whole province, its regencies included. */
  whole?: boolean;
}

/** One region in the list: its name (the link to its page), kind and a compact health summary. */
export function RegionCard({ region, counts, whole = false }: RegionCardProps) {
  const { t } = useTranslation();
  return (
    <Card component="article" withBorder padding="md" h="100%">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Title order={2} size="h4" className="tindak-wrap">
            <Anchor component={Link} to={pathTo('region', { code: region.code })} inherit>
              {region.name}
            </Anchor>
          </Title>
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {whole ? t('regions.wholeProvince') : t(`regions.kind.${region.kind}`)}
          </Text>
        </Group>
        <RegionHealthSummary counts={counts} />
      </Stack>
    </Card>
  );
}
