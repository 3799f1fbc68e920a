import { z } from 'zod';
import { regionKinds } from '../enums';
import { messageRef } from '../i18n/messages';
import {
  idempotencyKeySchema,
  optionalText,
  regionCodeSchema,
  requiredText,
  textInput,
  uuidSchema,
} from './common';

/**
 * Indicators and targets (issue 18): the numbers the meetings are about, per region and period.
 * An indicator (the SPBE index, blank-spot villages, civil servants trained) is kept by one office;
 * each region has at most one value per period, with its source, and at most one target. A value may
 * be only a predicate ("Cukup") where the source gives no number. Numbers travel as JS numbers
 * (PostgreSQL `numeric`, read back with Number()).
 */

export const indicatorUnits = [
  'index',
  'percent',
  'villages',
  'sites',
  'people',
  'applications',
  'count',
] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

/** Which way is better: the SPBE index up, blank-spot villages down. */
export const indicatorDirections = ['higher_is_better', 'lower_is_better'] as const;
export type IndicatorDirection = (typeof indicatorDirections)[number];

/** A period is written `2025` (year), `2025-Q1` (quarter) or `2025-01` (month), by the indicator's kind. */
export const indicatorPeriodKinds = ['year', 'quarter', 'month'] as const;
export type IndicatorPeriodKind = (typeof indicatorPeriodKinds)[number];

/** Where a value comes from: a meeting, an accepted evidence, a document (a file, an import), a note. */
export const indicatorSourceKinds = ['meeting', 'evidence', 'document', 'note'] as const;
export type IndicatorSourceKind = (typeof indicatorSourceKinds)[number];

/** How a band is coloured, worst to best (the web maps tones to colours; screen readers read the label). */
export const bandTones = ['bad', 'weak', 'fair', 'good', 'best'] as const;
export type BandTone = (typeof bandTones)[number];

const PERIOD_PATTERN: Record<IndicatorPeriodKind, RegExp> = {
  year: /^\d{4}$/,
  quarter: /^\d{4}-Q[1-4]$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
};

/** Whether a period is written as the indicator's kind asks (`2025`, `2025-Q1`, `2025-01`). */
export function isPeriodOfKind(period: string, kind: IndicatorPeriodKind): boolean {
  if (!PERIOD_PATTERN[kind].test(period)) return false;
  const year = Number(period.slice(0, 4));
  return year >= 1900 && year <= 2100;
}

/** Any period of any kind; the service checks it against the indicator's kind. */
export const periodSchema = textInput({ error: 'indicatorPeriodInvalid' })
  .trim()
  .refine((value) => indicatorPeriodKinds.some((kind) => isPeriodOfKind(value, kind)), {
    error: 'indicatorPeriodInvalid',
  });

/** The period before (`2025` → `2024`, `2025-Q1` → `2024-Q4`, `2025-01` → `2024-12`). */
export function previousPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  if (period.length === 4) return String(year - 1);
  if (period[5] === 'Q') {
    const quarter = Number(period.slice(6));
    return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
  }
  const month = Number(period.slice(5));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** The period after. */
export function nextPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  if (period.length === 4) return String(year + 1);
  if (period[5] === 'Q') {
    const quarter = Number(period.slice(6));
    return quarter === 4 ? `${year + 1}-Q1` : `${year}-Q${quarter + 1}`;
  }
  const month = Number(period.slice(5));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** A finite number as people write them; ±1e12 covers every count and index Tindak keeps. */
export const indicatorNumber = z
  .number({ error: 'numberInvalid' })
  .refine(Number.isFinite, { error: 'numberInvalid' })
  .min(-1e12, { error: 'numberInvalid' })
  .max(1e12, { error: 'numberInvalid' });

/**
 * A named band of a scale: `from` inclusive, `to` exclusive (the last band includes its `to`).
 * SPBE (PermenPANRB 59/2020): below 1.8 Kurang, 1.8–2.6 Cukup, 2.6–3.5 Baik, 3.5–4.2 Sangat Baik, 4.2–5 Memuaskan.
 */
export const bandSchema = z.object({
  from: indicatorNumber,
  to: indicatorNumber,
  label: requiredText(60),
  tone: z.enum(bandTones),
});
export type Band = z.infer<typeof bandSchema>;

/** Bands lowest first, each after the one before, none empty. */
export function bandsInOrder(bands: readonly Band[]): boolean {
  return bands.every(
    (band, i) => band.from < band.to && (i === 0 || (bands[i - 1]?.to ?? -Infinity) <= band.from),
  );
}

