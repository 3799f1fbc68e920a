import { Button, Group, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

interface FormButtonsProps {
  cancelLabel: string;
  onCancel: () => void;
  /** The submit button's words; Enter in the form presses it. */
  submitLabel: string;
  submitting: boolean;
  submitColor?: MantineColor;
  /** Buttons between cancel and submit, e.g. "Tolak" on a form that decides either way. */
  children?: ReactNode;
}

/** A form's last row, at the right: cancel first, the submit button last. */
export function FormButtons({
  cancelLabel,
  onCancel,
  submitLabel,
  submitting,
  submitColor,
  children,
}: FormButtonsProps) {
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      {children}
      <Button type="submit" color={submitColor} loading={submitting}>
        {submitLabel}
      </Button>
    </Group>
  );
}
