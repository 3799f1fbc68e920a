import type { Language } from '../enums';
import { labels } from './namespaces/labels';
import { resourcesFor } from './words';

export { labels } from './namespaces/labels';

const byLanguage = { id: resourcesFor(labels, 'id'), en: resourcesFor(labels, 'en') } as const;

export type StatusLabelKey = keyof typeof labels.statuses;

type LabelGroup = keyof typeof labels;

/** Values arrive as strings from the database and events; an unknown one is shown as it is. */
function label(group: LabelGroup, value: string, lang: Language): string {
  const names: Readonly<Record<string, string>> = byLanguage[lang][group];
  return Object.hasOwn(names, value) ? (names[value] ?? value) : value;
}

export const statusLabel = (status: string, lang: Language) => label('statuses', status, lang);
export const roleLabel = (role: string, lang: Language) => label('roles', role, lang);
export const meetingTypeLabel = (type: string, lang: Language) => label('meetingTypes', type, lang);
export const priorityLabel = (priority: string, lang: Language) => label('priorities', priority, lang);
export const healthLabel = (health: string, lang: Language) => label('healths', health, lang);