/** The band a value falls in, or null outside every band. */
export function bandOf(bands: readonly Band[], value: number | null): Band | null {
  if (value === null) return null;
  return (
    bands.find(
      (band, i) => value >= band.from && (value < band.to || (i === bands.length - 1 && value === band.to)),
    ) ?? null
  );
}

/** The band a predicate names ("cukup" finds "Cukup"), or null. */
export function bandNamed(bands: readonly Band[], predicate: string | null): Band | null {
  if (!predicate) return null;
  const wanted = predicate.trim().toLocaleLowerCase('id');
  return bands.find((band) => band.label.toLocaleLowerCase('id') === wanted) ?? null;
}

/**
 * Whether a value meets its target, by the indicator's direction; null when either is unknown (a
 * predicate-only value is compared by its band's lower bound only if that reaches the target).
 */
export function meetsTarget(
  direction: IndicatorDirection,
  value: number | null,
  target: number | null,
): boolean | null {
  if (value === null || target === null) return null;
  return direction === 'higher_is_better' ? value >= target : value <= target;
}

const indicatorFields = {
  name: requiredText(200),
  description: optionalText(4000),
  unit: z.enum(indicatorUnits),
  direction: z.enum(indicatorDirections),
  scaleMin: indicatorNumber.nullable().default(null),
  scaleMax: indicatorNumber.nullable().default(null),
  bands: z
    .array(bandSchema)
    .max(12, { error: messageRef('tooMany', 12) })
    .default([]),
  /** Where the bands come from (a regulation), shown under the scale. */
  bandsSource: optionalText(500),
  periodKind: z.enum(indicatorPeriodKinds),
  responsibleOrganizationId: uuidSchema,
};

function checkScale(
  input: { scaleMin: number | null; scaleMax: number | null; bands: Band[] },
  ctx: z.core.$RefinementCtx,
) {
  if (input.scaleMin !== null && input.scaleMax !== null && input.scaleMin >= input.scaleMax)
    ctx.addIssue({ code: 'custom', path: ['scaleMax'], message: 'indicatorScaleOrder' });
  if (!bandsInOrder(input.bands))
    ctx.addIssue({ code: 'custom', path: ['bands'], message: 'indicatorBandsOrder' });
}

export const indicatorDefineInput = z
  .object({ idempotencyKey: idempotencyKeySchema, ...indicatorFields })
  .superRefine(checkScale);
export type IndicatorDefineInput = z.input<typeof indicatorDefineInput>;

/** Every field again, against the version seen; `active: false` retires an indicator (its values stay). */
export const indicatorUpdateInput = z
  .object({ id: uuidSchema, version: z.number().int().min(1), ...indicatorFields, active: z.boolean() })
  .superRefine(checkScale);
export type IndicatorUpdateInput = z.input<typeof indicatorUpdateInput>;

const regionRef = z.object({ code: z.string(), name: z.string(), kind: z.enum(regionKinds) });

export const indicatorSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  unit: z.enum(indicatorUnits),
  direction: z.enum(indicatorDirections),
  scaleMin: z.number().nullable(),
  scaleMax: z.number().nullable(),
  bands: z.array(bandSchema),
  bandsSource: z.string().nullable(),
  periodKind: z.enum(indicatorPeriodKinds),
  responsibleOffice: z.object({ id: z.string(), name: z.string(), regionCode: z.string().nullable() }),
  active: z.boolean(),
  version: z.number().int(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorListInput = z
  .object({ q: textInput().trim().max(200).optional(), includeInactive: z.boolean().default(false) })
  .default({ includeInactive: false });
export type IndicatorListInput = z.input<typeof indicatorListInput>;

/** An indicator as the list shows it: the latest period with values in the caller's scope and how it stands. */
export const indicatorSummarySchema = indicatorSchema.extend({
  latestPeriod: z.string().nullable(),
  /** Regions in scope with a value for the latest period, and those of them below (or above) target. */
  regionsWithValue: z.number().int(),
  offTarget: z.number().int(),
});
export type IndicatorSummary = z.infer<typeof indicatorSummarySchema>;
export const indicatorListOutput = z.object({ items: z.array(indicatorSummarySchema) });

export const indicatorGetInput = z.object({ id: uuidSchema });
/** One indicator with the periods that have a value or target in the caller's scope, newest first. */
export const indicatorGetOutput = z.object({ indicator: indicatorSchema, periods: z.array(z.string()) });
export type IndicatorGetOutput = z.infer<typeof indicatorGetOutput>;

export const valueSourceInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('meeting'), meetingId: uuidSchema, note: optionalText(1000) }),
  z.object({ kind: z.literal('evidence'), evidenceId: uuidSchema, note: optionalText(1000) }),
  z.object({ kind: z.literal('document'), fileId: uuidSchema.nullish(), note: requiredText(1000) }),
  z.object({ kind: z.literal('note'), note: requiredText(1000) }),
]);
export type ValueSourceInput = z.input<typeof valueSourceInput>;

