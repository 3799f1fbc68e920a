import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ActionItemPriority,
  type DirectiveDetail,
  type DirectiveIssueInput,
  directiveIssueInput,
} from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { isPriority, priorityOptions } from '../action-items/shared/options';
import { useTRPC } from '../api/trpc';
import { DateField } from '../kit/form/date-field';
import { FormButtons } from '../kit/form/form-buttons';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { dateInputProps } from '../records/date-input-props';
import { useCurrentUser } from '../session/use-current-user';
import { type OfficeChoice, OfficePicker, useProvinceOffices } from './office-picker';

interface IssueValues extends OfficeChoice {
  title: string;
  instruction: string;
  dueOn: string;
  priority: ActionItemPriority;
}

interface DirectiveIssueFormProps {
  /** The meeting it is given in (from a meeting's follow-up section). */
  meetingId?: string | null;
  onDone: () => void;
  onSaved: (saved: DirectiveDetail) => void;
}

/** The province the user works in: theirs (a regency's is its province's), or none for a national office. */
function provinceOf(regionCode: string | null): string {
  return regionCode ? (regionCode.split('.')[0] ?? '') : '';
}

/**
 * "Arahan ke banyak instansi": one directive, one follow-up per office chosen, all in one step. The
 * form says how many follow-ups it will create before anything is sent.
 */
export function DirectiveIssueForm({ meetingId = null, onDone, onSaved }: DirectiveIssueFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const issue = useMutation(trpc.directives.issue.mutationOptions());
  const scope = user.organization.regionCode;
  // "All regencies/cities" is offered where the user's scope covers the province.
  const coversProvince = scope === null || !scope.includes('.');

  const input = (values: IssueValues, idempotencyKey?: string): DirectiveIssueInput => ({
    title: values.title,
    instruction: values.instruction,
    meetingId,
    dueOn: values.dueOn,
    priority: values.priority,
    officeIds: values.officeIds,
    allRegencyOfficesOf: values.allRegencies && values.province ? values.province : undefined,
    idempotencyKey,
  });

  const { form, feedback, formProps, submitting, reload } = useSaveForm<IssueValues, DirectiveDetail>({
    initialValues: {
      title: '',
      instruction: '',
      dueOn: '',
      priority: 'normal',
      allRegencies: coversProvince,
      province: provinceOf(scope),
      officeIds: [],
    },
    validate: (values, lang) =>
      schemaErrors(directiveIssueInput, input(values), lang, { dueOn: values.dueOn === '' }),
    isShown: (path) => ['title', 'instruction', 'dueOn', 'priority', 'officeIds'].includes(path),
    lists: ['officeIds'],
    save: (values, { idempotencyKey }) => issue.mutateAsync(input(values, idempotencyKey)),
    onSaved: (saved) => {
      void queryClient.invalidateQueries({ queryKey: trpc.directives.pathKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.actionItems.pathKey() });
      notifications.show({
        color: 'teal',
        message: t('directives.form.saved', { count: saved.offices.length }),
      });
      onSaved(saved);
    },
  });
  const { values } = form;
  // Keeps the province's offices loaded while the form is open (the picker reads the same query).
  useProvinceOffices(values.province);

  return (
    <form {...formProps} aria-label={t('directives.form.title')}>
      <Stack gap="sm">
        <TextInput
          label={t('directives.form.name')}
          required
          maxLength={300}
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('directives.form.instruction')}
          autosize
          minRows={3}
          maxLength={10_000}
          {...form.getInputProps('instruction')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DateField label={t('directives.form.due')} required {...dateInputProps(form, 'dueOn')} />
          <Select
            label={t('directives.form.priority')}
            data={priorityOptions(t)}
            value={values.priority}
            onChange={(value) => isPriority(value) && form.setFieldValue('priority', value)}
            allowDeselect={false}
          />
        </SimpleGrid>
        <OfficePicker
          value={values}
          onChange={(choice) => form.setValues(choice)}
          fixedProvince={scope !== null}
          error={form.errors.officeIds as string | undefined}
        />
        <SaveProblemAlert
          feedback={feedback}
          notSavedTitle={t('directives.form.notSaved')}
          onReload={reload}
        />
        <FormButtons
          cancelLabel={t('directives.form.cancel')}
          onCancel={onDone}
          submitLabel={t('directives.form.submit')}
          submitting={submitting}
        />
      </Stack>
    </form>
  );
}
