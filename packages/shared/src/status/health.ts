import { daysBetween } from '../time/format';
import type { ActionItemStatus } from './machines';

export const healthStates = ['on_track', 'at_risk', 'overdue'] as const;
export type Health = (typeof healthStates)[number];

/** Days before the deadline from which an unfinished item counts as at risk. */
export const AT_RISK_DAYS = 3;
/** How far (as a share of the time window) progress may lag behind elapsed time before it is at risk. */
export const AT_RISK_LAG = 0.5;

export interface HealthInput {
  status: ActionItemStatus;
  /** Deadline, YYYY-MM-DD. */
  dueOn: string;
  /** Day the item was assigned, YYYY-MM-DD. */
  createdOn: string;
  /** 0-100. */
  progress: number;
}

/**
 * Health of an open item, derived (never stored) from its dates and progress; null once it is done
 * or cancelled. The SQL in action-item.repo.ts computes the same thing for filters and summaries,
 * and a test holds the two together.
 */
export function actionItemHealth(item: HealthInput, today: string): Health | null {
  if (item.status === 'done' || item.status === 'cancelled') return null;
  const daysLeft = daysBetween(today, item.dueOn);
  if (daysLeft < 0) return 'overdue';
  if (item.status === 'blocked' || daysLeft <= AT_RISK_DAYS) return 'at_risk';
  const window = Math.max(1, daysBetween(item.createdOn, item.dueOn));
  const elapsedShare = (window - daysLeft) / window;
  return elapsedShare - item.progress / 100 > AT_RISK_LAG ? 'at_risk' : 'on_track';
}
