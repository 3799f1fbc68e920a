import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type ActionItemDetail, actionItemDetailSchema, type Language } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { type SaveFormOptions, useSaveForm } from '../../kit/form/use-save-form';

/** The record a CONFLICT carries, when it is a whole item. */
export function parseItem(value: unknown): ActionItemDetail | null {
  const parsed = actionItemDetailSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Puts the item as the server sent it on the page, and has the lists fetch theirs again. */
export function useShowItem() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (saved: ActionItemDetail) => {
    const itemKey = trpc.actionItems.get.queryKey({ id: saved.id });
    queryClient.setQueryData(itemKey, saved);
    void queryClient.invalidateQueries({ queryKey: itemKey });
    void queryClient.invalidateQueries({ queryKey: trpc.actionItems.list.pathKey() });
  };
}

interface ItemFormOptions<Values extends object> {
  initialValues: Values;
  /** The shared schema's check (plus what only this form knows), keyed by field path. */
  validate: (values: Values, lang: Language) => Record<string, string>;
  /** The fields this form shows; the server's messages about others go to the alert. */
  fields: readonly string[];
  save: (values: Values, version: number) => Promise<ActionItemDetail>;
  /** What the toast says after the change, e.g. "Kemajuan dilaporkan". */
  done: (values: Values) => string;
  onDone: () => void;
  shouldSave?: SaveFormOptions<Values, ActionItemDetail>['shouldSave'];
}

/**
 * An action form on the item page on the one save pipeline (`useSaveForm`): it sends the version
 * the person saw when the form opened, puts the saved item on the page and says so; a conflict
 * offers the item as it is now while the form keeps what was typed.
 */
export function useItemForm<Values extends object>(item: ActionItemDetail, options: ItemFormOptions<Values>) {
  const { t } = useTranslation();
  const showItem = useShowItem();
  const saveForm = useSaveForm<Values, ActionItemDetail>({
    initialValues: options.initialValues,
    validate: options.validate,
    isShown: (path) => options.fields.includes(path),
    parseCurrent: parseItem,
    version: item.version,
    versionOf: (saved) => saved.version,
    save: (values, { version }) => options.save(values, version),
    shouldSave: options.shouldSave,
    onSaved: (saved, values) => {
      showItem(saved);
      notifications.show({ color: 'teal', message: options.done(values) });
      options.onDone();
    },
    onReload: showItem,
  });
  /** Takes the version someone else saved, saying so in the item page's words. */
  const reload = (current: ActionItemDetail) => {
    saveForm.reload(current);
    saveForm.feedback.reloaded(t('actionItems.conflict.loaded'));
  };
  return { ...saveForm, reload, close: options.onDone };
}

export type ItemForm<Values extends object> = ReturnType<typeof useItemForm<Values>>;
