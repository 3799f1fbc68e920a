import { Box, Group, Progress, Stack, Text } from '@mantine/core';
import type { DirectiveCounts, DirectiveStanding } from '@tindak/shared';
import { useTranslation } from 'react-i18next';

/** The bar's segments, in reading order, with their colours (also used for the rows' badges). */
export const standingColor: Record<DirectiveStanding, string> = {
  done: 'teal',
  awaiting: 'yellow',
  overdue: 'red',
  in_progress: 'violet',
  not_started: 'gray.4',
  cancelled: 'gray.7',
};

const segments = (counts: DirectiveCounts): [DirectiveStanding, number][] => [
  ['done', counts.done],
  ['awaiting', counts.awaiting],
  ['overdue', counts.overdue],
  ['in_progress', counts.inProgress],
  ['not_started', counts.other - counts.cancelled],
  ['cancelled', counts.cancelled],
];

/** "8 dari 11 selesai, 2 terlambat": the sentence the bar is read as. */
export function useProgressWords() {
  const { t } = useTranslation();
  return (counts: DirectiveCounts) =>
    counts.overdue > 0
      ? t('directives.progressOverdue', { done: counts.done, total: counts.total, overdue: counts.overdue })
      : t('directives.progress', { done: counts.done, total: counts.total });
}

/**
 * How the offices stand, as one stacked bar with its words and (on the directive's page) a legend.
 * The bar is a picture of the sentence: screen readers read the sentence and the legend's counts.
 */
export function DirectiveProgress({ counts, legend = false }: { counts: DirectiveCounts; legend?: boolean }) {
  const { t } = useTranslation();
  const words = useProgressWords()(counts);
  const shown = segments(counts).filter(([, n]) => n > 0);
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {words}
      </Text>
      <Progress.Root size="lg" aria-hidden="true">
        {shown.map(([standing, n]) => (
          <Progress.Section
            key={standing}
            value={(n / Math.max(1, counts.total)) * 100}
            color={standingColor[standing]}
          />
        ))}
      </Progress.Root>
      {legend && (
        <Group gap="md" component="ul" className="tindak-plain-list" aria-label={t('directives.bar')}>
          {segments(counts).map(([standing, n]) => (
            <Group key={standing} gap={6} component="li" wrap="nowrap">
              <Box
                w={12}
                h={12}
                bg={standingColor[standing]}
                style={{ borderRadius: 2 }}
                aria-hidden="true"
              />
              <Text size="sm">
                {t(`directives.legend.${standing}`)}: {n}
              </Text>
            </Group>
          ))}
        </Group>
      )}
    </Stack>
  );
}
