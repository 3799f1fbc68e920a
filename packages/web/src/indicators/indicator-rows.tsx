import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { type IndicatorSummary, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableOrCards } from '../kit/table-or-cards';

/** "11 wilayah · 3 di bawah target" (or "di atas" where lower is better), or that nothing is recorded. */
function Standing({ indicator }: { indicator: IndicatorSummary }) {
  const { t } = useTranslation();
  if (!indicator.latestPeriod) return <>{t('indicators.noValues')}</>;
  const words =
    indicator.direction === 'higher_is_better' ? 'indicators.standingBelow' : 'indicators.standingAbove';
  return <>{t(words, { regions: indicator.regionsWithValue, off: indicator.offTarget })}</>;
}

function NameLink({ indicator }: { indicator: IndicatorSummary }) {
  const { t } = useTranslation();
  return (
    <>
      <Anchor
        component={Link}
        to={pathTo('indicator', { id: indicator.id })}
        fw={600}
        className="tindak-wrap"
      >
        {indicator.name}
      </Anchor>
      {!indicator.active && (
        <Badge color="gray" variant="light" tt="none" ml="xs">
          {t('indicators.inactive')}
        </Badge>
      )}
    </>
  );
}

/** A table on wide screens; on phones a card per indicator, which reads without scrolling sideways. */
export function IndicatorRows({ indicators }: { indicators: IndicatorSummary[] }) {
  const { t } = useTranslation();
  return (
    <TableOrCards
      label={t('indicators.list')}
      minWidth={880}
      headings={
        <>
          <Table.Th>{t('indicators.name')}</Table.Th>
          <Table.Th>{t('indicators.unitColumn')}</Table.Th>
          <Table.Th>{t('indicators.periodColumn')}</Table.Th>
          <Table.Th>{t('indicators.keeper')}</Table.Th>
          <Table.Th>{t('indicators.latest')}</Table.Th>
          <Table.Th>{t('indicators.standing')}</Table.Th>
        </>
      }
      actionsColumn={t('indicators.actions')}
      items={indicators}
      keyOf={(indicator) => indicator.id}
      cells={(indicator) => (
        <>
          <Table.Td>
            <NameLink indicator={indicator} />
          </Table.Td>
          <Table.Td>{t(`indicators.unit.${indicator.unit}`)}</Table.Td>
          <Table.Td>{t(`indicators.periodKind.${indicator.periodKind}`)}</Table.Td>
          <Table.Td className="tindak-wrap">{indicator.responsibleOffice.name}</Table.Td>
          <Table.Td>{indicator.latestPeriod ?? '–'}</Table.Td>
          <Table.Td>
            <Standing indicator={indicator} />
          </Table.Td>
          <Table.Td>
            <Button
              component={Link}
              to={pathTo('indicator', { id: indicator.id })}
              size="compact-sm"
              variant="light"
              aria-label={t('indicators.openNamed', { name: indicator.name })}
            >
              {t('indicators.open')}
            </Button>
          </Table.Td>
        </>
      )}
      card={(indicator) => (
        <>
          <NameLink indicator={indicator} />
          <Text size="sm" c="dimmed" className="tindak-wrap">
            {t(`indicators.unit.${indicator.unit}`)} · {t(`indicators.periodKind.${indicator.periodKind}`)} ·{' '}
            {indicator.responsibleOffice.name}
          </Text>
          <Text size="sm">
            {indicator.latestPeriod && `${indicator.latestPeriod}: `}
            <Standing indicator={indicator} />
          </Text>
        </>
      )}
    />
  );
}
