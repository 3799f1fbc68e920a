import { Alert, Divider, Select, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type OrganizationKind, organizationKinds, setupInput } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTRPC } from '../api/trpc';
import { AuthCard } from '../auth/auth-card';
import { AuthForm, NewPasswordInput, useEnterApp } from '../auth/auth-form';
import { EmailInput } from '../kit/form/email-input';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { RegionSelect } from '../regions/region-select';

interface SetupValues {
  office: { kind: OrganizationKind; name: string; regionCode: string | null };
  admin: { displayName: string; email: string; password: string };
}

const FIELDS = [
  'office.kind',
  'office.name',
  'office.regionCode',
  'admin.displayName',
  'admin.email',
  'admin.password',
];

/**
 * Where the one-time link from the server log lands: the home office and the first admin, then the
 * admin is signed in. Needs no session; once an admin exists the server refuses it.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const enterApp = useEnterApp();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const regions = useQuery(
    trpc.setup.regions.queryOptions(undefined, { staleTime: Number.POSITIVE_INFINITY }),
  );
  const complete = useMutation(trpc.setup.complete.mutationOptions());
  const { form, feedback, formProps, submitting } = useSaveForm<SetupValues, unknown>({
    initialValues: {
      office: { kind: 'diskominfo', name: '', regionCode: null },
      admin: { displayName: '', email: '', password: '' },
    },
    validate: (values, lang) => schemaErrors(setupInput, { token, ...values }, lang),
    isShown: (path) => FIELDS.includes(path),
    save: (values) => complete.mutateAsync({ token, ...values }),
    onSaved: () => enterApp('/'),
  });
  return (
    <AuthCard title={t('setup.title')} lead={t('setup.lead')}>
      {!token ? (
        <Alert color="red" role="alert">
          {t('setup.missingToken')}
        </Alert>
      ) : (
        <AuthForm
          formProps={formProps}
          feedback={feedback}
          submitLabel={t('setup.submit')}
          submitting={submitting}
        >
          <Title order={2} size="h4">
            {t('setup.officeSection')}
          </Title>
          <Select
            label={t('setup.officeKind')}
            required
            allowDeselect={false}
            data={organizationKinds.map((kind) => ({ value: kind, label: t(`organizationKind.${kind}`) }))}
            {...form.getInputProps('office.kind')}
          />
          <TextInput
            label={t('setup.officeName')}
            placeholder={t('setup.officeNamePlaceholder')}
            required
            {...form.getInputProps('office.name')}
          />
          <RegionSelect
            label={t('setup.region')}
            description={t('setup.regionHint')}
            placeholder={t('regionPicker.placeholder')}
            regions={regions.data ?? []}
            clearable
            {...form.getInputProps('office.regionCode')}
          />
          <Divider />
          <Title order={2} size="h4">
            {t('setup.adminSection')}
          </Title>
          <TextInput
            label={t('setup.adminName')}
            required
            autoComplete="name"
            {...form.getInputProps('admin.displayName')}
          />
          <EmailInput label={t('setup.email')} autoComplete="email" {...form.getInputProps('admin.email')} />
          <NewPasswordInput
            label={t('setup.password')}
            description={t('setup.passwordHint')}
            {...form.getInputProps('admin.password')}
          />
        </AuthForm>
      )}
    </AuthCard>
  );
}
