import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { type DirectiveOfficeRow, formatCalendarDate, formatDateTime, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../i18n/use-language';
import { LabelledLine } from '../kit/detail-item';
import { TableOrCards } from '../kit/table-or-cards';
import { standingColor } from './directive-progress';

function StandingBadge({ row }: { row: DirectiveOfficeRow }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={standingColor[row.standing]} tt="none" style={{ flexShrink: 0 }}>
      {t(`directives.legend.${row.standing}`)}
    </Badge>
  );
}

/** Who holds the item: the office itself, or whom it was passed to. */
function Holder({ row }: { row: DirectiveOfficeRow }) {
  const { t } = useTranslation();
  if (!row.currentOwner)
    return (
      <Text size="sm" c="dimmed">
        {t('directives.table.same')}
      </Text>
    );
  const holder = [row.currentOwner.organization.name, row.currentOwner.person?.name]
    .filter(Boolean)
    .join(' · ');
  return <Text size="sm">{t('directives.table.passedTo', { holder })}</Text>;
}

/** Each office's item: a table at desk width, a card per office on a phone; each links to its item. */
export function DirectiveOfficeTable({ rows }: { rows: DirectiveOfficeRow[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const due = (row: DirectiveOfficeRow) => (
    <Text size="sm" c={row.standing === 'overdue' ? 'red.9' : undefined}>
      {formatCalendarDate(row.dueOn, lang)}
    </Text>
  );
  const updated = (row: DirectiveOfficeRow) => formatDateTime(row.lastUpdateAt, lang);
  const itemLink = (row: DirectiveOfficeRow) => pathTo('actionItem', { id: row.itemId });
  return (
    <TableOrCards
      label={t('directives.page.offices')}
      minWidth={820}
      actionsColumn={t('directives.table.actions')}
      items={rows}
      keyOf={(row) => row.itemId}
      headings={
        <>
          <Table.Th>{t('directives.table.office')}</Table.Th>
          <Table.Th>{t('directives.table.status')}</Table.Th>
          <Table.Th>{t('directives.table.progress')}</Table.Th>
          <Table.Th>{t('directives.table.due')}</Table.Th>
          <Table.Th>{t('directives.table.holder')}</Table.Th>
          <Table.Th>{t('directives.table.updated')}</Table.Th>
        </>
      }
      cells={(row) => (
        <>
          <Table.Td>
            <Text size="sm" fw={500}>
              {row.office.name}
            </Text>
            {row.region && (
              <Text size="xs" c="dimmed">
                {row.region.name}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <StandingBadge row={row} />
          </Table.Td>
          <Table.Td>{row.progress}%</Table.Td>
          <Table.Td>{due(row)}</Table.Td>
          <Table.Td>
            <Holder row={row} />
          </Table.Td>
          <Table.Td>
            <Text size="sm">{updated(row)}</Text>
          </Table.Td>
          <Table.Td>
            <Button
              component={Link}
              to={itemLink(row)}
              variant="subtle"
              size="xs"
              aria-label={t('directives.table.openItem', { office: row.office.name })}
            >
              {t('directives.table.open')}
            </Button>
          </Table.Td>
        </>
      )}
      card={(row) => (
        <Stack gap={4}>
          <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
            <Anchor component={Link} to={itemLink(row)} fw={600} className="tindak-wrap">
              {row.office.name}
            </Anchor>
            <StandingBadge row={row} />
          </Group>
          <LabelledLine label={t('directives.table.progress')}>{row.progress}%</LabelledLine>
          <LabelledLine label={t('directives.table.due')}>{due(row)}</LabelledLine>
          <Holder row={row} />
          <Text size="xs" c="dimmed">
            {t('directives.table.updated')}: {updated(row)}
          </Text>
        </Stack>
      )}
    />
  );
}
