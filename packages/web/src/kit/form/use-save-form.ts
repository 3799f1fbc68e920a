import { type UseFormReturnType, useForm } from '@mantine/form';
import type { Language } from '@tindak/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIssues } from '../../api/errors';
import { useLanguage } from '../../i18n/use-language';
import { newUuid } from '../../lib/uuid';
import { foldListPaths } from './field-paths';
import { placeFieldIssues, placeSaveError } from './save-errors';
import { useSaveFeedback } from './use-save-feedback';

export interface SaveFormOptions<Values extends object, Saved> {
  initialValues: Values;
  /** The form's own check, with the shared schema the API parses with: messages keyed by field path. */
  validate: (values: Values, lang: Language) => Record<string, string>;
  /** True for a server path the form shows next to one of its fields; others go to the alert. */
  isShown: (path: string, values: Values) => boolean;
  /** Multi-selects showing one message for their whole list (`regionCodes.2` → `regionCodes`). */
  lists?: readonly string[];
  /** The record as the server sent it with a CONFLICT; without it a conflict is only a message. */
  parseCurrent?: (value: unknown) => Saved | null;
  /** The version the person saw when the form opened; sent with the change. */
  version?: number;
  versionOf?: (saved: Saved) => number;
  /** Sends the change. The idempotency key is one per opened form: a retried save happens once. */
  save: (values: Values, context: { idempotencyKey: string; version: number }) => Promise<Saved>;
  onSaved?: (saved: Saved, values: Values) => void;
  /** After "load the latest version": show the record as it is now (e.g. put it in the query cache). */
  onReload?: (current: Saved) => void;
  /** For forms that mirror the whole record: the latest version's values replace what was typed. */
  valuesOf?: (current: Saved) => Values;
  /** Called with the fields the server named, e.g. to open the tab that holds one. */
  onFieldErrors?: (fieldErrors: Record<string, string>) => void;
  /** Called with the form's own check's messages when it stops a save (e.g. to open a tab). */
  onInvalid?: (errors: Record<string, string>) => void;
  /**
   * Asked after the check passes, before anything is sent: false holds the save back, e.g. to ask
   * for a confirmation first (the confirming button submits again). May ask the server first.
   */
  shouldSave?: (values: Values) => boolean | Promise<boolean>;
  /** Passed to @mantine/form: called on every change of the values. */
  onValuesChange?: (values: Values, previous: Values) => void;
}

/**
 * The one way Tindak's forms save (on @mantine/form): the shared schema checks the input before
 * anything is sent; the version the person saw goes with the change, so another person's change is
 * a CONFLICT offered with its current state rather than silently overwritten; the server's messages
 * land next to the fields it names; focus goes to the first field to fix, or to the alert.
 */
export function useSaveForm<Values extends object, Saved>(options: SaveFormOptions<Values, Saved>) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const feedback = useSaveFeedback<Saved>();
  const [idempotencyKey] = useState(newUuid);
  const [version, setVersion] = useState(options.version ?? 0);
  const [pending, setPending] = useState(false);
  const [checked, setChecked] = useState(false);

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validate: (values) => options.validate(values, lang),
    onValuesChange: options.onValuesChange,
  });

  // The shared schema's messages come out in the current language: redo them after a switch.
  useEffect(() => {
    if (checked) form.validate();
  }, [lang]);

  const place = (error: unknown, values: Values) => {
    const isShown = (path: string) => options.isShown(path, values);
    const network = t('common.networkError');
    // A CONFLICT that names a field (an email already taken) is about that field, not a version.
    const aboutFields = fieldIssues(error).some((issue) => isShown(issue.path));
    return options.parseCurrent && !aboutFields
      ? placeSaveError(error, isShown, network, options.parseCurrent)
      : placeFieldIssues<Saved>(error, isShown, network);
  };

  const submit = async (values: Values) => {
    setChecked(false);
    feedback.clear();
    setPending(true);
    try {
      if (options.shouldSave && !(await options.shouldSave(values))) return;
      const saved = await options.save(values, { idempotencyKey, version });
      if (options.versionOf) setVersion(options.versionOf(saved));
      options.onSaved?.(saved, values);
    } catch (error) {
      const placed = place(error, values);
      const fieldErrors = foldListPaths(placed.fieldErrors, options.lists ?? []);
      form.setErrors(fieldErrors);
      options.onFieldErrors?.(fieldErrors);
      feedback.failed(placed);
    } finally {
      setPending(false);
    }
  };

  /** Takes the version someone else saved; what was typed stays unless the form mirrors the record. */
  const reload = (current: Saved) => {
    if (options.versionOf) setVersion(options.versionOf(current));
    if (options.valuesOf) {
      form.setValues(options.valuesOf(current));
      form.clearErrors();
    }
    options.onReload?.(current);
    feedback.reloaded(t('saveForm.conflictReloaded'));
  };

  return {
    form,
    feedback,
    version,
    idempotencyKey,
    submitting: pending || form.submitting,
    reload,
    /** Spread on the `<form>`: its ref (for focus), no browser bubbles, the checked submit. */
    formProps: {
      ref: feedback.formRef,
      noValidate: true,
      onSubmit: form.onSubmit(submit, (errors) => {
        setChecked(true);
        options.onInvalid?.(errors as Record<string, string>);
        feedback.invalid();
      }),
    },
  };
}

export type SaveForm<Values extends object, Saved> = ReturnType<typeof useSaveForm<Values, Saved>>;
export type { UseFormReturnType };
