import { Button, Checkbox, Group, NativeSelect, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';
import { type Role, type UserListOutput, type UserView, userUpdateInput } from '@tindak/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { EmailInput } from '../kit/form/email-input';
import { FormButtons } from '../kit/form/form-buttons';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { organizationSelectProps, useOrganizations } from '../organizations/use-organizations';
import { useCurrentUser } from '../session/use-current-user';
import { parseUser, roleHint, roleOptions } from './user-options';

interface EditValues {
  email: string;
  displayName: string;
  role: Role;
  organizationId: string | null;
  active: boolean;
}

const editFields = new Set(['email', 'displayName', 'role', 'organizationId', 'active']);

interface EditUserFormProps {
  user: UserView;
  onDone: () => void;
}

/**
 * Email, name, role, office and whether the account may sign in; deactivating asks once. A new
 * email signs the user out everywhere (the server does it); the form says so beforehand.
 */
export function EditUserForm({ user, onDone }: EditUserFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  const { organizations } = useOrganizations();
  const officeSelect = useMemo(() => organizationSelectProps(organizations), [organizations]);
  const update = useMutation(trpc.users.update.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  // Whether the account could sign in in the version the form saves over (moves on after a reload).
  const wasActive = useRef(user.active);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const activeBox = useRef<HTMLInputElement>(null);
  // The server refuses these for one's own account; say so rather than offer them.
  const isSelf = user.id === me.id;

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const toInput = (values: EditValues, version: number) => ({
    id: user.id,
    version,
    ...values,
    organizationId: values.organizationId ?? '',
  });

  // Every loaded page of every search the list has shown: the saved user replaces the old row.
  const replaceInList = (next: UserView) =>
    queryClient.setQueriesData<InfiniteData<UserListOutput>>(trpc.users.list.infiniteQueryFilter(), (list) =>
      list
        ? {
            ...list,
            pages: list.pages.map((page) => ({
              ...page,
              items: page.items.map((u) => (u.id === next.id ? next : u)),
            })),
          }
        : list,
    );

  // After a CONFLICT the latest version is taken, while the typed values stay.
  const { form, feedback, formProps, submitting, reload } = useSaveForm<EditValues, UserView>({
    initialValues: {
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      organizationId: user.organization.id,
      active: user.active,
    },
    validate: (values, lang) =>
      schemaErrors(userUpdateInput, toInput(values, user.version), lang, {
        organizationId: !values.organizationId,
      }),
    isShown: (path) => editFields.has(path),
    parseCurrent: parseUser,
    version: user.version,
    versionOf: (saved) => saved.version,
    // Ending someone's access is asked about once; everything else saves at once.
    shouldSave: (values) => {
      const asking = wasActive.current && !values.active && !confirming;
      setConfirming(asking);
      return !asking;
    },
    save: (values, context) => update.mutateAsync(toInput(values, context.version)),
    onSaved: (saved) => {
      replaceInList(saved);
      notifications.show({ color: 'teal', message: t('admin.edit.saved', { name: saved.displayName }) });
      onDone();
    },
    onReload: (current) => {
      wasActive.current = current.active;
      replaceInList(current);
    },
  });

  return (
    <form {...formProps} aria-label={t('admin.edit.title')}>
      <Stack gap="sm">
        <TextInput label={t('admin.edit.name')} required {...form.getInputProps('displayName')} />
        <EmailInput
          label={t('admin.edit.email')}
          description={isSelf ? t('admin.edit.emailSelfHint') : t('admin.edit.emailHint')}
          autoComplete="off"
          {...form.getInputProps('email')}
        />
        <NativeSelect
          label={t('admin.edit.role')}
          description={isSelf ? t('admin.edit.selfHint') : roleHint(t, form.values.role)}
          required
          disabled={isSelf}
          data={roleOptions(t)}
          {...form.getInputProps('role')}
        />
        <Select
          label={t('admin.edit.office')}
          description={t('admin.invite.officeHint')}
          required
          {...officeSelect}
          searchable
          nothingFoundMessage={t('admin.invite.noOfficeMatches')}
          {...form.getInputProps('organizationId')}
        />
        <Checkbox
          ref={activeBox}
          label={t('admin.edit.active')}
          description={t('admin.edit.activeHint')}
          disabled={isSelf}
          {...form.getInputProps('active', { type: 'checkbox' })}
          onChange={(event) => {
            form.setFieldValue('active', event.currentTarget.checked);
            setConfirming(false);
          }}
        />
        <SaveProblemAlert feedback={feedback} notSavedTitle={t('admin.edit.notSaved')} onReload={reload} />
        {confirming ? (
          <Paper withBorder p="sm" role="group" aria-label={t('admin.edit.confirmDeactivate')}>
            <Stack gap="sm">
              <Text fw={600}>{t('admin.edit.confirmDeactivate')}</Text>
              <Group justify="flex-end" gap="sm">
                <Button
                  variant="default"
                  onClick={() => {
                    form.setFieldValue('active', true);
                    setConfirming(false);
                    activeBox.current?.focus();
                  }}
                >
                  {t('admin.edit.confirmNo')}
                </Button>
                <Button ref={confirmButton} type="submit" color="red" loading={submitting}>
                  {t('admin.edit.confirmYes')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ) : (
          <FormButtons
            cancelLabel={t('admin.edit.cancel')}
            onCancel={onDone}
            submitLabel={t('admin.edit.save')}
            submitting={submitting}
          />
        )}
      </Stack>
    </form>
  );
}
