import {
  bandNamed,
  bandOf,
  type Indicator,
  type IndicatorValue,
  type indicatorRecordValueInput,
  mayRecordIndicatorValue,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError, ConflictError, DomainError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import {
  findValueIdByKey,
  findValueRow,
  insertValue,
  lockValue,
  replaceValue,
  type ValueColumns,
} from '../repositories/indicator-value.repo';
import { findEvidenceItem } from '../repositories/indicator-view.repo';
import { actorOf } from './authority';
import { requireAttachableFile } from './file.service';
import { createOnce } from './idempotent';
import { requirePeriodOfKind, requireRegionsInScope, requireSeenIndicator } from './indicator-access';
import { toValueView } from './indicator-standing';
import { requireVisible } from './scope';

export { valueHistory } from './indicator-history';
export { setIndicatorTargets } from './indicator-targets';

/**
 * What another service's transaction records as a value (the verifier accepting evidence): the
 * caller already holds the transaction (`scoped.db`) and has checked its own authority; this checks
 * the indicator, the period kind, the predicate, the region scope (`mayRecordIndicatorValue`) and
 * the version, writes the value row and its IndicatorValueRecorded event, and returns the row.
 */
export interface ValueCommand {
  indicatorId: string;
  regionCode: string;
  period: string;
  value: number | null;
  predicate: string | null;
  source:
    | { kind: 'meeting'; meetingId: string; note?: string | null }
    | { kind: 'evidence'; evidenceId: string; actionItemId: string; note?: string | null }
    | { kind: 'document'; fileId?: string | null; note: string }
    | { kind: 'note'; note: string };
  /** Required when a value for that region and period exists already (CONFLICT otherwise). */
  version?: number;
  /** Set by the spreadsheet import: the file name, kept on the event. */
  importedFrom?: string;
  /** The request's key: a retry finds the row it made (or replaced). */
  idempotencyKey?: string | null;
}

/** The scale as people read it: "1–5", "≥ 0", "≤ 100". */
function scaleText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min}–${max}`;
  return min !== null ? `≥ ${min}` : `≤ ${max}`;
}

/**
 * The predicate to store: with bands, one of them in the band's own spelling, and not contradicting
 * the number; left out beside a number, none (its band is derived on read). Without bands, as given.
 */
function checkedPredicate(
  indicator: Indicator,
  value: number | null,
  predicate: string | null,
): string | null {
  const { scaleMin: min, scaleMax: max } = indicator;
  if (value !== null && ((min !== null && value < min) || (max !== null && value > max)))
    throw new BadRequestError('indicatorValueOutsideScale', 'value', scaleText(min, max));
  if (!predicate || indicator.bands.length === 0) return predicate;
  const band = bandNamed(indicator.bands, predicate);
  if (!band) throw new BadRequestError('indicatorPredicateUnknown', 'predicate');
  if (value !== null && bandOf(indicator.bands, value)?.label !== band.label)
    throw new BadRequestError('indicatorPredicateMismatch', 'predicate');
  return band.label;
}

/** The source's columns, once the caller is shown to see what it names. */
async function checkedSource(scoped: Context, source: ValueCommand['source']) {
  const columns = { sourceMeetingId: null, sourceEvidenceId: null, sourceFileId: null } as Pick<
    ValueColumns,
    'sourceMeetingId' | 'sourceEvidenceId' | 'sourceFileId'
  >;
  let actionItemId: string | null = null;
  if (source.kind === 'meeting') {
    await requireVisible(scoped, 'meeting', source.meetingId, 'source.meetingId');
    columns.sourceMeetingId = source.meetingId;
  } else if (source.kind === 'evidence') {
    actionItemId = (await findEvidenceItem(scoped.db, source.evidenceId)) ?? null;
    if (!actionItemId || (source.actionItemId && source.actionItemId !== actionItemId))
      throw new NotFoundError('actionItemNotFound', 'source.evidenceId');
    await requireVisible(scoped, 'actionItem', actionItemId, 'source.evidenceId');
    columns.sourceEvidenceId = source.evidenceId;
  } else if (source.kind === 'document' && source.fileId) {
    await requireAttachableFile(scoped, source.fileId);
    columns.sourceFileId = source.fileId;
  }
  return { columns, actionItemId, note: source.note ?? null };
}

export async function recordValueWithin(
  scoped: Context,
  command: ValueCommand,
): Promise<{ id: string; version: number }> {
  const indicator = await requireSeenIndicator(scoped, command.indicatorId);
  await requireRegionsInScope(scoped, [command.regionCode], 'regionCode');
  if (scoped.user && !mayRecordIndicatorValue(actorOf(scoped.user), command.regionCode))
    throw new DomainError('FORBIDDEN', 'notIndicatorRecorder', 'regionCode');
  if (!indicator.active) throw new BadRequestError('indicatorInactive', 'indicatorId');
  requirePeriodOfKind(indicator, command.period);
  const predicate = checkedPredicate(indicator, command.value, command.predicate);
  const source = await checkedSource(scoped, command.source);
  const key = { indicatorId: indicator.id, regionCode: command.regionCode, period: command.period };
  const columns: ValueColumns = {
    value: command.value,
    predicate,
    sourceKind: command.source.kind,
    ...source.columns,
    sourceNote: source.note,
    recordedBy: scoped.actor.id,
    idempotencyKey: command.idempotencyKey ?? null,
  };
  const existing = await lockValue(scoped.db, key);
  const stale = async (id: string | undefined) => {
    const current = id ? await findValueRow(scoped.db, id) : undefined;
    return new ConflictError('staleVersion', current && toValueView(indicator, current), 'version');
  };
  if (existing && existing.version !== command.version) throw await stale(existing.id);
  const written = existing
    ? await replaceValue(scoped.db, existing.id, columns)
    : await insertValue(scoped.db, key, columns);
  // Another transaction wrote the first value meanwhile: the caller saw none, so it is stale.
  if (!written) throw await stale((await lockValue(scoped.db, key))?.id);
  await recordEvent(scoped.db, scoped.actor, {
    aggregateType: 'indicator',
    aggregateId: indicator.id,
    eventType: 'IndicatorValueRecorded',
    payload: {
      valueId: written.id,
      regionCode: command.regionCode,
      period: command.period,
      value: command.value,
      predicate,
      previous: existing
        ? { value: existing.value === null ? null : Number(existing.value), predicate: existing.predicate }
        : null,
      source: {
        kind: command.source.kind,
        meetingId: source.columns.sourceMeetingId,
        evidenceId: source.columns.sourceEvidenceId,
        actionItemId: source.actionItemId,
        fileId: source.columns.sourceFileId,
        note: source.note,
      },
      version: written.version,
      ...(command.importedFrom ? { importedFrom: command.importedFrom } : {}),
    },
    regions: [command.regionCode],
  });
  return written;
}

/** One region's value for one period, first or replacing the version the caller saw. */
export async function recordIndicatorValue(
  ctx: Context,
  input: z.output<typeof indicatorRecordValueInput>,
): Promise<IndicatorValue> {
  const { idempotencyKey, source, ...rest } = input;
  const command: ValueCommand = {
    ...rest,
    source:
      source.kind === 'evidence'
        ? { kind: 'evidence', evidenceId: source.evidenceId, actionItemId: '', note: source.note }
        : source,
    idempotencyKey: idempotencyKey ?? null,
  };
  const { id } = await createOnce(
    idempotencyKey,
    (key) => findValueIdByKey(ctx.db, key),
    () =>
      ctx.db.transaction().execute(async (trx) => (await recordValueWithin({ ...ctx, db: trx }, command)).id),
  );
  const row = await findValueRow(ctx.db, id);
  const indicator = await requireSeenIndicator(ctx, input.indicatorId);
  if (!row || row.indicatorId !== indicator.id) throw new NotFoundError('indicatorNotFound', 'indicatorId');
  await requireRegionsInScope(ctx, [row.regionCode], 'regionCode');
  return toValueView(indicator, row);
}
