import { Alert, Button, type ButtonProps, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';

interface ConfirmPanelProps {
  /** Asked once, e.g. "Kirim ulang surel ini?"; also names the group for screen readers. */
  question: string;
  /** What confirming will do, when the question alone does not say it. */
  explain?: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Title of the alert when it did not work, e.g. "Surel belum dikirim ulang". */
  failedTitle: string;
  color?: string;
  /** Rejects to keep the panel open with the server's message; resolves to close it. */
  onConfirm: () => Promise<unknown>;
  onCancel: () => void;
  onDone: () => void;
}

/** One question with a yes and a no; the yes button takes the focus, so Enter confirms. */
export function ConfirmPanel(props: ConfirmPanelProps) {
  const { question, explain, confirmLabel, cancelLabel, failedTitle, color, onConfirm, onCancel, onDone } =
    props;
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => confirmButton.current?.focus(), []);
  useEffect(() => {
    if (failure) alertRef.current?.focus();
  }, [failure]);

  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
      onDone();
    } catch (error) {
      setFailure(errorMessage(error, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="sm" role="group" aria-label={question}>
      <Stack gap="sm">
        <Text fw={600}>{question}</Text>
        {explain && <Text size="sm">{explain}</Text>}
        {failure && (
          <Alert ref={alertRef} tabIndex={-1} color="red" title={failedTitle} role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </Button>
          <Button ref={confirmButton} color={color} loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

interface ConfirmActionProps extends Omit<ConfirmPanelProps, 'onCancel' | 'onDone'> {
  /** The button that opens the question, e.g. "Kirim ulang". */
  label: string;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}

/** A button for something not undone with a click: it asks once, in place, before doing it. */
export function ConfirmAction({ label, variant = 'light', size, ...panel }: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const close = () => {
    setAsking(false);
    requestAnimationFrame(() => trigger.current?.focus());
  };
  if (asking) return <ConfirmPanel {...panel} onCancel={close} onDone={close} />;
  return (
    <Button ref={trigger} variant={variant} size={size} color={panel.color} onClick={() => setAsking(true)}>
      {label}
    </Button>
  );
}
