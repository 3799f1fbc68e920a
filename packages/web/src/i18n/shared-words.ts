import { type Language, labels, meetingStatusMachine, messages, resourcesFor } from '@tindak/shared';

/** The shared namespaces the web loads next to its own `translation` (the `mail` one is server-only). */
export function sharedNamespaces(lang: Language) {
  return { labels: resourcesFor(labels, lang), messages: resourcesFor(messages, lang) };
}

/**
 * Components name labels by the keys they had before the labels moved to shared (`auth.roles.head`,
 * `meetingType.rakor`, `meetingStatus.held`, `actionItems.priority.high`). These branches point those
 * keys at the shared `labels` namespace, so each label is still written once.
 */
export function labelBranches(lang: Language) {
  const { statuses, roles, meetingTypes, priorities } = resourcesFor(labels, lang);
  const meetingStatus = Object.fromEntries(
    meetingStatusMachine.statuses.map((status) => [status, statuses[status]]),
  ) as Pick<typeof statuses, (typeof meetingStatusMachine.statuses)[number]>;
  return {
    auth: { roles },
    meetingType: meetingTypes,
    meetingStatus,
    actionItems: { priority: priorities },
  };
}

export type LabelBranches = ReturnType<typeof labelBranches>;
export type SharedNamespaces = ReturnType<typeof sharedNamespaces>;
