import type {
  Indicator,
  IndicatorGetOutput,
  indicatorDefineInput,
  indicatorGetInput,
  indicatorListInput,
  indicatorListOutput,
  indicatorUpdateInput,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';

// CONTRACT STUB (helper A replaces every body): definitions of indicators.

export async function listIndicators(
  _ctx: Context,
  _input: z.output<typeof indicatorListInput>,
): Promise<z.output<typeof indicatorListOutput>> {
  throw new Error('not built yet');
}

export async function getIndicator(
  _ctx: Context,
  _input: z.output<typeof indicatorGetInput>,
): Promise<IndicatorGetOutput> {
  throw new Error('not built yet');
}

export async function defineIndicator(
  _ctx: Context,
  _input: z.output<typeof indicatorDefineInput>,
): Promise<Indicator> {
  throw new Error('not built yet');
}

export async function updateIndicator(
  _ctx: Context,
  _input: z.output<typeof indicatorUpdateInput>,
): Promise<Indicator> {
  throw new Error('not built yet');
}
