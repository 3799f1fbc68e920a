import { Button, Checkbox, Group, NativeSelect, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';
import { type Role, type UserListOutput, type UserView, userUpdateInput } from '@tindak/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, fieldIssues } from '../api/errors';
import { useTRPC } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';
import { placeFieldIssues, placeSaveError } from '../kit/form/save-errors';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useSaveFeedback } from '../kit/form/use-save-feedback';
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

/** An email already in use is a CONFLICT about the email field, not about the version. */
function isTakenEmail(error: unknown): boolean {
  return errorCode(error) === 'CONFLICT' && fieldIssues(error).some((issue) => issue.path === 'email');
}

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
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  const feedback = useSaveFeedback<UserView>();
  const { organizations } = useOrganizations();
  const officeSelect = useMemo(() => organizationSelectProps(organizations), [organizations]);
  const update = useMutation(trpc.users.update.mutationOptions());
  // Moves on when the latest version is loaded after a CONFLICT, while the typed values stay.
  const [base, setBase] = useState(user);
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const activeBox = useRef<HTMLInputElement>(null);
  // The server refuses these for one's own account; say so rather than offer them.
  const isSelf = user.id === me.id;

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const toInput = (values: EditValues) => ({
    id: user.id,
    version: base.version,
    ...values,
    organizationId: values.organizationId ?? '',
  });

  const form = useForm<EditValues>({
    mode: 'controlled',
    initialValues: {
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      organizationId: user.organization.id,
      active: user.active,
    },
    validate: (values) =>
      schemaErrors(userUpdateInput, toInput(values), lang, { organizationId: !values.organizationId }),
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

  const save = async (values: EditValues) => {
    feedback.clear();
    // Ending someone's access is asked about once; everything else saves at once.
    if (base.active && !values.active && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    try {
      const saved = await update.mutateAsync(toInput(values));
      replaceInList(saved);
      notifications.show({ color: 'teal', message: t('admin.edit.saved', { name: saved.displayName }) });
      onDone();
    } catch (error) {
      const shown = (path: string) => editFields.has(path);
      const placed = isTakenEmail(error)
        ? placeFieldIssues<UserView>(error, shown, t('common.networkError'))
        : placeSaveError(error, shown, t('common.networkError'), parseUser);
      form.setErrors(placed.fieldErrors);
      feedback.failed(placed);
    }
  };

  const reload = (current: UserView) => {
    setBase(current);
    replaceInList(current);
    feedback.reloaded(t('meetingRecord.conflict.reloadedForm'));
  };

  return (
    <form
      ref={feedback.formRef}
      noValidate
      aria-label={t('admin.edit.title')}
      onSubmit={form.onSubmit(save, () => feedback.invalid())}
    >
      <Stack gap="sm">
        <TextInput label={t('admin.edit.name')} required {...form.getInputProps('displayName')} />
        <TextInput
          label={t('admin.edit.email')}
          description={isSelf ? t('admin.edit.emailSelfHint') : t('admin.edit.emailHint')}
          type="email"
          required
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
                <Button ref={confirmButton} type="submit" color="red" loading={update.isPending}>
                  {t('admin.edit.confirmYes')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ) : (
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('admin.edit.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('admin.edit.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
