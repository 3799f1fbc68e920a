import { notifications } from '@mantine/notifications';
import type { Language } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { isFieldPath } from '../kit/form/field-paths';
import { useSaveForm } from '../kit/form/use-save-form';
import type { useRecordCache } from './record-cache';
import type { RecordKind } from './record-kind';

type Versioned = { id: string; version: number };

export interface RecordFormOptions<Values extends object, Saved extends Versioned> {
  kind: RecordKind;
  /** The record being edited; absent when a new one is recorded. */
  record?: Saved;
  initialValues: Values;
  /** The inputs the form shows (schema paths), and those among them that are lists. */
  fields: readonly string[];
  lists: readonly string[];
  /** The shared create or update schema's check; `editing` says which. */
  validate: (
    values: Values,
    lang: Language,
    editing: { id: string; version: number } | null,
  ) => Record<string, string>;
  parseCurrent: (value: unknown) => Saved | null;
  create: (values: Values, idempotencyKey: string) => Promise<Saved>;
  update: (values: Values, editing: { id: string; version: number }) => Promise<Saved>;
  cache: ReturnType<typeof useRecordCache<Saved>>;
  /** Anything else a save changes, e.g. the proposal a commitment answers. */
  afterSave?: (saved: Saved) => void;
  onDone: (saved: Saved | null) => void;
}

/**
 * A proposal's or a commitment's form on the one save pipeline: new or edited, checked with the
 * shared schema, saved with the version the person saw, shown on its page and lists at once.
 */
export function useRecordForm<Values extends object, Saved extends Versioned>(
  options: RecordFormOptions<Values, Saved>,
) {
  const { t } = useTranslation();
  const { kind, record, cache } = options;
  return useSaveForm<Values, Saved>({
    initialValues: options.initialValues,
    validate: (values, lang) =>
      options.validate(values, lang, record ? { id: record.id, version: record.version } : null),
    isShown: (path) => isFieldPath(path, options.fields, options.lists),
    lists: options.lists,
    parseCurrent: options.parseCurrent,
    version: record?.version,
    versionOf: (saved) => saved.version,
    save: (values, { idempotencyKey, version }) =>
      record ? options.update(values, { id: record.id, version }) : options.create(values, idempotencyKey),
    onSaved: (saved) => {
      cache.put(saved);
      cache.refreshLists();
      options.afterSave?.(saved);
      notifications.show({
        color: 'teal',
        message: t(record ? `${kind}.form.updated` : `${kind}.form.created`),
      });
      options.onDone(saved);
    },
    onReload: cache.put,
  });
}
