import { Group, Text, VisuallyHidden } from '@mantine/core';
import type { Band, IndicatorDirection, IndicatorUnit } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { BandBadge } from '../band-badge';
import { formatChange, formatNumber, useFormatValue } from '../format-value';

/**
 * The small marks a ranking row and a series row are made of. Each says its meaning in words (seen
 * or for screen readers); colour only repeats it.
 */

interface ValueMarkProps {
  value: number | null;
  predicate: string | null;
  band: Band | null;
  unit: IndicatorUnit;
}

/** "2,62 [Cukup]", a bare predicate badge, or a dash said as "no value yet". */
export function ValueMark({ value, predicate, band, unit }: ValueMarkProps) {
  const { t } = useTranslation();
  const formatValue = useFormatValue();
  if (value === null && !predicate) return <Dash label={t('indicatorViews.ranking.noValue')} />;
  return (
    <Group gap={6} wrap="nowrap" component="span" display="inline-flex">
      {value !== null && (
        <Text span size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {formatValue(value, unit)}
        </Text>
      )}
      <BandBadge band={band} label={predicate} />
    </Group>
  );
}

/** A visible dash that a screen reader hears as words. */
export function Dash({ label }: { label: string }) {
  return (
    <Text span size="sm" c="dimmed">
      <span aria-hidden="true">–</span>
      <VisuallyHidden>{label}</VisuallyHidden>
    </Text>
  );
}

/** "✓ Ya" / "✗ Tidak": a mark and a word, never the colour alone. */
export function MeetsTargetMark({ meets }: { meets: boolean | null }) {
  const { t } = useTranslation();
  if (meets === null) return <Dash label={t('indicatorViews.meets.unknown')} />;
  return (
    <Text span size="sm" fw={600} c={meets ? 'teal.9' : 'red.9'} style={{ whiteSpace: 'nowrap' }}>
      <span aria-hidden="true">{meets ? '✓ ' : '✗ '}</span>
      {meets ? t('indicatorViews.meets.yes') : t('indicatorViews.meets.no')}
    </Text>
  );
}

interface ChangeMarkProps {
  change: number | null;
  direction: IndicatorDirection;
  /** The period compared with, named in the spoken sentence. */
  since: string | null;
  previousPredicate: string | null;
}

/**
 * "▲ +0,12" green when the move is for the better, "▼ −0,05" red when for the worse (up is worse for
 * blank-spot villages); a screen reader hears "Naik 0,12 sejak 2023, membaik".
 */
export function ChangeMark({ change, direction, since, previousPredicate }: ChangeMarkProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (change === null || since === null) {
    // A predicate-only past ("Cukup") has no number to subtract; saying it is still a comparison.
    if (previousPredicate && since)
      return (
        <Text span size="sm" c="dimmed">
          {t('indicatorViews.change.previousPredicate', { predicate: previousPredicate })}
        </Text>
      );
    return <Dash label={t('indicatorViews.change.none')} />;
  }
  if (change === 0) {
    return (
      <Text span size="sm" c="dimmed">
        <span aria-hidden="true">= 0</span>
        <VisuallyHidden>{t('indicatorViews.change.same', { period: since })}</VisuallyHidden>
      </Text>
    );
  }
  const better = change > 0 === (direction === 'higher_is_better');
  const amount = formatNumber(Math.abs(change), lang);
  const spoken = `${t(change > 0 ? 'indicatorViews.change.up' : 'indicatorViews.change.down', {
    value: amount,
    period: since,
  })}, ${t(better ? 'indicatorViews.change.better' : 'indicatorViews.change.worse')}`;
  return (
    <Text span size="sm" fw={600} c={better ? 'teal.9' : 'red.9'} style={{ whiteSpace: 'nowrap' }}>
      {/* The typographic minus reads as a minus, not a hyphen, beside the arrow. */}
      <span aria-hidden="true">{`${change > 0 ? '▲' : '▼'} ${formatChange(change, lang).replace('-', '−')}`}</span>
      <VisuallyHidden>{spoken}</VisuallyHidden>
    </Text>
  );
}
