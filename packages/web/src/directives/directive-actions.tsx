import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ActionItemPriority,
  type DirectiveDetail,
  directiveAddOfficesInput,
  directiveUpdateInput,
} from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPriority, priorityOptions } from '../action-items/shared/options';
import { errorMessage } from '../api/errors';
import { useTRPC } from '../api/trpc';
import { DateField } from '../kit/form/date-field';
import { FormButtons } from '../kit/form/form-buttons';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { dateInputProps } from '../records/date-input-props';
import { useCurrentUser } from '../session/use-current-user';
import { type OfficeChoice, OfficePicker } from './office-picker';

/** After a change: the page shows the directive as saved, lists and items refetch. */
function useAfterChange() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (saved: DirectiveDetail) => {
    queryClient.setQueryData(trpc.directives.get.queryKey({ id: saved.id }), saved);
    void queryClient.invalidateQueries({ queryKey: trpc.directives.list.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.actionItems.pathKey() });
  };
}

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `directive-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

interface EditValues {
  title: string;
  instruction: string;
  dueOn: string;
  priority: ActionItemPriority;
}

function EditForm({ directive, onDone }: { directive: DirectiveDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const update = useMutation(trpc.directives.update.mutationOptions());
  const afterChange = useAfterChange();
  const input = (values: EditValues, version: number) => ({ id: directive.id, version, ...values });
  const { form, feedback, formProps, submitting, reload } = useSaveForm<EditValues, DirectiveDetail>({
    initialValues: {
      title: directive.title,
      instruction: directive.instruction ?? '',
      dueOn: directive.dueOn,
      priority: directive.priority,
    },
    version: directive.version,
    versionOf: (saved) => saved.version,
    validate: (values, lang) => schemaErrors(directiveUpdateInput, input(values, directive.version), lang),
    isShown: (path) => ['title', 'instruction', 'dueOn', 'priority'].includes(path),
    save: (values, { version }) => update.mutateAsync(input(values, version)),
    onSaved: (saved) => {
      afterChange(saved);
      notifications.show({ color: 'teal', message: t('directives.edit.saved') });
      onDone();
    },
  });
  return (
    <form {...formProps} aria-label={t('directives.edit.title')}>
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
        <DateField
          label={t('directives.form.due')}
          description={t('directives.edit.dueNote')}
          required
          {...dateInputProps(form, 'dueOn')}
        />
        <Select
          label={t('directives.form.priority')}
          data={priorityOptions(t)}
          value={form.values.priority}
          onChange={(value) => isPriority(value) && form.setFieldValue('priority', value)}
          allowDeselect={false}
        />
        <SaveProblemAlert
          feedback={feedback}
          notSavedTitle={t('directives.edit.notSaved')}
          onReload={reload}
        />
        <FormButtons
          cancelLabel={t('directives.form.cancel')}
          onCancel={onDone}
          submitLabel={t('directives.edit.save')}
          submitting={submitting}
        />
      </Stack>
    </form>
  );
}

function AddOfficesForm({ directive, onDone }: { directive: DirectiveDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const user = useCurrentUser();
  const add = useMutation(trpc.directives.addOffices.mutationOptions());
  const afterChange = useAfterChange();
  const scope = user.organization.regionCode;
  const given = directive.offices.map((o) => o.office.id);
  const input = (values: OfficeChoice, version: number) => ({
    id: directive.id,
    version,
    officeIds: values.officeIds,
    allRegencyOfficesOf: values.allRegencies && values.province ? values.province : undefined,
  });
  const { form, feedback, formProps, submitting, reload } = useSaveForm<OfficeChoice, DirectiveDetail>({
    initialValues: { allRegencies: false, province: scope ? (scope.split('.')[0] ?? '') : '', officeIds: [] },
    version: directive.version,
    versionOf: (saved) => saved.version,
    validate: (values, lang) =>
      schemaErrors(directiveAddOfficesInput, input(values, directive.version), lang),
    isShown: (path) => path === 'officeIds',
    lists: ['officeIds'],
    save: (values, { version }) => add.mutateAsync(input(values, version)),
    onSaved: (saved) => {
      afterChange(saved);
      notifications.show({
        color: 'teal',
        message: t('directives.addOffices.saved', { count: saved.offices.length - given.length }),
      });
      onDone();
    },
  });
  return (
    <form {...formProps} aria-label={t('directives.addOffices.title')}>
      <Stack gap="sm">
        <OfficePicker
          value={form.values}
          onChange={(choice) => form.setValues(choice)}
          given={given}
          fixedProvince={scope !== null}
          error={form.errors.officeIds as string | undefined}
        />
        <SaveProblemAlert
          feedback={feedback}
          notSavedTitle={t('directives.addOffices.notSaved')}
          onReload={reload}
        />
        <FormButtons
          cancelLabel={t('directives.form.cancel')}
          onCancel={onDone}
          submitLabel={t('directives.addOffices.save')}
          submitting={submitting}
        />
      </Stack>
    </form>
  );
}

/** Cancelling takes a reason, which every open item records with its own cancellation. */
function CancelPanel({ directive, onDone }: { directive: DirectiveDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const cancel = useMutation(trpc.directives.cancel.mutationOptions());
  const afterChange = useAfterChange();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = async () => {
    setFailure(null);
    try {
      afterChange(await cancel.mutateAsync({ id: directive.id, version: directive.version, reason }));
      notifications.show({ color: 'teal', message: t('directives.cancel.done') });
      onDone();
    } catch (error) {
      setFailure(errorMessage(error, t('common.networkError')));
    }
  };
  return (
    <Paper withBorder p="sm" role="group" aria-label={t('directives.cancel.title')}>
      <Stack gap="sm">
        <Text fw={600}>{t('directives.cancel.title')}</Text>
        <Text size="sm">{t('directives.cancel.body')}</Text>
        <Textarea
          label={t('directives.cancel.reason')}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-autofocus
        />
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={cancel.isPending}>
            {t('directives.cancel.back')}
          </Button>
          <Button color="red" loading={cancel.isPending} onClick={() => void confirm()}>
            {t('directives.cancel.confirm')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

type Open = 'edit' | 'addOffices' | 'cancel' | null;

/** Edit, add offices, cancel: for heads over the directive's issuer and every office (`canEdit` …). */
export function DirectiveActions({ directive }: { directive: DirectiveDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  if (!directive.canEdit && !directive.canAddOffices && !directive.canCancel) return null;
  if (open === 'edit') {
    return (
      <Panel title={t('directives.edit.title')}>
        <EditForm directive={directive} onDone={close} />
      </Panel>
    );
  }
  if (open === 'addOffices') {
    return (
      <Panel title={t('directives.addOffices.title')}>
        <AddOfficesForm directive={directive} onDone={close} />
      </Panel>
    );
  }
  if (open === 'cancel') return <CancelPanel directive={directive} onDone={close} />;
  return (
    <Group gap="sm">
      {directive.canEdit && (
        <Button variant="light" onClick={() => setOpen('edit')}>
          {t('directives.edit.button')}
        </Button>
      )}
      {directive.canAddOffices && (
        <Button variant="light" onClick={() => setOpen('addOffices')}>
          {t('directives.addOffices.button')}
        </Button>
      )}
      {directive.canCancel && (
        <Button variant="light" color="red" onClick={() => setOpen('cancel')}>
          {t('directives.cancel.button')}
        </Button>
      )}
    </Group>
  );
}
