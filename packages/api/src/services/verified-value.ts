import type { verifiedValueInput } from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError, DomainError } from '../errors';
import type { ActionItemRow } from '../repositories/action-item.repo';
import { recordValueWithin } from './indicator-value.service';

type VerifiedValue = NonNullable<z.output<typeof verifiedValueInput>>;

/** The fields of the verify form's value; an error on one of them is shown next to it there. */
const valueFields = new Set(['period', 'value', 'predicate', 'version']);

/**
 * With accepted evidence, the verifier records the value it brought about (issue 18), for the
 * item's indicator and region, in the verdict's own transaction: a value refused (a period of the
 * wrong kind, outside the scale, a stale version) undoes the verdict too. Returns what the
 * ActionItemVerified event says of it.
 */
export async function recordVerifiedValue(
  scoped: Context,
  item: ActionItemRow,
  evidenceId: string | undefined,
  given: VerifiedValue,
) {
  if (!item.indicatorId) throw new BadRequestError('itemHasNoIndicator', 'indicatorValue');
  const regionCode = item.indicatorRegionCode ?? item.regionCode;
  if (!regionCode) throw new BadRequestError('regionNotFound', 'indicatorValue');
  if (!evidenceId) throw new BadRequestError('evidenceRequired', 'indicatorValue');
  const value = {
    indicatorId: item.indicatorId,
    regionCode,
    period: given.period,
    value: given.value,
    predicate: given.predicate,
  };
  try {
    await recordValueWithin(scoped, {
      ...value,
      source: { kind: 'evidence', evidenceId, actionItemId: item.id },
      ...(given.version === undefined ? {} : { version: given.version }),
    });
  } catch (error) {
    throw onValueField(error);
  }
  return value;
}

/** The value service names its own fields (`period`); the verify input holds them under `indicatorValue`. */
function onValueField(error: unknown): unknown {
  if (!(error instanceof DomainError) || !error.field || !valueFields.has(error.field)) return error;
  return new DomainError(
    error.code,
    error.messageKey,
    `indicatorValue.${error.field}`,
    error.current,
    error.param,
  );
}
