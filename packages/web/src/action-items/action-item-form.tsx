import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ActionItemPriority,
  actionItemCreateInput,
  actionItemDraftInput,
  todayIn,
  translateMessage,
} from '@tindak/shared';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';
import { newUuid } from '../lib/uuid';
import { organizationSelectProps, useOrganizations } from '../organizations/use-organizations';
import { checkWithSchema, placeActionError } from './detail/action-errors';
import { isPriority, priorityOptions } from './shared/options';
import { PersonPicker } from './shared/person-picker';

export interface ActionItemFormProps {
  /**
   * Where the follow-up comes from; give at least one id. The form shows no field for it: the page
   * that embeds the form (a meeting, a proposal, a commitment) already knows.
   */
  source: { meetingId?: string; proposalId?: string; commitmentId?: string };
  /**
   * Called with the new item's id after it is saved. The form then empties itself (with a fresh
   * idempotency key) so the next follow-up can be typed straight away.
   */
  onCreated?: (id: string) => void;
  /**
   * Save a draft (the secretariat, from a meeting) for a head of the host office to assign, rather
   * than an assigned item; a draft names no assigner.
   */
  draft?: boolean;
}

interface Values {
  title: string;
  description: string;
  ownerOrganizationId: string | null;
  ownerPersonId: string | null;
  assignedByPersonId: string | null;
  dueOn: string;
  priority: ActionItemPriority;
}

const emptyValues: Values = {
  title: '',
  description: '',
  ownerOrganizationId: null,
  ownerPersonId: null,
  assignedByPersonId: null,
  dueOn: '',
  priority: 'normal',
};

const shownFields = [
  'title',
  'description',
  'ownerOrganizationId',
  'ownerPersonId',
  'assignedByPersonId',
  'dueOn',
  'priority',
] as const;

/**
 * Creates one action item (tindak lanjut) from a meeting, proposal or commitment. Self-contained:
 * it loads its own offices and people, checks input with the shared schema, shows server messages
 * next to their fields, and sends one idempotency key per item, so a retried or double-clicked save
 * still creates a single item.
 */
