import { Alert } from '@mantine/core';

/**
 * Said once, near the top of a record, to someone whose role changes such records but who may
 * only read this one: otherwise the missing buttons look like a fault.
 */
export function ReadOnlyNote({ children }: { children: string }) {
  return (
    <Alert variant="light" color="gray" role="note">
      {children}
    </Alert>
  );
}
