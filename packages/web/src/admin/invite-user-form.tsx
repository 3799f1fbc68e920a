import { Button, NativeSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Language, type Role, userInviteInput } from '@tindak/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { EmailInput } from '../kit/form/email-input';
import { FormButtons } from '../kit/form/form-buttons';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { PersonSelect } from '../kit/person-select';
import { organizationSelectProps, useOrganizations } from '../organizations/use-organizations';
import { LinkIssued } from './invite-link';
import { languageOptions, roleHint, roleOptions } from './user-options';

interface InviteValues {
  email: string;
  displayName: string;
  role: Role | '';
  organizationId: string | null;
  personId: string | null;
  language: Language;
}

const inviteFields = new Set(['email', 'displayName', 'role', 'organizationId', 'personId', 'language']);

function toInput(values: InviteValues) {
  return { ...values, organizationId: values.organizationId ?? '' };
}

interface Invited {
  name: string;
  email: string;
  link: string;
}

/**
 * "Undang pengguna": creates the account, which mails the invitation, and shows its one-time
 * link as well, for when the mail does not arrive (or there is no mail server yet).
 */
export function InviteUserForm({ onDone }: { onDone: () => void }) {
  const [invited, setInvited] = useState<Invited | null>(null);
  const [round, setRound] = useState(0);
  if (invited) {
    return (
      <InviteResult
        invited={invited}
        onAnother={() => {
          setInvited(null);
          setRound((n) => n + 1);
        }}
        onDone={onDone}
      />
    );
  }
  return <InviteForm key={round} onInvited={setInvited} onCancel={onDone} />;
}

function InviteForm({ onInvited, onCancel }: { onInvited: (i: Invited) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { organizations } = useOrganizations();
  const officeSelect = useMemo(() => organizationSelectProps(organizations), [organizations]);
  const invite = useMutation(trpc.users.invite.mutationOptions());

  // An email already in use is a CONFLICT about the email field: it goes next to that field.
  const { form, feedback, formProps, submitting } = useSaveForm<InviteValues, Invited>({
    initialValues: {
      email: '',
      displayName: '',
      role: '',
      organizationId: null,
      personId: null,
      language: 'id',
    },
    validate: (values, lang) =>
      schemaErrors(userInviteInput, toInput(values), lang, {
        role: !values.role,
        organizationId: !values.organizationId,
      }),
    isShown: (path) => inviteFields.has(path),
    save: async (values) => {
      const { role, organizationId } = values;
      // Checked by the form already; this only tells the compiler.
      if (!role || !organizationId) throw new Error('checked by the form');
      const { user, link } = await invite.mutateAsync({ ...values, role, organizationId });
      return { name: user.displayName, email: user.email, link };
    },
    onSaved: (invited) => {
      void queryClient.invalidateQueries(trpc.users.list.pathFilter());
      onInvited(invited);
    },
  });

  return (
    <form {...formProps} aria-label={t('admin.invite.title')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('admin.invite.name')}
            placeholder={t('admin.invite.namePlaceholder')}
            required
            autoComplete="off"
            {...form.getInputProps('displayName')}
          />
          <EmailInput label={t('admin.invite.email')} autoComplete="off" {...form.getInputProps('email')} />
          <NativeSelect
            label={t('admin.invite.role')}
            description={roleHint(t, form.values.role)}
            required
            data={[
              { value: '', label: t('admin.invite.rolePlaceholder'), disabled: true },
              ...roleOptions(t),
            ]}
            {...form.getInputProps('role')}
          />
          <Select
            label={t('admin.invite.office')}
            description={t('admin.invite.officeHint')}
            placeholder={t('admin.invite.officePlaceholder')}
            required
            {...officeSelect}
            searchable
            clearable
            nothingFoundMessage={t('admin.invite.noOfficeMatches')}
            {...form.getInputProps('organizationId')}
            onChange={(value) => {
              form.setFieldValue('organizationId', value);
              // The person chosen belongs to the previous office.
              form.setFieldValue('personId', null);
            }}
          />
          <PersonSelect
            label={t('admin.invite.person')}
            description={t('admin.invite.personHint')}
            organizationId={form.values.organizationId}
            value={form.values.personId}
            onChange={(value) => form.setFieldValue('personId', value)}
            error={form.errors.personId as string | undefined}
          />
          <NativeSelect
            label={t('admin.invite.language')}
            data={languageOptions(t)}
            {...form.getInputProps('language')}
          />
        </SimpleGrid>
        <SaveProblemAlert
          feedback={feedback}
          notSavedTitle={t('admin.invite.notSaved')}
          onReload={() => {}}
        />
        <FormButtons
          cancelLabel={t('admin.invite.cancel')}
          onCancel={onCancel}
          submitLabel={t('admin.invite.submit')}
          submitting={submitting}
        />
      </Stack>
    </form>
  );
}

interface InviteResultProps {
  invited: Invited;
  onAnother: () => void;
  onDone: () => void;
}

/** The one-time link, selectable and copyable, with what to do with it. */
function InviteResult({ invited, onAnother, onDone }: InviteResultProps) {
  const { t } = useTranslation();
  return (
    <LinkIssued
      title={t('admin.invite.doneTitle', { name: invited.name })}
      body={t('admin.invite.doneBody', { name: invited.name, email: invited.email })}
      link={invited.link}
    >
      <Button variant="default" onClick={onAnother}>
        {t('admin.invite.another')}
      </Button>
      <Button variant="default" onClick={onDone}>
        {t('admin.invite.close')}
      </Button>
    </LinkIssued>
  );
}
