import { z } from 'zod';
import { fieldChanges } from './payload-parts';

const band = z.object({ from: z.number(), to: z.number(), label: z.string(), tone: z.string() });

/** Where a recorded value came from, as the event keeps it. */
const valueSource = z.object({
  kind: z.string(),
  meetingId: z.string().nullable().optional(),
  evidenceId: z.string().nullable().optional(),
  actionItemId: z.string().nullable().optional(),
  fileId: z.string().nullable().optional(),
  note: z.string().nullable().optional(),
});

/** Events on an indicator (indikator; aggregate `indicator`): its definition, values and targets. */
export const indicatorEvents = {
  IndicatorDefined: z.object({
    name: z.string(),
    description: z.string().nullable(),
    unit: z.string(),
    direction: z.string(),
    scaleMin: z.number().nullable(),
    scaleMax: z.number().nullable(),
    bands: z.array(band),
    bandsSource: z.string().nullable(),
    periodKind: z.string(),
    responsibleOrganizationId: z.string(),
  }),
  /** `changes` names each field that changed, `{ from, to }` (also `active`). */
  IndicatorUpdated: z.object({ version: z.number(), changes: fieldChanges }),
  /** A value for one region and period, first or replacing `previous`; `version` is the value row's. */
  IndicatorValueRecorded: z.object({
    valueId: z.string(),
    regionCode: z.string(),
    period: z.string(),
    value: z.number().nullable(),
    predicate: z.string().nullable(),
    previous: z.object({ value: z.number().nullable(), predicate: z.string().nullable() }).nullable(),
    source: valueSource,
    version: z.number(),
    /** Set when the value came in through a spreadsheet import (one event per row). */
    importedFrom: z.string().optional(),
  }),
  /**
   * A spreadsheet import applied (its rows each have their IndicatorValueRecorded): the counts, and
   * the key that makes a retried apply return them without writing again.
   */
  IndicatorValuesImported: z.object({
    fileName: z.string(),
    recorded: z.number(),
    counts: z.object({
      new: z.number(),
      changed: z.number(),
      same: z.number(),
      error: z.number(),
      outside: z.number(),
    }),
    skipped: z.number(),
    idempotencyKey: z.string(),
  }),
  /** One target for one period and several regions; `previous` holds each replaced target by region code. */
  IndicatorTargetSet: z.object({
    period: z.string(),
    target: z.number(),
    regionCodes: z.array(z.string()),
    previous: z.record(z.string(), z.number()),
  }),
} satisfies Record<string, z.ZodType>;
