import {
  type ActionItemPriority,
  type ActionItemStatus,
  actionItemPriorities,
  actionItemStatuses,
  type Health,
  healthStates,
  type Language,
  statusLabel,
} from '@tindak/shared';
import type { TFunction } from 'i18next';

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

export const isActionItemStatus = (value: unknown): value is ActionItemStatus =>
  isOneOf(actionItemStatuses, value);
export const isHealth = (value: unknown): value is Health => isOneOf(healthStates, value);
export const isPriority = (value: unknown): value is ActionItemPriority =>
  isOneOf(actionItemPriorities, value);

/** Board columns, in the order work moves through them. */
export const boardStatuses = [
  'open',
  'in_progress',
  'awaiting_verification',
  'blocked',
  'done',
  'cancelled',
] as const satisfies readonly ActionItemStatus[];

/** Statuses with no way out: nothing more can be done but comment. */
export function isClosed(status: ActionItemStatus): boolean {
  return status === 'done' || status === 'cancelled';
}

export function statusOptions(lang: Language) {
  return boardStatuses.map((value) => ({ value, label: statusLabel(value, lang) }));
}

export function healthOptions(t: TFunction) {
  return healthStates.map((value) => ({ value, label: t(`actionItems.health.${value}`) }));
}

export function priorityOptions(t: TFunction) {
  return actionItemPriorities.map((value) => ({ value, label: t(`actionItems.priority.${value}`) }));
}

/** Where a file of evidence is downloaded from (same origin as the app, like /trpc). */
export function fileUrl(id: string): string {
  return `/api/files/${encodeURIComponent(id)}`;
}
