import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AgreementDetail,
  agreementDetailSchema,
  MAX_AGREEMENT_PARTIES,
  MAX_AGREEMENT_SCOPE_ITEMS,
} from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { DateField } from '../kit/form/date-field';
import { FormButtons } from '../kit/form/form-buttons';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useSaveForm } from '../kit/form/use-save-form';
import { dateInputProps } from '../records/date-input-props';
import { OfficeSelect } from '../records/office-select';
import { useCurrentUser } from '../session/use-current-user';
import { kindValues } from './agreement-filters';
import {
  type AgreementFormValues,
  agreementToValues,
  emptyAgreementValues,
  emptyParty,
  moved,
  toAgreementFields,
  validateAgreement,
} from './agreement-form-values';
import { kindLabel } from './agreement-words';

const shownFields = [
  'kind',
  'title',
  'number',
  'description',
  'ownerOrganizationId',
  'meetingId',
  'startsOn',
  'endsOn',
  'parties',
  'scopeItems',
];
const parseAgreement = (value: unknown) => {
  const parsed = agreementDetailSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};
const MEETING_OPTIONS = 100;

interface AgreementFormProps {
  /** The agreement being edited; absent when recording a new one. */
  agreement?: AgreementDetail;
  /** For a new one: what is known already (the meeting it comes from). */
  preset?: Partial<AgreementFormValues>;
  onDone: (saved: AgreementDetail | null) => void;
}

