import { Badge, Button, Group, Menu, Table, Text } from '@mantine/core';
import type { DirectoryOffice } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { TableOrCards } from '../kit/table-or-cards';
import { useOfficeKeeper } from './use-office-keeper';

export type OfficeAction = { kind: 'edit' | 'merge' | 'deactivate' | 'reactivate'; office: DirectoryOffice };

interface OfficeRowsProps {
  offices: DirectoryOffice[];
  onAction: (action: OfficeAction) => void;
}

function RegionText({ office }: { office: DirectoryOffice }) {
  const { t } = useTranslation();
  return <>{office.regionName ?? t('directory.noRegion')}</>;
}

function StateBadge({ office }: { office: DirectoryOffice }) {
  const { t } = useTranslation();
  if (office.active) return null;
  return (
    <Badge color="gray" variant="light" tt="none" miw="max-content">
      {office.mergedInto
        ? t('directory.mergedInto', { name: office.mergedInto.name })
        : t('directory.inactive')}
    </Badge>
  );
}

/** Edit, and in a menu merge and (de)activate: only for offices the user keeps. */
function RowActions({
  office,
  onAction,
}: {
  office: DirectoryOffice;
  onAction: OfficeRowsProps['onAction'];
}) {
  const { t } = useTranslation();
  const keeps = useOfficeKeeper();
  // A merged record's people and records live with the office kept: nothing to do with it.
  if (!keeps(office) || office.mergedInto) return null;
  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      {office.active && (
        <Button
          size="compact-sm"
          variant="light"
          aria-label={t('directory.editNamed', { name: office.name })}
          onClick={() => onAction({ kind: 'edit', office })}
        >
          {t('directory.edit')}
        </Button>
      )}
      <Menu position="bottom-end">
        <Menu.Target>
          <Button size="compact-sm" variant="subtle" aria-label={`${t('directory.actions')}: ${office.name}`}>
            …
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {office.active && (
            <Menu.Item onClick={() => onAction({ kind: 'merge', office })}>
              {t('directory.mergeNamed', { name: office.name })}
            </Menu.Item>
          )}
          <Menu.Item onClick={() => onAction({ kind: office.active ? 'deactivate' : 'reactivate', office })}>
            {office.active ? t('directory.deactivate') : t('directory.reactivate')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}

/** A table on wide screens; on phones a card per office, which reads without scrolling sideways. */
export function OfficeRows({ offices, onAction }: OfficeRowsProps) {
  const { t } = useTranslation();
  return (
    <TableOrCards
      label={t('directory.list')}
      minWidth={720}
      headings={
        <>
          <Table.Th>{t('directory.name')}</Table.Th>
          <Table.Th>{t('directory.kind')}</Table.Th>
          <Table.Th>{t('directory.region')}</Table.Th>
        </>
      }
      actionsColumn={t('directory.actions')}
      items={offices}
      keyOf={(office) => office.id}
      cells={(office) => (
        <>
          <Table.Td>
            <Text size="sm" fw={600} className="tindak-wrap">
              {office.name}
            </Text>
            {office.shortName && (
              <Text size="sm" c="dimmed">
                {office.shortName}
              </Text>
            )}
            <StateBadge office={office} />
          </Table.Td>
          <Table.Td>{t(`organizationKind.${office.kind}`)}</Table.Td>
          <Table.Td>
            <RegionText office={office} />
          </Table.Td>
          <Table.Td>
            <RowActions office={office} onAction={onAction} />
          </Table.Td>
        </>
      )}
      card={(office) => (
        <>
          <Text fw={600} className="tindak-wrap">
            {office.name}
          </Text>
          <Text size="sm" c="dimmed" className="tindak-wrap">
            {[office.shortName, t(`organizationKind.${office.kind}`)].filter(Boolean).join(' · ')} ·{' '}
            <RegionText office={office} />
          </Text>
          <Group justify="space-between" align="center" gap="xs" mt={4}>
            <StateBadge office={office} />
            <RowActions office={office} onAction={onAction} />
          </Group>
        </>
      )}
    />
  );
}