/** A number, a predicate ("Cukup", one of the indicator's band labels when it has bands), or both. */
const valueFields = {
  value: indicatorNumber.nullable().default(null),
  predicate: optionalText(60),
};

function valueOrPredicate(
  input: { value: number | null; predicate: string | null },
  ctx: z.core.$RefinementCtx,
) {
  if (input.value === null && !input.predicate)
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'indicatorValueRequired' });
}

/**
 * Records the value of one region for one period. Replacing a value already there needs the
 * `version` the caller saw (CONFLICT with the current one otherwise); a first value takes none.
 */
export const indicatorRecordValueInput = z
  .object({
    indicatorId: uuidSchema,
    regionCode: regionCodeSchema,
    period: periodSchema,
    ...valueFields,
    source: valueSourceInput,
    version: z.number().int().min(1).optional(),
    idempotencyKey: idempotencyKeySchema,
  })
  .superRefine(valueOrPredicate);
export type IndicatorRecordValueInput = z.input<typeof indicatorRecordValueInput>;

export const valueSourceSchema = z.object({
  kind: z.enum(indicatorSourceKinds),
  meeting: z.object({ id: z.string(), title: z.string() }).nullable(),
  /** The action item whose accepted evidence gave the value. */
  actionItem: z.object({ id: z.string(), title: z.string() }).nullable(),
  fileId: z.string().nullable(),
  note: z.string().nullable(),
});