/** Kind, title, number, the parties in the document's order, numbered scope items, term and source. */
export function AgreementForm({ agreement, preset, onDone }: AgreementFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  const create = useMutation(trpc.agreements.create.mutationOptions());
  const update = useMutation(trpc.agreements.update.mutationOptions());
  const meetings = useQuery(
    trpc.meetings.list.queryOptions({ limit: MEETING_OPTIONS }, { staleTime: 5 * 60_000 }),
  );
  const meetingOptions = (meetings.data?.items ?? []).map((m) => ({ value: m.id, label: m.title }));
  // Its own meeting may be older than the recent ones offered: it stays choosable.
  const own = agreement?.meeting && !agreement.meeting.outsideScope ? agreement.meeting : null;
  if (own && !meetingOptions.some((m) => m.value === own.id)) {
    meetingOptions.unshift({ value: own.id, label: own.title });
  }

  const { form, feedback, formProps, submitting, reload } = useSaveForm<AgreementFormValues, AgreementDetail>(
    {
      initialValues: agreement
        ? agreementToValues(agreement)
        : emptyAgreementValues({ ownerOrganizationId: me.organization.id, ...preset }),
      validate: (values, lang) =>
        validateAgreement(values, lang, agreement ? { id: agreement.id, version: agreement.version } : null),
      isShown: (path) => shownFields.some((field) => path === field || path.startsWith(`${field}.`)),
      parseCurrent: parseAgreement,
      version: agreement?.version,
      versionOf: (saved) => saved.version,
      save: (values, context) =>
        agreement
          ? update.mutateAsync({ ...toAgreementFields(values), id: agreement.id, version: context.version })
          : create.mutateAsync({ ...toAgreementFields(values), idempotencyKey: context.idempotencyKey }),
      onSaved: (saved) => {
        queryClient.setQueryData(trpc.agreements.get.queryKey({ id: saved.id }), saved);
        void queryClient.invalidateQueries(trpc.agreements.list.pathFilter());
        notifications.show({ color: 'teal', message: t('agreements.form.saved') });
        onDone(saved);
      },
      onReload: (current) =>
        queryClient.setQueryData(trpc.agreements.get.queryKey({ id: current.id }), current),
    },
  );
  const { parties, scopeItems } = form.values;

  return (
    <form
      {...formProps}
      aria-label={agreement ? t('agreements.form.editTitle') : t('agreements.form.newTitle')}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('agreements.form.kind')}
            data={kindValues.map((k) => ({ value: k, label: kindLabel(k, t) }))}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('agreements.form.number')} {...form.getInputProps('number')} />
        </SimpleGrid>
        <TextInput label={t('agreements.form.title')} required {...form.getInputProps('title')} />
        <Textarea
          label={t('agreements.form.description')}
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <OfficeSelect
            label={t('agreements.form.keeper')}
            description={t('agreements.form.keeperHint')}
            required
            {...form.getInputProps('ownerOrganizationId')}
          />
          <Select
            label={t('agreements.form.meeting')}
            placeholder={t('agreements.form.noMeeting')}
            data={meetingOptions}
            searchable
            clearable
            {...form.getInputProps('meetingId')}
          />
          <DateField label={t('agreements.form.startsOn')} {...dateInputProps(form, 'startsOn')} />
          <DateField label={t('agreements.form.endsOn')} {...dateInputProps(form, 'endsOn')} />
        </SimpleGrid>

        <Fieldset legend={t('agreements.form.parties')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('agreements.form.partiesHint')}
            </Text>
            {typeof form.errors.parties === 'string' && (
              <Text size="sm" c="red.8" role="alert">
                {form.errors.parties}
              </Text>
            )}
            {parties.map((_, index) => {
              const n = index + 1;
              return (
                <Group key={index} align="flex-end" gap="xs" wrap="wrap">
                  <OfficeSelect
                    label={t('agreements.form.partyN', { n })}
                    required
                    style={{ flex: '2 1 220px' }}
                    {...form.getInputProps(`parties.${index}.organizationId`)}
                  />
                  <TextInput
                    label={t('agreements.form.signatoryName')}
                    style={{ flex: '1 1 160px' }}
                    {...form.getInputProps(`parties.${index}.signatoryName`)}
                  />
                  <TextInput
                    label={t('agreements.form.signatoryPosition')}
                    style={{ flex: '1 1 160px' }}
                    {...form.getInputProps(`parties.${index}.signatoryPosition`)}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    aria-label={t('agreements.form.removeParty', { n })}
                    disabled={parties.length <= 2}
                    onClick={() => form.removeListItem('parties', index)}
                  >
                    ×
                  </Button>
                </Group>
              );
            })}
            <Button
              variant="light"
              w="fit-content"
              disabled={parties.length >= MAX_AGREEMENT_PARTIES}
              onClick={() => form.insertListItem('parties', { ...emptyParty })}
            >
              {t('agreements.form.addParty')}
            </Button>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('agreements.form.scope')}>
          <Stack gap="sm">
            {scopeItems.map((_, index) => {
              const n = index + 1;
              return (
                <Group key={index} align="flex-end" gap="xs" wrap="nowrap">
                  <TextInput
                    label={t('agreements.form.scopeN', { n })}
                    style={{ flex: 1, minWidth: 0 }}
                    {...form.getInputProps(`scopeItems.${index}`)}
                  />
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={t('agreements.form.moveUp', { n })}
                    disabled={index === 0}
                    onClick={() => form.setFieldValue('scopeItems', moved(scopeItems, index, -1))}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={t('agreements.form.moveDown', { n })}
                    disabled={index === scopeItems.length - 1}
                    onClick={() => form.setFieldValue('scopeItems', moved(scopeItems, index, 1))}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t('agreements.form.removeScope', { n })}
                    onClick={() => form.removeListItem('scopeItems', index)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              );
            })}
            <Button
              variant="light"
              w="fit-content"
              disabled={scopeItems.length >= MAX_AGREEMENT_SCOPE_ITEMS}
              onClick={() => form.insertListItem('scopeItems', '')}
            >
              {t('agreements.form.addScope')}
            </Button>
          </Stack>
        </Fieldset>

        <SaveProblemAlert
          feedback={feedback}
          conflictTitle={t('agreements.form.conflict')}
          onReload={reload}
        />
        <FormButtons
          cancelLabel={t('agreements.form.cancel')}
          onCancel={() => onDone(null)}
          submitLabel={t('agreements.form.save')}
          submitting={submitting}
        />
      </Stack>
    </form>
  );
}
