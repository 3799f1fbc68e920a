import { Anchor, Text } from '@mantine/core';
import { type IndicatorLink, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Mendorong indikator: SPBE — Kabupaten Kerinci", linking to the indicator's page; nothing without one. */
export function IndicatorLinkLine({ link }: { link: IndicatorLink | null | undefined }) {
  const { t } = useTranslation();
  if (!link) return null;
  const name = link.region ? `${link.name} — ${link.region.name}` : link.name;
  return (
    <Text size="sm">
      {t('indicatorLinks.moves')}{' '}
      <Anchor component={Link} to={pathTo('indicator', { id: link.id })} inherit>
        {name}
      </Anchor>
    </Text>
  );
}
