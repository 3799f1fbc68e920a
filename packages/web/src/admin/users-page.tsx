import { Badge, Button, Group, Modal, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { formatDateTime, pathTo, type UserView } from '@tindak/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailAndRole } from '../account/email-and-role';
import { useTRPC } from '../api/trpc';
import { RequirePermission } from '../auth/not-allowed';
import { useLanguage } from '../i18n/use-language';
import { ListHeader, nextPageParam, PagedList } from '../kit/paged-list';
import { SearchField } from '../kit/search-field';
import { TableOrCards } from '../kit/table-or-cards';
import { searchText, urlCodec, useUrlFilters } from '../kit/url-filters';
import { useCurrentUser } from '../session/use-current-user';
import { EditUserForm } from './edit-user-form';
import { InviteUserForm } from './invite-user-form';
import { type UserAction, UserActionDialog, UserActionsMenu } from './user-actions';
import { type UserStatus, userStatus } from './user-options';

/** "/admin/pengguna": who can sign in, with which role and office; invite and edit. */
export function UsersPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission
      permission="users.manage"
      body={t('auth.notAllowedUsers')}
      backTo={pathTo('meetings')}
      backLabel={t('common.backToList')}
    >
      <UsersAdmin />
    </RequirePermission>
  );
}

function UsersAdmin() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('admin.users.title')} · ${t('app.name')}`);
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<UserView | null>(null);
  const [action, setAction] = useState<UserAction | null>(null);
  const inviteButton = useRef<HTMLButtonElement>(null);
  const [{ q }, setFilters] = useUrlFilters(userFilters);
  const setQ = (next: string) => setFilters({ q: next });

  const closeInvite = () => {
    setInviting(false);
    requestAnimationFrame(() => inviteButton.current?.focus());
  };

  return (
    <Stack gap="md">
      <ListHeader
        title={t('admin.users.title')}
        intro={t('admin.users.lead')}
        action={
          !inviting && (
            <Button ref={inviteButton} onClick={() => setInviting(true)}>
              {t('admin.invite.open')}
            </Button>
          )
        }
      />
      {inviting && (
        <Paper withBorder p="md" component="section" aria-labelledby="invite-heading">
          <Title order={2} size="h3" id="invite-heading" mb="sm">
            {t('admin.invite.title')}
          </Title>
          <InviteUserForm onDone={closeInvite} />
        </Paper>
      )}
      <UserSearch q={q} onSearch={setQ} />
      <UsersList q={q} onEdit={setEditing} onAction={setAction} />
      {/* The dialog gives focus back to the row's "Ubah" button when it closes. */}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('admin.edit.title')}
        closeButtonProps={{ 'aria-label': t('auth.closeDialog') }}
      >
        {editing && <EditUserForm key={editing.id} user={editing} onDone={() => setEditing(null)} />}
      </Modal>
      <UserActionDialog action={action} onClose={() => setAction(null)} />
    </Stack>
  );
}

/** The search in the address, Indonesian like the paths ("/admin/pengguna?cari=rina"). */
const userFilters = urlCodec({ q: searchText('cari', 200) });

/** Name or email; the address follows the field once typing pauses, so a search can be shared. */
function UserSearch({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  return (
    <SearchField
      q={q}
      onSearch={onSearch}
      maw={420}
      label={t('admin.users.search')}
      placeholder={t('admin.users.searchPlaceholder')}
      maxLength={200}
    />
  );
}

const statusColors: Record<UserStatus, string> = { active: 'teal', pending: 'yellow', inactive: 'gray' };

function StatusBadge({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const status = userStatus(user);
  return (
    // Never cut to "Ak…": the word is the information.
    <Badge color={statusColors[status]} variant="light" tt="none" miw="max-content">
      {t(`admin.status.${status}`)}
    </Badge>
  );
}

interface RowActionsProps {
  user: UserView;
  onEdit: (user: UserView) => void;
  onAction: (action: UserAction) => void;
}

function RowActions({ user, onEdit, onAction }: RowActionsProps) {
  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <EditButton user={user} onEdit={onEdit} />
      <UserActionsMenu user={user} onAction={onAction} />
    </Group>
  );
}

function EditButton({ user, onEdit }: { user: UserView; onEdit: (user: UserView) => void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-sm"
      variant="light"
      aria-label={t('admin.users.editNamed', { name: user.displayName })}
      onClick={() => onEdit(user)}
    >
      {t('admin.users.edit')}
    </Button>
  );
}

/**
 * Users come from the API this many at a time, in pages (a national admin oversees some 20,000),
 * so a long list never becomes thousands of table rows and cards at once.
 */
export const USERS_PAGE_SIZE = 50;

interface UsersListProps extends Omit<RowActionsProps, 'user'> {
  q: string;
}

/** The users matching the search, in pages. */
function UsersList({ q, onEdit, onAction }: UsersListProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const users = useInfiniteQuery(
    trpc.users.list.infiniteQueryOptions(
      { limit: USERS_PAGE_SIZE, q: q || undefined },
      {
        getNextPageParam: nextPageParam,
        // While the next search loads, the last answer stays instead of a flash of skeleton.
        placeholderData: keepPreviousData,
      },
    ),
  );

  return (
    <PagedList
      query={users}
      loadErrorTitle={t('admin.users.loadError')}
      skeleton={<Skeleton height={240} aria-busy="true" aria-label={t('common.loading')} />}
      empty={
        <Text c="dimmed" role="status">
          {q ? t('admin.users.noMatch', { q }) : t('admin.users.empty')}
        </Text>
      }
      shown={(count) => t('admin.users.shown', { count })}
      loadMoreLabel={t('admin.users.loadMore')}
    >
      {(shown) => <UserRows shown={shown} onEdit={onEdit} onAction={onAction} />}
    </PagedList>
  );
}

/** A table on wide screens; on phones a card per user, which reads without scrolling sideways. */
function UserRows({ shown, onEdit, onAction }: Omit<RowActionsProps, 'user'> & { shown: UserView[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const me = useCurrentUser();
  const lastSignIn = (user: UserView) =>
    user.lastSignInAt ? formatDateTime(user.lastSignInAt, lang, me.timeZone) : t('admin.users.neverSignedIn');
  const name = (user: UserView) => (
    <>
      {user.displayName}
      {user.id === me.id && (
        <Badge ml="xs" size="xs" variant="outline" tt="none">
          {t('admin.users.you')}
        </Badge>
      )}
    </>
  );
  return (
    <TableOrCards
      label={t('admin.users.list')}
      minWidth={800}
      headings={
        <>
          <Table.Th>
            {t('admin.users.name')} · {t('admin.users.email')}
          </Table.Th>
          <Table.Th>{t('admin.users.role')}</Table.Th>
          <Table.Th>{t('admin.users.office')}</Table.Th>
          <Table.Th>{t('admin.users.status')}</Table.Th>
          <Table.Th>{t('admin.users.lastSignIn')}</Table.Th>
        </>
      }
      actionsColumn={t('admin.users.actions')}
      items={shown}
      keyOf={(user) => user.id}
      cells={(user) => (
        <>
          <Table.Td>
            <Text size="sm" fw={600}>
              {name(user)}
            </Text>
            <Text size="sm" c="dimmed" className="tindak-wrap">
              {user.email}
            </Text>
          </Table.Td>
          <Table.Td>{t(`auth.roles.${user.role}`)}</Table.Td>
          <Table.Td>{user.organization.name}</Table.Td>
          <Table.Td>
            <StatusBadge user={user} />
          </Table.Td>
          <Table.Td>
            <Text size="sm">{lastSignIn(user)}</Text>
          </Table.Td>
          <Table.Td>
            <RowActions user={user} onEdit={onEdit} onAction={onAction} />
          </Table.Td>
        </>
      )}
      card={(user) => (
        <>
          <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
            <Text fw={600} className="tindak-wrap">
              {name(user)}
            </Text>
            <StatusBadge user={user} />
          </Group>
          <EmailAndRole user={user} />
          <Group justify="space-between" align="center" gap="xs" mt={4}>
            <Text size="xs" c="dimmed">
              {t('admin.users.lastSignIn')}: {lastSignIn(user)}
            </Text>
            <RowActions user={user} onEdit={onEdit} onAction={onAction} />
          </Group>
        </>
      )}
    />
  );
}