export const indicatorValueSchema = z.object({
  id: z.string(),
  indicatorId: z.string(),
  region: regionRef,
  period: z.string(),
  value: z.number().nullable(),
  predicate: z.string().nullable(),
  /** The band of the value (or the one its predicate names). */
  band: bandSchema.nullable(),
  source: valueSourceSchema,
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
  version: z.number().int(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

/**
 * One target for one period and many regions in one step ("every regency and city of the province
 * reaches 2.6 in 2026"). Each region says which version of its target the caller saw, null for
 * "none yet": a target changed meanwhile answers CONFLICT and nothing is written.
 */
export const indicatorSetTargetsInput = z.object({
  indicatorId: uuidSchema,
  period: periodSchema,
  target: indicatorNumber,
  regions: z
    .array(z.object({ code: regionCodeSchema, version: z.number().int().min(1).nullable() }))
    .min(1, { error: 'required' })
    .max(600, { error: messageRef('tooMany', 600) }),
});
export type IndicatorSetTargetsInput = z.input<typeof indicatorSetTargetsInput>;

export const indicatorTargetSchema = z.object({
  indicatorId: z.string(),
  regionCode: z.string(),
  period: z.string(),
  target: z.number(),
  version: z.number().int(),
});
export type IndicatorTarget = z.infer<typeof indicatorTargetSchema>;
export const indicatorSetTargetsOutput = z.object({ targets: z.array(indicatorTargetSchema) });

/**
 * The ranking of one indicator for one period: the parent region itself and the regions directly
 * beneath it that the caller sees (a province and its regencies and cities; with no parent, the
 * provinces), best first by the indicator's direction, predicate-only values after the numbers in
 * band order, regions without a value last. `period` left out: the latest with a value in scope.
 */
export const indicatorRankingInput = z.object({
  indicatorId: uuidSchema,
  parentRegionCode: regionCodeSchema.nullable(),
  period: periodSchema.optional(),
});
export type IndicatorRankingInput = z.input<typeof indicatorRankingInput>;

export const indicatorRankingRowSchema = z.object({
  region: regionRef,
  /** 1-based among the rows with a value; null without one. Ties share a rank. */
  rank: z.number().int().nullable(),
  value: indicatorValueSchema.nullable(),
  target: indicatorTargetSchema.nullable(),
  meetsTarget: z.boolean().nullable(),
  /** The value of the period before, and the change since (numbers only). */
  previousValue: z.number().nullable(),
  previousPredicate: z.string().nullable(),
  change: z.number().nullable(),
  /** Open action items and commitments in scope that name this indicator and region. */
  openWork: z.number().int(),
});
export type IndicatorRankingRow = z.infer<typeof indicatorRankingRowSchema>;

export const indicatorRankingOutput = z.object({
  indicator: indicatorSchema,
  /** null when nothing is recorded in scope yet. */
  period: z.string().nullable(),
  previousPeriod: z.string().nullable(),
  /** Every period with a value or target in scope, newest first, for the period picker. */
  periods: z.array(z.string()),
  rows: z.array(indicatorRankingRowSchema),
});
export type IndicatorRankingOutput = z.infer<typeof indicatorRankingOutput>;

/** Work linked to an indicator and region: the action items and commitments meant to move it. */
export const indicatorWorkSchema = z.object({
  kind: z.enum(['actionItem', 'commitment']),
  id: z.string(),
  title: z.string(),
  status: z.string(),
  dueOn: z.string().nullable(),
  ownerOffice: z.string().nullable(),
});
export type IndicatorWork = z.infer<typeof indicatorWorkSchema>;

/** A region's indicators over periods (the region page): value against target, oldest period first. */
export const indicatorRegionSeriesInput = z.object({
  regionCode: regionCodeSchema,
  indicatorId: uuidSchema.optional(),
});
export const indicatorSeriesPointSchema = z.object({
  period: z.string(),
  value: z.number().nullable(),
  predicate: z.string().nullable(),
  band: bandSchema.nullable(),
  target: z.number().nullable(),
  meetsTarget: z.boolean().nullable(),
  source: valueSourceSchema.nullable(),
});
export type IndicatorSeriesPoint = z.infer<typeof indicatorSeriesPointSchema>;
export const indicatorRegionSeriesOutput = z.object({
  region: regionRef,
  indicators: z.array(
    z.object({
      indicator: indicatorSchema,
      points: z.array(indicatorSeriesPointSchema),
      work: z.array(indicatorWorkSchema),
    }),
  ),
});
export type IndicatorRegionSeriesOutput = z.infer<typeof indicatorRegionSeriesOutput>;

/** One indicator value's history for one region and period (from the event log), newest first. */
export const indicatorValueHistoryInput = z.object({
  indicatorId: uuidSchema,
  regionCode: regionCodeSchema,
  period: periodSchema,
});
export const indicatorValueHistoryOutput = z.object({
  entries: z.array(
    z.object({
      eventId: z.number().int(),
      occurredAt: z.string(),
      actorName: z.string().nullable(),
      value: z.number().nullable(),
      predicate: z.string().nullable(),
      source: valueSourceSchema,
    }),
  ),
});

/**
 * Beranda for heads (and the digest): the latest value of each indicator in the caller's scope that
 * misses its target for that period, worst first, with the open work on it.
 */
export const indicatorOffTargetInput = z
  .object({ limit: z.number().int().min(1).max(100).default(10) })
  .default({ limit: 10 });
export const indicatorOffTargetRowSchema = z.object({
  indicator: z.object({
    id: z.string(),
    name: z.string(),
    unit: z.enum(indicatorUnits),
    direction: z.enum(indicatorDirections),
  }),
  region: regionRef,
  period: z.string(),
  value: z.number().nullable(),
  predicate: z.string().nullable(),
  band: bandSchema.nullable(),
  target: z.number(),
  openWork: z.number().int(),
});
export type IndicatorOffTargetRow = z.infer<typeof indicatorOffTargetRowSchema>;
export const indicatorOffTargetOutput = z.object({
  total: z.number().int(),
  rows: z.array(indicatorOffTargetRowSchema),
});
export type IndicatorOffTargetOutput = z.infer<typeof indicatorOffTargetOutput>;

/**
 * The indicator and region an action item or commitment is meant to move. The region defaults to
 * the item's own (its owner office's) when left out.
 */
export const indicatorLinkInput = z
  .object({ indicatorId: uuidSchema, regionCode: regionCodeSchema.nullish() })
  .nullish();
export const indicatorLinkSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.enum(indicatorUnits),
  periodKind: z.enum(indicatorPeriodKinds),
  bands: z.array(bandSchema),
  region: regionRef.nullable(),
});
export type IndicatorLink = z.infer<typeof indicatorLinkSchema>;

/** With an accepted evidence, the verifier may record the value it brought about (the item's indicator and region). */
export const verifiedValueInput = z
  .object({ period: periodSchema, ...valueFields, version: z.number().int().min(1).optional() })
  .superRefine(valueOrPredicate)
  .optional();
