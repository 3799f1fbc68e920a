import {
  type Indicator,
  mayDefineIndicator,
  mayRecordIndicatorValue,
  maySetIndicatorTarget,
} from '@tindak/shared';
import { actorOf } from '../auth/use-authority';
import { useSession } from '../session/use-current-user';

export interface IndicatorAuthority {
  /** Change the definition (its keeper's scope, `indicator.define`). */
  edit: boolean;
  /** Record values: for regions in the user's scope. */
  record: boolean;
  /** Set targets: for regions in scope, of an indicator whose keeper is in scope. */
  target: boolean;
  /** Whether one region's value may be recorded, or its target set (the region pickers' filter). */
  mayRecordFor: (regionCode: string) => boolean;
  maySetTargetFor: (regionCode: string) => boolean;
}

const NOTHING: IndicatorAuthority = {
  edit: false,
  record: false,
  target: false,
  mayRecordFor: () => false,
  maySetTargetFor: () => false,
};

/**
 * What the signed-in user may do with one indicator, by the rules the API enforces
 * (`authority.ts`); the page leaves out what they may not. A national user's scope is every region,
 * so their own scope region stands for "somewhere" when no region is named yet.
 */
export function useIndicatorAuthority(indicator: Indicator): IndicatorAuthority {
  const user = useSession().data?.user;
  if (!user) return NOTHING;
  const actor = actorOf(user);
  const home = indicator.responsibleOffice.regionCode;
  const somewhere = actor.scopeRegion ?? home ?? '';
  const mayRecordFor = (code: string) => mayRecordIndicatorValue(actor, code);
  const maySetTargetFor = (code: string) => maySetIndicatorTarget(actor, home, code);
  return {
    edit: mayDefineIndicator(actor, home),
    record: indicator.active && mayRecordFor(somewhere),
    target: indicator.active && maySetTargetFor(somewhere),
    mayRecordFor,
    maySetTargetFor,
  };
}
