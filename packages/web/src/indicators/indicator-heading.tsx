import { Anchor, Badge, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { type Indicator, pathTo } from '@tindak/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../i18n/use-language';
import { BandBadge } from './band-badge';
import { formatNumber } from './format-value';

/**
 * The top of an indicator's page: its name and description, what it counts and which way is
 * better, its keeper, and its scale with the bands coloured, with where the bands come from.
 */
export function IndicatorHeading({ indicator, actions }: { indicator: Indicator; actions: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Breadcrumbs aria-label={t('indicators.page.breadcrumb')} separator="›">
        <Anchor component={Link} to={pathTo('indicators')} size="sm">
          {t('indicators.title')}
        </Anchor>
        <Text size="sm" aria-current="page" className="tindak-wrap">
          {indicator.name}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={1} className="tindak-page-title tindak-wrap">
          {indicator.name}
        </Title>
        {actions}
      </Group>
      {indicator.description && (
        <Text maw={720} className="tindak-wrap" style={{ whiteSpace: 'pre-line' }}>
          {indicator.description}
        </Text>
      )}
      <Group gap="xs">
        <Badge variant="light" color="gray" tt="none">
          {t(`indicators.unit.${indicator.unit}`)}
        </Badge>
        <Badge variant="light" color="gray" tt="none">
          {t(`indicators.periodKind.${indicator.periodKind}`)}
        </Badge>
        <Badge variant="light" color="indigo" tt="none">
          {t(`indicators.direction.${indicator.direction}`)}
        </Badge>
        {!indicator.active && (
          <Badge variant="light" color="gray" tt="none">
            {t('indicators.inactive')}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" className="tindak-wrap">
        {t('indicators.page.keptBy', { name: indicator.responsibleOffice.name })}
      </Text>
      <Scale indicator={indicator} />
    </Stack>
  );
}

function Scale({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { scaleMin, scaleMax, bands } = indicator;
  if (bands.length === 0 && (scaleMin === null || scaleMax === null)) return null;
  return (
    <Stack gap={4} component="section" aria-label={t('indicators.page.bands')}>
      {scaleMin !== null && scaleMax !== null && (
        <Text size="sm">
          {t('indicators.page.scale', {
            min: formatNumber(scaleMin, lang),
            max: formatNumber(scaleMax, lang),
          })}
        </Text>
      )}
      {bands.length > 0 && (
        <Group gap="xs" component="ul" className="tindak-plain-list">
          {bands.map((band) => (
            <Group key={band.label} component="li" gap={4} wrap="nowrap">
              <BandBadge band={band} />
              <Text size="xs" c="dimmed">
                {t('indicators.page.bandRange', {
                  from: formatNumber(band.from, lang),
                  to: formatNumber(band.to, lang),
                })}
              </Text>
            </Group>
          ))}
        </Group>
      )}
      {indicator.bandsSource && (
        <Text size="xs" c="dimmed" className="tindak-wrap">
          {t('indicators.page.bandsSource', { source: indicator.bandsSource })}
        </Text>
      )}
    </Stack>
  );
}
