import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlacedSaveError, SaveProblem } from './save-errors';

/**
 * What a form says after a save attempt, and where the focus goes: to the first field to fix,
 * or to the alert when the problem is not about one field (a conflict, a dropped connection).
 */
export function useSaveFeedback<T>() {
  const [problem, setProblem] = useState<SaveProblem<T> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
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

  /** Before a save: forget what the last attempt said. */
  const clear = useCallback(() => {
    setProblem(null);
    setNotice(null);
  }, []);

  /** The form's own check failed; the messages are already next to the fields. */
  const invalid = useCallback(() => {
    setProblem({ kind: 'fields' });
    setNotice(null);
    setFocusTarget('field');
  }, []);

  /** The server refused; its field messages are set on the form by the caller. */
  const failed = useCallback((placed: PlacedSaveError<T>) => {
    setProblem(placed.problem);
    setNotice(null);
    setFocusTarget(placed.problem.kind === 'fields' ? 'field' : 'alert');
  }, []);

  /** The latest version was loaded after a conflict; say so where the conflict was. */
  const reloaded = useCallback((message: string) => {
    setProblem(null);
    setNotice(message);
    setFocusTarget('alert');
  }, []);

  return { problem, notice, formRef, alertRef, clear, invalid, failed, reloaded };
}

export type SaveFeedback<T> = ReturnType<typeof useSaveFeedback<T>>;
