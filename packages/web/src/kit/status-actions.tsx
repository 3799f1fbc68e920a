import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from './form/date-field';
import { placeSaveError } from './form/save-errors';
import { SaveProblemAlert } from './form/save-problem-alert';
import { useSaveFeedback } from './form/use-save-feedback';

export interface StatusActionValues {
  text: string;
  date: string;
}

export interface StatusActionSpec<A extends string> {
  action: A;
  /** The button, e.g. "Tunda". */
  label: string;
  /** Runs at once: the action is easy to undo or only moves the item forward. */
  direct?: boolean;
  /** Heading of the confirmation panel, e.g. "Tunda rapat". */
  title?: string;
  /** What confirming will do, in a sentence. */
  explain?: string;
  /** The panel's confirm button, e.g. "Ya, tunda rapat". */
  confirmLabel?: string;
  /** The text the action carries (a reason, a decision note, evidence) and its input path. */
  text?: { path: string; label: string; required: boolean; description?: string };
  date?: { path: string; label: string; initial: string };
  color?: string;
  /** Said once the server has done it. */
  done: string;
}

interface StatusActionsProps<A extends string, T> {
  /** Names the group of buttons for screen readers, e.g. "Ubah status rapat". */
  label: string;
  specs: StatusActionSpec<A>[];
  /** The shared schema's verdict on what would be sent, keyed by input path. */
  validate: (action: A, values: StatusActionValues) => Record<string, string>;
  run: (action: A, values: StatusActionValues) => Promise<unknown>;
  parseCurrent: (value: unknown) => T | null;
  onReload: (current: T) => void;
  notSavedTitle: string;
}

/**
 * The status actions the server allows now, and nothing else. Actions that close or decide
 * something open a panel that asks for what they need and one confirmation.
 */
export function StatusActions<A extends string, T>(props: StatusActionsProps<A, T>) {
  const { label, specs, validate, run, parseCurrent, onReload, notSavedTitle } = props;
  const { t } = useTranslation();
  const feedback = useSaveFeedback<T>();
  const [open, setOpen] = useState<A | null>(null);
  const [values, setValues] = useState<StatusActionValues>({ text: '', date: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<A | null>(null);
  const panelId = useId();
  const firstInput = useRef<HTMLTextAreaElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const spec = specs.find((s) => s.action === open);

  useEffect(() => {
    if (!open) return;
    (firstInput.current ?? confirmButton.current)?.focus();
  }, [open]);

  // The action may no longer be allowed after a reload or someone else's change.
  useEffect(() => {
    if (open && !specs.some((s) => s.action === open)) setOpen(null);
  }, [open, specs]);

  if (specs.length === 0) return null;

  const start = async (action: A, given: StatusActionValues, shownPaths: string[]) => {
    feedback.clear();
    const found = validate(action, given);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      feedback.invalid();
      return;
    }
    setBusy(action);
    try {
      await run(action, given);
      const doneSpec = specs.find((s) => s.action === action);
      notifications.show({ color: 'teal', message: doneSpec?.done ?? '' });
      setOpen(null);
      setValues({ text: '', date: '' });
    } catch (error) {
      const placed = placeSaveError(
        error,
        (path) => shownPaths.includes(path),
        t('common.networkError'),
        parseCurrent,
      );
      setErrors(placed.fieldErrors);
      feedback.failed(placed);
    } finally {
      setBusy(null);
    }
  };

  const choose = (next: StatusActionSpec<A>) => {
    feedback.clear();
    setErrors({});
    if (next.direct) {
      setOpen(null);
      void start(next.action, { text: '', date: '' }, []);
      return;
    }
    setOpen(next.action);
    setValues({ text: '', date: next.date?.initial ?? '' });
  };

  const reload = (current: T) => {
    onReload(current);
    feedback.reloaded(t('meetingRecord.conflict.reloadedAction'));
  };

  return (
    <Stack gap="sm">
      <Group gap="xs" role="group" aria-label={label}>
        {specs.map((s) => (
          <Button
            key={s.action}
            variant={open === s.action ? 'filled' : 'light'}
            color={s.color}
            loading={busy === s.action && s.direct}
            disabled={busy !== null && busy !== s.action}
            aria-expanded={s.direct ? undefined : open === s.action}
            aria-controls={s.direct || open !== s.action ? undefined : panelId}
            onClick={() => choose(s)}
          >
            {s.label}
          </Button>
        ))}
      </Group>

      {spec && (
        <Paper withBorder p="sm" id={panelId}>
          <form
            ref={feedback.formRef}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              const shown = [spec.text?.path, spec.date?.path].filter((p): p is string => Boolean(p));
              void start(spec.action, values, shown);
            }}
          >
            <Stack gap="sm">
              <Title order={3} size="h5">
                {spec.title ?? spec.label}
              </Title>
              {spec.explain && <Text size="sm">{spec.explain}</Text>}
              {spec.text && (
                <Textarea
                  ref={firstInput}
                  label={spec.text.label}
                  description={spec.text.description}
                  required={spec.text.required}
                  autosize
                  minRows={2}
                  maxRows={8}
                  value={values.text}
                  onChange={(event) => {
                    const text = event.currentTarget.value;
                    setValues((v) => ({ ...v, text }));
                  }}
                  error={spec.text ? errors[spec.text.path] : undefined}
                />
              )}
              {spec.date && (
                <DateField
                  label={spec.date.label}
                  value={values.date}
                  onChange={(date) => setValues((v) => ({ ...v, date }))}
                  error={errors[spec.date.path]}
                  maw={220}
                />
              )}
              <SaveProblemAlert feedback={feedback} notSavedTitle={notSavedTitle} onReload={reload} />
              <Group gap="sm" justify="flex-end">
                <Button variant="default" onClick={() => setOpen(null)}>
                  {t('meetingRecord.close')}
                </Button>
                <Button ref={confirmButton} type="submit" color={spec.color} loading={busy === spec.action}>
                  {spec.confirmLabel ?? spec.label}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
      {!spec && <SaveProblemAlert feedback={feedback} notSavedTitle={notSavedTitle} onReload={reload} />}
    </Stack>
  );
}
