import { Anchor, Badge, Button, Group, Menu, Table, Text } from '@mantine/core';
import { type DirectoryPerson, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableOrCards } from '../kit/table-or-cards';
import { usePersonKeeper } from './use-person-keeper';

export type PersonAction = { kind: 'edit' | 'merge'; person: DirectoryPerson };

interface PersonRowsProps {
  people: DirectoryPerson[];
  onAction: (action: PersonAction) => void;
}

function NameLink({ person }: { person: DirectoryPerson }) {
  return (
    <Anchor component={Link} to={pathTo('person', { personId: person.id })} fw={600} className="tindak-wrap">
      {person.fullName}
    </Anchor>
  );
}

function OfficeText({ person }: { person: DirectoryPerson }) {
  const { t } = useTranslation();
  return <>{person.organization?.name ?? t('people.noOffice')}</>;
}

function RegionText({ person }: { person: DirectoryPerson }) {
  const { t } = useTranslation();
  return <>{person.region?.name ?? t('people.noRegion')}</>;
}

/** "Has an account" and "merged into ...": what tells two namesakes apart. */
function Badges({ person }: { person: DirectoryPerson }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {person.userId && (
        <Badge color="blue" variant="light" tt="none">
          {t('people.hasAccount')}
        </Badge>
      )}
      {person.mergedInto && (
        <Badge color="gray" variant="light" tt="none" miw="max-content">
          {t('people.mergedInto', { name: person.mergedInto.fullName })}
        </Badge>
      )}
    </Group>
  );
}

/** Edit, and in a menu merge: only for people the user keeps, and not for a merged record. */
function RowActions({
  person,
  onAction,
}: {
  person: DirectoryPerson;
  onAction: PersonRowsProps['onAction'];
}) {
  const { t } = useTranslation();
  const keeps = usePersonKeeper();
  if (!keeps(person) || person.mergedInto) return null;
  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <Button
        size="compact-sm"
        variant="light"
        aria-label={t('people.editNamed', { name: person.fullName })}
        onClick={() => onAction({ kind: 'edit', person })}
      >
        {t('people.edit')}
      </Button>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button
            size="compact-sm"
            variant="subtle"
            aria-label={`${t('people.actions')}: ${person.fullName}`}
          >
            …
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => onAction({ kind: 'merge', person })}>
            {t('people.mergeNamed', { name: person.fullName })}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}

/** A table on wide screens; on phones a card per person, which reads without scrolling sideways. */
export function PersonRows({ people, onAction }: PersonRowsProps) {
  const { t } = useTranslation();
  return (
    <TableOrCards
      label={t('people.list')}
      minWidth={760}
      headings={
        <>
          <Table.Th>{t('people.name')}</Table.Th>
          <Table.Th>{t('people.office')}</Table.Th>
          <Table.Th>{t('people.region')}</Table.Th>
        </>
      }
      actionsColumn={t('people.actions')}
      items={people}
      keyOf={(person) => person.id}
      cells={(person) => (
        <>
          <Table.Td>
            <NameLink person={person} />
            {person.position && (
              <Text size="sm" c="dimmed" className="tindak-wrap">
                {person.position}
              </Text>
            )}
            {person.nip && (
              <Text size="sm" c="dimmed">
                {t('people.nip')} {person.nip}
              </Text>
            )}
            <Badges person={person} />
          </Table.Td>
          <Table.Td className="tindak-wrap">
            <OfficeText person={person} />
          </Table.Td>
          <Table.Td>
            <RegionText person={person} />
          </Table.Td>
          <Table.Td>
            <RowActions person={person} onAction={onAction} />
          </Table.Td>
        </>
      )}
      card={(person) => (
        <>
          <NameLink person={person} />
          <Text size="sm" c="dimmed" className="tindak-wrap">
            {[person.position, person.organization?.name ?? t('people.noOffice')].filter(Boolean).join(' · ')}{' '}
            · <RegionText person={person} />
          </Text>
          <Group justify="space-between" align="center" gap="xs" mt={4}>
            <Badges person={person} />
            <RowActions person={person} onAction={onAction} />
          </Group>
        </>
      )}
    />
  );
}
