import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled value in a details card; long office names wrap instead of widening the page. */
export function DetailItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" tt="uppercase" c="dimmed" fw={600}>
        {label}
      </Text>
      <div className="tindak-wrap">{children}</div>
    </div>
  );
}
