import { Anchor, Progress, Text } from '@mantine/core';
import { type DirectiveRef, type DirectiveSpread, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './directive-spread.css';

/** "Arahan · 8 dari 11 selesai, 2 terlambat": how a directive's offices stand, in one line. */
export function DirectiveSpreadLine({
  spread,
  size = 'sm',
}: {
  spread: DirectiveSpread;
  size?: 'xs' | 'sm';
}) {
  const { t } = useTranslation();
  const values = { done: spread.done, total: spread.total, overdue: spread.overdue };
  return (
    <Text size={size} fw={500} c={spread.overdue > 0 ? 'red.8' : undefined} className="tindak-wrap">
      {spread.overdue > 0 ? t('directiveSpread.lineOverdue', values) : t('directiveSpread.line', values)}
    </Text>
  );
}

/** The order the bar fills in: settled work first, then what waits, then what has not started. */
const segments = [
  { key: 'done', color: 'teal.6' },
  { key: 'awaitingVerification', color: 'violet.5' },
  { key: 'inProgress', color: 'indigo.5' },
  { key: 'open', color: 'gray.4' },
  { key: 'cancelled', color: 'gray.7' },
] as const;

/**
 * A small stacked bar of the spread. Read out as one sentence (every count), since a bar of five
 * coloured sections says nothing to a screen reader.
 */
export function DirectiveSpreadBar({ spread, size = 'sm' }: { spread: DirectiveSpread; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const total = Math.max(1, spread.total);
  return (
    <div role="img" aria-label={t('directiveSpread.bar', spread)}>
      <Progress.Root size={size} aria-hidden="true">
        {segments.map(({ key, color }) =>
          spread[key] > 0 ? (
            <Progress.Section
              key={key}
              value={(spread[key] * 100) / total}
              color={color}
              aria-hidden="true"
            />
          ) : null,
        )}
      </Progress.Root>
    </div>
  );
}

/** "Arahan: <title>", linked to the directive: an item that is one office's share of one. */
export function DirectiveLabel({ directive }: { directive: DirectiveRef }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed" className="tindak-wrap">
      {/* Above a row link stretched over its card (Beranda's rows), so it stays a link of its own. */}
      <Anchor
        component={Link}
        to={pathTo('directive', { id: directive.id })}
        inherit
        className="tindak-directive-label"
      >
        {t('directiveSpread.label', { title: directive.title })}
      </Anchor>
    </Text>
  );
}
