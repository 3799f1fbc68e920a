import { Badge, type MantineColor } from '@mantine/core';
import type { Band, BandTone } from '@tindak/shared';

/** Worst to best; the theme darkens each colour's text shade, so a light badge stays readable (4.5:1). */
export const bandToneColor: Record<BandTone, MantineColor> = {
  bad: 'red',
  weak: 'orange',
  fair: 'yellow',
  good: 'teal',
  best: 'green',
};

/**
 * A band of an indicator's scale ("Baik"), coloured by its tone. The label carries the meaning, so a
 * screen reader or a colour-blind reader loses nothing; with no band, a bare predicate is shown grey.
 */
export function BandBadge({ band, label }: { band: Band | null; label?: string | null }) {
  const text = band?.label ?? label;
  if (!text) return null;
  return (
    <Badge
      variant="light"
      color={band ? bandToneColor[band.tone] : 'gray'}
      tt="none"
      style={{ flexShrink: 0 }}
    >
      {text}
    </Badge>
  );
}
