import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type DirectoryOffice,
  directoryOfficeSchema,
  type OrganizationKind,
  officeLetterheadInput,
  organizationCreateInput,
  organizationKinds,
} from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { FormButtons } from '../kit/form/form-buttons';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { LetterheadFields, type LetterheadValues, letterheadValuesOf } from '../letters/letterhead-fields';
import { RegionSelect } from '../regions/region-select';

interface OfficeValues {
  name: string;
  shortName: string;
  kind: OrganizationKind;
  regionCode: string | null;
  /** Issue 19: the kop surat and paper, edited with an existing office. */
  letterhead?: LetterheadValues;
}

const officeFields = new Set([
  'name',
  'shortName',
  'kind',
  'regionCode',
  'letterhead.paperSize',
  'letterhead.government',
  'letterhead.address',
  'letterhead.phone',
  'letterhead.email',
  'letterhead.website',
]);

const officeInput = organizationCreateInput.extend({ letterhead: officeLetterheadInput.optional() });

function parseOffice(value: unknown): DirectoryOffice | null {
  const parsed = directoryOfficeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const valuesOf = (office: DirectoryOffice): OfficeValues => ({
  name: office.name,
  shortName: office.shortName ?? '',
  kind: office.kind,
  regionCode: office.regionCode,
  letterhead: letterheadValuesOf(office.letterhead),
});

interface OfficeFormProps {
  /** The office to edit; without one, a new office is added. */
  office?: DirectoryOffice;
  onDone: () => void;
}

/**
 * Add or edit an office: official name, the short name people say, kind and region (empty for a
 * national body). An edit goes with the version it was opened at: someone else's change in the
 * meantime is offered as a conflict, not overwritten.
 */
export function OfficeForm({ office, onDone }: OfficeFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.organizations.create.mutationOptions());
  const update = useMutation(trpc.organizations.update.mutationOptions());

  const { form, feedback, formProps, submitting, reload } = useSaveForm<OfficeValues, DirectoryOffice>({
    initialValues: office
      ? valuesOf(office)
      : { name: '', shortName: '', kind: 'diskominfo', regionCode: null },
    validate: (values, lang) => schemaErrors(officeInput, values, lang),
    isShown: (path) => officeFields.has(path),
    parseCurrent: parseOffice,
    version: office?.version,
    versionOf: (saved) => saved.version,
    valuesOf,
    save: async (values, context) => {
      if (office) return update.mutateAsync({ id: office.id, version: context.version, ...values });
      const { letterhead: _none, ...fields } = values;
      const created = await create.mutateAsync({ ...fields, idempotencyKey: context.idempotencyKey });
      return { ...created, active: true, mergedInto: null, version: 1 };
    },
    onSaved: (saved) => {
      void queryClient.invalidateQueries({ queryKey: trpc.organizations.pathKey() });
      notifications.show({
        color: 'teal',
        message: t(office ? 'directory.saved' : 'directory.created', { name: saved.name }),
      });
      onDone();
    },
  });

  return (
    <form {...formProps} aria-label={office ? t('directory.editTitle') : t('directory.addTitle')}>
      <Stack gap="sm">
        <TextInput
          label={t('directory.nameLabel')}
          placeholder={t('directory.namePlaceholder')}
          required
          maxLength={200}
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('directory.shortNameLabel')}
          description={t('directory.shortNameHint')}
          maxLength={60}
          {...form.getInputProps('shortName')}
        />
        <NativeSelect
          label={t('directory.kindLabel')}
          required
          data={organizationKinds.map((kind) => ({ value: kind, label: t(`organizationKind.${kind}`) }))}
          {...form.getInputProps('kind')}
        />
        <RegionSelect
          label={t('directory.regionLabel')}
          description={t('directory.regionHint')}
          placeholder={t('regionPicker.placeholder')}
          clearable
          {...form.getInputProps('regionCode')}
        />
        {office && <LetterheadFields form={form} />}
        <SaveProblemAlert feedback={feedback} notSavedTitle={t('directory.notSaved')} onReload={reload} />
        <FormButtons
          cancelLabel={t('directory.cancel')}
          onCancel={onDone}
          submitLabel={t('directory.save')}
          submitting={submitting}
        />
      </Stack>
    </form>
  );
}
