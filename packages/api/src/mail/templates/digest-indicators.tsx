import type { Language } from '@tindak/shared';
import { type DigestIndicators, type DigestIndicatorValue, hasIndicatorRows } from '../content';
import { mailMessages } from '../messages';
import { MoreLine } from './digest-sections';
import { Paragraph, SectionTitle, TextLink } from './parts';
import { groupHeading } from './styles';

const numberLocales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** A number as the reader's language writes it: 2,62 and 10.000 in Indonesian, 2.62 and 10,000 in English. */
function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(numberLocales[lang], { maximumFractionDigits: 2 }).format(value);
}

/** "2,45 (Cukup)", "67 titik", or the predicate alone ("Cukup") where the source gave no number. */
function valueText(
  value: number | null,
  predicate: string | null,
  bandLabel: string | null,
  unit: string,
  lang: Language,
) {
  if (value === null) return predicate ?? '';
  const units = mailMessages(lang).digest.indicators.unit as Record<string, string>;
  const unitWord = units[unit];
  const number = formatNumber(value, lang);
  const withUnit = unitWord ? (unit === 'percent' ? `${number}%` : `${number} ${unitWord}`) : number;
  return bandLabel ? `${withUnit} (${bandLabel})` : withUnit;
}

/**
 * One short row: "Indeks SPBE · Kabupaten Kerinci · 2025: 2,45 (Cukup), sebelumnya 2,31 → target
 * 2,60", the indicator and region linked to the region's page. One paragraph, no card: a province's
 * SPBE import is eleven rows, and issue 20 asks for lighter digests.
 */
function IndicatorRow({ row, lang }: { row: DigestIndicatorValue; lang: Language }) {
  const m = mailMessages(lang).digest.indicators;
  const now = valueText(row.value, row.predicate, row.bandLabel, row.unit, lang);
  const before = valueText(row.previousValue, row.previousPredicate, null, row.unit, lang);
  const target = row.target === null ? null : valueText(row.target, null, null, row.unit, lang);
  return (
    <Paragraph>
      <TextLink href={row.url}>
        {row.indicatorName} · {row.regionName}
      </TextLink>
      {` · ${row.period}: ${now}`}
      {before ? `, ${m.previous(before)}` : ''}
      {target ? ` → ${m.target(target)}` : ''}
    </Paragraph>
  );
}

function IndicatorList({
  title,
  rows,
  more,
  lang,
}: {
  title: string;
  rows: DigestIndicatorValue[];
  more: DigestIndicators['more']['recorded'];
  lang: Language;
}) {
  if (rows.length === 0) return null;
  return (
    <>
      <h3 style={groupHeading}>{title}</h3>
      {rows.map((row) => (
        <IndicatorRow key={`${row.url}|${row.indicatorName}|${row.period}`} row={row} lang={lang} />
      ))}
      <MoreLine shown={rows.length} more={more} lang={lang} />
    </>
  );
}

/** "Indikator": values recorded last week and those now off target; nothing at all when both are empty. */
export function IndicatorSection({
  indicators,
  lang,
}: {
  indicators: DigestIndicators | undefined;
  lang: Language;
}) {
  if (!indicators || !hasIndicatorRows(indicators)) return null;
  const m = mailMessages(lang).digest;
  return (
    <>
      <SectionTitle>{m.sections.indicators}</SectionTitle>
      <IndicatorList
        title={m.indicators.recorded}
        rows={indicators.recorded}
        more={indicators.more.recorded}
        lang={lang}
      />
      <IndicatorList
        title={m.indicators.offTarget}
        rows={indicators.offTarget}
        more={indicators.more.offTarget}
        lang={lang}
      />
    </>
  );
}