export function ActionItemForm({ source, onCreated, draft = false }: ActionItemFormProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const createOpen = useMutation(trpc.actionItems.create.mutationOptions());
  const createDraft = useMutation(trpc.actionItems.createDraft.mutationOptions());
  const create = draft ? createDraft : createOpen;
  const { organizations } = useOrganizations();
  const officeSelect = useMemo(() => organizationSelectProps(organizations), [organizations]);
  const [idempotencyKey, setIdempotencyKey] = useState(newUuid);
  const [values, setValues] = useState<Values>(emptyValues);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  // Remounts the person pickers after a save so their search boxes empty too.
  const [round, setRound] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [focusTarget, setFocusTarget] = useState<'field' | 'alert' | null>(null);

  useEffect(() => {
    if (!focusTarget) return;
    const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (focusTarget === 'field' && field) field.focus();
    else alertRef.current?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => {
      if (!(key in current)) return current;
      const { [key]: _removed, ...rest } = current;
      return rest;
    });
  };

  const show = (found: Record<string, string>, elsewhere: string[]) => {
    setErrors(found);
    setProblem(elsewhere.length > 0 ? elsewhere.join(' ') : t('actionItems.form.fixErrors'));
    setFocusTarget(Object.keys(found).length > 0 ? 'field' : 'alert');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    setProblem(null);
    const input = {
      ...values,
      ownerOrganizationId: values.ownerOrganizationId ?? '',
      meetingId: source.meetingId,
      proposalId: source.proposalId,
      commitmentId: source.commitmentId,
      idempotencyKey,
    };
    const draftInput = {
      title: values.title,
      description: values.description,
      meetingId: source.meetingId ?? '',
      ownerOrganizationId: values.ownerOrganizationId ?? '',
      ownerPersonId: values.ownerPersonId,
      dueOn: values.dueOn,
      priority: values.priority,
      idempotencyKey,
    };
    const found = draft
      ? checkWithSchema(actionItemDraftInput, draftInput, lang)
      : checkWithSchema(actionItemCreateInput, input, lang);
    // An empty choice reads better as "required" than as "not a valid identifier".
    if (!values.ownerOrganizationId) found.ownerOrganizationId = translateMessage('required', lang);
    if (!values.dueOn) found.dueOn = translateMessage('required', lang);
    if (Object.keys(found).length > 0) {
      const here = Object.fromEntries(
        Object.entries(found).filter(([path]) => (shownFields as readonly string[]).includes(path)),
      );
      const elsewhere = Object.entries(found)
        .filter(([path]) => !(path in here))
        .map(([, message]) => message);
      show(here, elsewhere);
      return;
    }
    try {
      const saved = draft ? await createDraft.mutateAsync(draftInput) : await createOpen.mutateAsync(input);
      queryClient.setQueryData(trpc.actionItems.get.queryKey({ id: saved.id }), saved);
      void queryClient.invalidateQueries({ queryKey: trpc.actionItems.list.pathKey() });
      notifications.show({
        color: 'teal',
        message: t(draft ? 'actionItems.form.draftCreated' : 'actionItems.form.created', {
          title: saved.title,
        }),
      });
      setValues(emptyValues);
      setErrors({});
      setIdempotencyKey(newUuid());
      setRound((n) => n + 1);
      onCreated?.(saved.id);
    } catch (error) {
      const placed = placeActionError(error, shownFields, t('common.networkError'));
      if (placed.problem.kind === 'fields')
        show(placed.fieldErrors, placed.problem.message ? [placed.problem.message] : []);
      else {
        setErrors(placed.fieldErrors);
        setProblem(placed.problem.message);
        setFocusTarget('alert');
      }
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={draft ? t('actionItems.form.draftTitle') : t('actionItems.form.title')}
    >
      <Stack gap="sm">
        <TextInput
          label={t('actionItems.form.titleField')}
          placeholder={t('actionItems.form.titlePlaceholder')}
          required
          value={values.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errors.title}
        />
        <Textarea
          label={t('actionItems.form.description')}
          description={t('actionItems.form.descriptionHint')}
          autosize
          minRows={2}
          maxRows={8}
          value={values.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={errors.description}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('actionItems.form.office')}
            placeholder={t('actionItems.officePlaceholder')}
            required
            {...officeSelect}
            searchable
            clearable
            nothingFoundMessage={t('actionItems.noOfficeMatches')}
            value={values.ownerOrganizationId}
            onChange={(value) => {
              set('ownerOrganizationId', value);
              // The person chosen may work elsewhere.
              set('ownerPersonId', null);
            }}
            error={errors.ownerOrganizationId}
          />
          <PersonPicker
            key={`owner-${round}-${values.ownerOrganizationId ?? 'any'}`}
            label={t('actionItems.form.person')}
            organizationId={values.ownerOrganizationId}
            value={values.ownerPersonId}
            onChange={(value) => set('ownerPersonId', value)}
            error={errors.ownerPersonId}
          />
          {!draft && (
            <PersonPicker
              key={`assigner-${round}`}
              label={t('actionItems.form.assignedBy')}
              value={values.assignedByPersonId}
              onChange={(value) => set('assignedByPersonId', value)}
              error={errors.assignedByPersonId}
            />
          )}
          <TextInput
            type="date"
            label={t('actionItems.form.dueOn')}
            required
            min={todayIn()}
            value={values.dueOn}
            onChange={(event) => set('dueOn', event.currentTarget.value)}
            error={errors.dueOn}
          />
          <NativeSelect
            label={t('actionItems.form.priority')}
            data={priorityOptions(t)}
            value={values.priority}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isPriority(value)) set('priority', value);
            }}
            error={errors.priority}
          />
        </SimpleGrid>
        {problem && (
          <Alert ref={alertRef} tabIndex={-1} color="red" title={t('actionItems.form.notSaved')} role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {draft ? t('actionItems.form.submitDraft') : t('actionItems.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
