import { demoIndicators, demoRegionOf } from '@tindak/db';
import { indicatorDefineInput, indicatorRecordValueInput, indicatorSetTargetsInput } from '@tindak/shared';
import type { Context } from '../context';
import { defineIndicator } from '../services/indicator.service';
import { recordIndicatorValue, setIndicatorTargets } from '../services/indicator-value.service';

/** Ids by demo key (offices, meetings), as demo.ts resolves them. */
interface Keys {
  get(key: string): string;
}

/**
 * Defines the demo's indicators and records the values the articles give, through the services
 * (each with its event), parsing every input with the API's schemas. Returns the indicators' ids by
 * key, for the action items that name them.
 */
export async function seedDemoIndicators(
  ctx: Context,
  keys: { orgs: Keys; meetings: Keys },
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const indicator of demoIndicators) {
    const defined = await defineIndicator(
      ctx,
      indicatorDefineInput.parse({
        name: indicator.name,
        description: indicator.description,
        unit: indicator.unit,
        direction: indicator.direction,
        scaleMin: indicator.scaleMin ?? null,
        scaleMax: indicator.scaleMax ?? null,
        bands: indicator.bands ?? [],
        bandsSource: indicator.bandsSource,
        periodKind: indicator.periodKind,
        responsibleOrganizationId: keys.orgs.get(indicator.keeper),
      }),
    );
    ids.set(indicator.key, defined.id);
    for (const value of indicator.values) {
      await recordIndicatorValue(
        ctx,
        indicatorRecordValueInput.parse({
          indicatorId: defined.id,
          regionCode: demoRegionOf(value.region),
          period: value.period,
          value: value.value ?? null,
          predicate: value.predicate,
          source: { kind: 'meeting', meetingId: keys.meetings.get(value.meeting) },
        }),
      );
    }
  }
  return ids;
}

/**
 * The targets, once the demo accounts exist: each is set as the account the data names (the
 * province head), so the target and its event say who set it; the rest as the system.
 */
export async function seedDemoTargets(
  system: Context,
  indicatorIds: Map<string, string>,
  accounts: Keys,
): Promise<void> {
  for (const indicator of demoIndicators) {
    const indicatorId = indicatorIds.get(indicator.key);
    if (!indicatorId) throw new Error(`demo data: indicator "${indicator.key}" was not defined`);
    for (const goal of indicator.targets) {
      const setBy = goal.setBy ? accounts.get(goal.setBy) : null;
      // The account acts through the service as the seed does, without a session (systemApi).
      await setIndicatorTargets(
        setBy ? { ...system, actor: { id: setBy } } : system,
        indicatorSetTargetsInput.parse({
          indicatorId,
          period: goal.period,
          target: goal.target,
          regions: goal.regions.map((region) => ({ code: demoRegionOf(region), version: null })),
        }),
      );
    }
  }
}
