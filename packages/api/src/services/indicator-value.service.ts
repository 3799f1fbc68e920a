import type {
  IndicatorValue,
  indicatorRecordValueInput,
  indicatorSetTargetsInput,
  indicatorSetTargetsOutput,
  indicatorValueHistoryInput,
  indicatorValueHistoryOutput,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';

// CONTRACT STUB (helper A replaces every body): values and targets.

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
}

export async function recordValueWithin(
  _scoped: Context,
  _command: ValueCommand,
): Promise<{ id: string; version: number }> {
  throw new Error('not built yet');
}

export async function recordIndicatorValue(
  _ctx: Context,
  _input: z.output<typeof indicatorRecordValueInput>,
): Promise<IndicatorValue> {
  throw new Error('not built yet');
}

export async function setIndicatorTargets(
  _ctx: Context,
  _input: z.output<typeof indicatorSetTargetsInput>,
): Promise<z.output<typeof indicatorSetTargetsOutput>> {
  throw new Error('not built yet');
}

export async function valueHistory(
  _ctx: Context,
  _input: z.output<typeof indicatorValueHistoryInput>,
): Promise<z.output<typeof indicatorValueHistoryOutput>> {
  throw new Error('not built yet');
}
