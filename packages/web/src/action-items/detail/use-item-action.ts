import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { ActionItemDetail } from '@tindak/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { useLanguage } from '../../i18n/use-language';
import { type ActionProblem, checkWithSchema, placeActionError } from './action-errors';

type Checkable = Parameters<typeof checkWithSchema>[0];

/**
 * The shared workings of every action form on the item page: it remembers the version the person
 * saw when the form opened (sent with the change, so someone else's change is a CONFLICT rather than
 * silently overwritten), checks input with the shared schema, places server messages next to
 * fields, and after success refreshes the item and says so.
 */
export function useItemAction(
  item: ActionItemDetail,
  shownFields: readonly string[],
  /** For one-click actions with no form: always act on the version on screen now. */
  { live = false }: { live?: boolean } = {},
) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [openedVersion, setVersion] = useState(item.version);
  const version = live ? item.version : openedVersion;
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [focusTarget, setFocusTarget] = useState<'field' | 'alert' | null>(null);

  // After a failed send, take keyboard and screen-reader users to what needs fixing.
  useEffect(() => {
    if (!focusTarget) return;
    const field = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (focusTarget === 'field' && field) field.focus();
    else alertRef.current?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const itemKey = trpc.actionItems.get.queryKey({ id: item.id });

  /** Shows problems found before sending: next to their fields, or in the alert when not shown here. */
  const reject = (errors: Record<string, string>) => {
    const shown = Object.fromEntries(Object.entries(errors).filter(([path]) => shownFields.includes(path)));
    const elsewhere = Object.entries(errors)
      .filter(([path]) => !shownFields.includes(path))
      .map(([, message]) => message);
    setFieldErrors(shown);
    setNotice(null);
    setProblem(
      elsewhere.length === 0
        ? { kind: 'fields' }
        : Object.keys(shown).length === 0
          ? { kind: 'message', message: elsewhere.join(' ') }
          : { kind: 'fields', message: elsewhere.join(' ') },
    );
    setFocusTarget(Object.keys(shown).length > 0 ? 'field' : 'alert');
  };

  /**
   * True when the input passes the shared schema (plus any `extra` checks the form makes); otherwise
   * the messages are shown and nothing is sent.
   */
  const check = (schema: Checkable, input: unknown, extra: Record<string, string> = {}): boolean => {
    const errors = { ...checkWithSchema(schema, input, lang), ...extra };
    if (Object.keys(errors).length === 0) return true;
    reject(errors);
    return false;
  };

  const run = async (
    send: (version: number) => Promise<ActionItemDetail>,
    success: string,
  ): Promise<ActionItemDetail | null> => {
    setProblem(null);
    setNotice(null);
    setFieldErrors({});
    setPending(true);
    try {
      const saved = await send(version);
      setVersion(saved.version);
      queryClient.setQueryData(itemKey, saved);
      void queryClient.invalidateQueries({ queryKey: itemKey });
      void queryClient.invalidateQueries({ queryKey: trpc.actionItems.list.pathKey() });
      notifications.show({ color: 'teal', message: success });
      return saved;
    } catch (error) {
      const placed = placeActionError(error, shownFields, t('common.networkError'));
      setFieldErrors(placed.fieldErrors);
      setProblem(placed.problem);
      setFocusTarget(placed.problem.kind === 'fields' ? 'field' : 'alert');
      return null;
    } finally {
      setPending(false);
    }
  };

  /** Takes the version someone else saved; what the person typed stays in the form. */
  const loadLatest = async () => {
    let current = problem?.kind === 'conflict' ? problem.current : null;
    if (!current) {
      try {
        current = await queryClient.fetchQuery({
          ...trpc.actionItems.get.queryOptions({ id: item.id }),
          staleTime: 0,
        });
      } catch (error) {
        setProblem({ kind: 'message', message: errorMessage(error, t('common.networkError')) });
        setFocusTarget('alert');
        return;
      }
    }
    queryClient.setQueryData(itemKey, current);
    void queryClient.invalidateQueries({ queryKey: trpc.actionItems.list.pathKey() });
    setVersion(current.version);
    setFieldErrors({});
    setProblem(null);
    setNotice(t('actionItems.conflict.loaded'));
    setFocusTarget('alert');
  };

  const clearFieldError = (path: string) =>
    setFieldErrors((errors) => {
      if (!(path in errors)) return errors;
      const { [path]: _removed, ...rest } = errors;
      return rest;
    });

  return {
    version,
    fieldErrors,
    problem,
    notice,
    pending,
    formRef,
    alertRef,
    check,
    reject,
    run,
    loadLatest,
    clearFieldError,
  };
}

export type ItemAction = ReturnType<typeof useItemAction>;
