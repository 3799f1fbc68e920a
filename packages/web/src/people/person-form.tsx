import { Alert, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type DirectoryPerson, directoryPersonSchema, knowsNips, personCreateInput } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { FormButtons } from '../kit/form/form-buttons';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { OfficeSelect } from '../records/office-select';
import { useSession } from '../session/use-current-user';
import { useSeesNip } from './use-person-keeper';

interface PersonValues {
  fullName: string;
  position: string;
  organizationId: string | null;
  nip: string;
}

const personFields = new Set(['fullName', 'position', 'organizationId', 'nip']);

function parsePerson(value: unknown): DirectoryPerson | null {
  const parsed = directoryPersonSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const valuesOf = (person: DirectoryPerson): PersonValues => ({
  fullName: person.fullName,
  position: person.position ?? '',
  organizationId: person.organization?.id ?? null,
  nip: person.nip ?? '',
});

interface PersonFormProps {
  /** The person to edit; without one, a new person is added. */
  person?: DirectoryPerson;
  onDone: () => void;
}

/**
 * Add or edit a person: name (with titles, as written), position, office, and the NIP for those who
 * may see it (`seesNip`; others never receive it, and the form sends none, so it is kept). The name
 * and office of a person with an account are the account's: shown, not editable here. An edit goes
 * with the version it was opened at: a change in the meantime is offered as a conflict.
 */
export function PersonForm({ person, onDone }: PersonFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const role = useSession().data?.user?.role;
  const seesNip = useSeesNip();
  const showsNip = person ? seesNip(person) : role !== undefined && knowsNips(role);
  const fromAccount = Boolean(person?.userId);
  const create = useMutation(trpc.people.create.mutationOptions());
  const update = useMutation(trpc.people.update.mutationOptions());

  const { form, feedback, formProps, submitting, reload } = useSaveForm<PersonValues, DirectoryPerson>({
    initialValues: person ? valuesOf(person) : { fullName: '', position: '', organizationId: null, nip: '' },
    validate: (values, lang) =>
      schemaErrors(personCreateInput, { ...values, nip: showsNip ? values.nip : null }, lang),
    isShown: (path) => personFields.has(path),
    parseCurrent: parsePerson,
    version: person?.version,
    versionOf: (saved) => saved.version,
    valuesOf,
    save: async (values, context) => {
      const nip = showsNip ? values.nip : undefined;
      if (person) return update.mutateAsync({ id: person.id, version: context.version, ...values, nip });
      const created = await create.mutateAsync({ ...values, nip, idempotencyKey: context.idempotencyKey });
      return { ...created, region: null, mergedInto: null, version: 1 };
    },
    onSaved: (saved) => {
      void queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() });
      notifications.show({
        color: 'teal',
        message: t(person ? 'people.saved' : 'people.created', { name: saved.fullName }),
      });
      onDone();
    },
  });

  return (
    <form {...formProps} aria-label={person ? t('people.editTitle') : t('people.addTitle')}>
      <Stack gap="sm">
        {fromAccount && (
          <Alert color="gray" variant="light">
            {t('people.accountKeepsName')}
          </Alert>
        )}
        <TextInput
          label={t('people.nameLabel')}
          description={t('people.nameHint')}
          placeholder={t('people.namePlaceholder')}
          required
          maxLength={200}
          readOnly={fromAccount}
          {...form.getInputProps('fullName')}
        />
        <TextInput
          label={t('people.positionLabel')}
          placeholder={t('people.positionPlaceholder')}
          maxLength={200}
          {...form.getInputProps('position')}
        />
        <OfficeSelect
          label={t('people.officeLabel')}
          disabled={fromAccount}
          {...form.getInputProps('organizationId')}
        />
        {showsNip && (
          <TextInput
            label={t('people.nipLabel')}
            description={t('people.nipHint')}
            inputMode="numeric"
            maxLength={24}
            {...form.getInputProps('nip')}
          />
        )}
        <SaveProblemAlert feedback={feedback} notSavedTitle={t('people.notSaved')} onReload={reload} />
        <FormButtons
          cancelLabel={t('people.cancel')}
          onCancel={onDone}
          submitLabel={t('people.save')}
          submitting={submitting}
        />
      </Stack>
    </form>
  );
}
