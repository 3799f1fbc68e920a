import { formatCalendarDate, type Language, statusLabel } from '@tindak/shared';
import type { NotificationFacts } from '../content';
import { mailMessages, type NotificationWords } from '../messages';

/** Colour of a notification's badge: how much it asks of the reader. */
export type Tone = 'danger' | 'warning' | 'success' | 'info';

export interface Fact {
  label: string;
  value: string;
}

export interface DescribedNotification {
  words: NotificationWords;
  tone: Tone;
  facts: Fact[];
}

/** Turns one notification into its words, badge tone and label/value facts, in one language. */
export function describeNotification(facts: NotificationFacts, lang: Language): DescribedNotification {
  const m = mailMessages(lang).notification;
  const date = (value: string | null | undefined) => (value ? formatCalendarDate(value, lang) : null);
  const status = (value: string | null | undefined) => (value ? statusLabel(value, lang) : null);
  const words = m.words[facts.kind]({
    actor: facts.actorName,
    due: date(facts.dueDate),
    requested: date(facts.requestedDueDate),
    outcome: facts.outcome ?? null,
    fromStatus: status(facts.fromStatus),
    toStatus: status(facts.toStatus),
  });

  const rows: [string, string | null | undefined][] = [
    [facts.kind === 'commitmentStatusChanged' ? m.facts.party : m.facts.office, facts.officeName],
    [m.facts.due, date(facts.dueDate)],
  ];
  if (facts.kind === 'extensionRequested') rows.push([m.facts.requested, date(facts.requestedDueDate)]);
  if (facts.kind === 'extensionDecided' && facts.outcome === 'approved') {
    rows.push([m.facts.newDue, date(facts.requestedDueDate)]);
  }
  rows.push([noteLabel(facts, lang), facts.note]);

  return {
    words,
    tone: toneOf(facts),
    facts: rows.flatMap(([label, value]) => (value ? [{ label, value }] : [])),
  };
}

function noteLabel(facts: NotificationFacts, lang: Language): string {
  const labels = mailMessages(lang).notification.facts;
  if (facts.kind === 'delegated') return labels.instruction;
  if (facts.kind === 'extensionRequested') return labels.reason;
  return labels.note;
}

function toneOf(facts: NotificationFacts): Tone {
  switch (facts.kind) {
    case 'overdue':
      return 'danger';
    case 'dueSoon1':
    case 'dueSoon3':
    case 'extensionRequested':
    case 'evidenceSubmitted':
      return 'warning';
    case 'extensionDecided':
    case 'verified':
      return facts.outcome === 'rejected' ? 'danger' : 'success';
    default:
      return 'info';
  }
}

/** Most urgent first, so a long summary still opens with what needs action today. */
const urgency: Record<NotificationFacts['kind'], number> = {
  overdue: 0,
  dueSoon1: 1,
  extensionRequested: 2,
  evidenceSubmitted: 3,
  dueSoon3: 4,
  verified: 5,
  extensionDecided: 6,
  assigned: 7,
  delegated: 8,
  commitmentStatusChanged: 9,
};

export function byUrgency(notifications: NotificationFacts[]): NotificationFacts[] {
  return [...notifications].sort((a, b) => urgency[a.kind] - urgency[b.kind]);
}
