import {
  type Band,
  type Indicator,
  type IndicatorGetOutput,
  type indicatorDefineInput,
  type indicatorGetInput,
  type indicatorListInput,
  type indicatorListOutput,
  type indicatorUpdateInput,
  mayDefineIndicator,
  seesIndicator,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError, ConflictError, DomainError, isUniqueViolation, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import {
  findIndicator,
  findIndicatorIdByKey,
  findKeepingOffice,
  type IndicatorColumns,
  indicatorHasValues,
  insertIndicator,
  listIndicatorRows,
  lockIndicator,
  updateIndicatorRow,
} from '../repositories/indicator.repo';
import { listPeriods } from '../repositories/indicator-value.repo';
import { latestValues } from '../repositories/indicator-view.repo';
import { actorOf } from './authority';
import { createOnce } from './idempotent';
import { requireSeenIndicator } from './indicator-access';
import { valueMeetsTarget } from './indicator-standing';
import { scopeOf } from './scope';

/** The indicators the caller sees, each with how its latest period stands in their scope. */
export async function listIndicators(
  ctx: Context,
  input: z.output<typeof indicatorListInput>,
): Promise<z.output<typeof indicatorListOutput>> {
  const scope = scopeOf(ctx);
  const indicators = await listIndicatorRows(ctx.db, {
    scope,
    q: input.q,
    includeInactive: input.includeInactive,
  });
  // Each region's latest value: the regions whose latest is the newest period are those with a value for it.
  const latest = await latestValues(
    ctx.db,
    indicators.map((i) => i.id),
    scope,
  );
  return {
    items: indicators.map((indicator) => {
      const own = latest.filter((row) => row.indicatorId === indicator.id);
      const latestPeriod = own.reduce<string | null>(
        (max, row) => (max && max > row.period ? max : row.period),
        null,
      );
      const current = own.filter((row) => row.period === latestPeriod);
      const offTarget = current.filter(
        (row) =>
          valueMeetsTarget(
            indicator,
            row.value === null ? null : Number(row.value),
            row.predicate,
            row.target === null ? null : Number(row.target),
          ) === false,
      );
      return { ...indicator, latestPeriod, regionsWithValue: current.length, offTarget: offTarget.length };
    }),
  };
}

export async function getIndicator(
  ctx: Context,
  input: z.output<typeof indicatorGetInput>,
): Promise<IndicatorGetOutput> {
  const indicator = await requireSeenIndicator(ctx, input.id, 'id');
  const periods = await listPeriods(ctx.db, indicator.id, scopeOf(ctx));
  return { indicator, periods: periods.map((p) => p.period) };
}

const FIELD = 'responsibleOrganizationId';

/** The keeping office: active, and one the caller keeps indicators for (`mayDefineIndicator`). */
async function requireKeepingOffice(ctx: Context, officeId: string): Promise<{ regionCode: string | null }> {
  const office = await findKeepingOffice(ctx.db, officeId);
  if (!office?.active) throw new NotFoundError('organizationNotFound', FIELD);
  if (ctx.user && !mayDefineIndicator(actorOf(ctx.user), office.regionCode))
    throw new DomainError('FORBIDDEN', 'notIndicatorKeeper', FIELD);
  return office;
}

/** Names are unique per region: a clash is the caller's to fix, not a server error. */
function nameTaken(error: unknown): never {
  if (isUniqueViolation(error, 'indicators_name_uq')) throw new BadRequestError('indicatorNameTaken', 'name');
  throw error;
}

type Fields = Omit<IndicatorColumns, 'regionCode'>;
const fieldNames = [
  'name',
  'description',
  'unit',
  'direction',
  'scaleMin',
  'scaleMax',
  'bands',
  'bandsSource',
  'periodKind',
  'responsibleOrganizationId',
] as const satisfies readonly (keyof Fields)[];

function fieldsOf(input: z.output<typeof indicatorDefineInput>): Fields {
  const { idempotencyKey: _key, ...fields } = input;
  return fields;
}

export async function defineIndicator(
  ctx: Context,
  input: z.output<typeof indicatorDefineInput>,
): Promise<Indicator> {
  const { id } = await createOnce(
    input.idempotencyKey,
    (key) => findIndicatorIdByKey(ctx.db, key),
    () =>
      ctx.db
        .transaction()
        .execute(async (trx) => {
          const office = await requireKeepingOffice({ ...ctx, db: trx }, input.responsibleOrganizationId);
          const fields = fieldsOf(input);
          const id = await insertIndicator(trx, {
            ...fields,
            regionCode: office.regionCode,
            idempotencyKey: input.idempotencyKey ?? null,
          });
          await recordEvent(trx, ctx.actor, {
            aggregateType: 'indicator',
            aggregateId: id,
            eventType: 'IndicatorDefined',
            payload: fields,
            regions: [],
          });
          return id;
        })
        .catch(nameTaken),
  );
  return (await findIndicator(ctx.db, id)) as Indicator;
}

const STALE = Symbol('stale');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every field against the version seen; the event names only what changed. A new keeping office
 * must be one the caller keeps indicators for, and moves the indicator's home with it. The period
 * kind is fixed once values exist (their periods would no longer read); bands may change.
 */
export async function updateIndicator(
  ctx: Context,
  input: z.output<typeof indicatorUpdateInput>,
): Promise<Indicator> {
  const outcome = await ctx.db
    .transaction()
    .execute(async (trx) => {
      const row = await lockIndicator(trx, input.id);
      if (!row || !seesIndicator(scopeOf(ctx), row.regionCode))
        throw new NotFoundError('indicatorNotFound', 'id');
      if (ctx.user && !mayDefineIndicator(actorOf(ctx.user), row.regionCode))
        throw new DomainError('FORBIDDEN', 'notIndicatorKeeper', 'id');
      if (row.version !== input.version) return STALE;
      const moved = row.responsibleOrganizationId !== input.responsibleOrganizationId;
      const regionCode = moved
        ? (await requireKeepingOffice({ ...ctx, db: trx }, input.responsibleOrganizationId)).regionCode
        : row.regionCode;
      const before = {
        ...row,
        scaleMin: row.scaleMin === null ? null : Number(row.scaleMin),
        scaleMax: row.scaleMax === null ? null : Number(row.scaleMax),
        // jsonb keeps keys in its own order: compare the bands field by field.
        bands: (row.bands as Band[]).map(({ from, to, label, tone }) => ({ from, to, label, tone })),
      };
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const field of [...fieldNames, 'active'] as const) {
        if (!same(before[field], input[field])) changes[field] = { from: before[field], to: input[field] };
      }
      if (Object.keys(changes).length === 0) return undefined;
      if (changes.periodKind && (await indicatorHasValues(trx, input.id)))
        throw new BadRequestError('indicatorPeriodKindLocked', 'periodKind');
      const { id: _id, version: _version, ...written } = input;
      await updateIndicatorRow(trx, input.id, { ...written, regionCode });
      await recordEvent(trx, ctx.actor, {
        aggregateType: 'indicator',
        aggregateId: input.id,
        eventType: 'IndicatorUpdated',
        payload: { version: row.version + 1, changes },
        regions: [],
      });
      return undefined;
    })
    .catch(nameTaken);
  const current = (await findIndicator(ctx.db, input.id)) as Indicator;
  if (outcome === STALE) throw new ConflictError('staleVersion', current, 'version');
  return current;
}
