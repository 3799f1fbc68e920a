import { describe, expect, it } from 'vitest';
import {
  labels,
  mailWords,
  meetingTypeLabel,
  messages,
  priorityLabel,
  resourcesFor,
  roleLabel,
  statusLabel,
  translate,
  translateMessage,
  type WordPair,
  type WordTree,
} from '../src';

const namespaces: [string, WordTree][] = [
  ['messages', messages],
  ['labels', labels],
  ['mail', mailWords],
];

function pairs(tree: WordTree, prefix = ''): [string, WordPair][] {
  return Object.entries(tree).flatMap(([key, node]) =>
    typeof node.id === 'string' && typeof node.en === 'string'
      ? [[`${prefix}${key}`, node as WordPair] as [string, WordPair]]
      : pairs(node as WordTree, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe.each(namespaces)('the %s namespace', (_name, tree) => {
  it('says every word in both languages, with the same parameters', () => {
    for (const [key, pair] of pairs(tree)) {
      expect({ key, id: pair.id.trim() === '', en: pair.en.trim() === '' }).toEqual({
        key,
        id: false,
        en: false,
      });
      expect({ key, en: placeholders(pair.en) }).toEqual({ key, en: placeholders(pair.id) });
    }
  });

  it('uses only i18next parameters, never the old positional {0}', () => {
    const positional = pairs(tree)
      .filter(([, pair]) => /\{\d+\}/.test(pair.id) || /\{\d+\}/.test(pair.en))
      .map(([key]) => key);
    expect(positional).toEqual([]);
  });
});

describe('translate', () => {
  it('finds a nested key and fills in its parameters', () => {
    expect(translate(mailWords, 'id', 'digest.owner', { name: 'Rina' })).toBe('PJ: Rina');
    expect(translate(mailWords, 'en', 'digest.owner', { name: 'Rina' })).toBe('Responsible: Rina');
  });

  it('chooses the plural form by count, as i18next does', () => {
    expect(translate(mailWords, 'en', 'digest.daysOverdue', { count: 1 })).toBe('1 day overdue');
    expect(translate(mailWords, 'en', 'digest.daysOverdue', { count: 0 })).toBe('0 days overdue');
    expect(translate(mailWords, 'en', 'digest.daysOverdue', { count: 4 })).toBe('4 days overdue');
    expect(translate(mailWords, 'id', 'digest.daysOverdue', { count: 1 })).toBe('1 hari terlambat');
  });

  it('inserts values as they are, even when they look like placeholders or replacement patterns', () => {
    expect(translate(mailWords, 'id', 'greeting', { name: '{{name}} $& $1' })).toBe('Halo {{name}} $& $1,');
  });

  it('leaves a placeholder without a value visible, and an unknown key as the key', () => {
    expect(translate(mailWords, 'en', 'greeting')).toBe('Hello {{name}},');
    // @ts-expect-error: not a key of the namespace
    expect(translate(mailWords, 'en', 'digest.nothing')).toBe('digest.nothing');
  });

  it('gives i18next one tree per language', () => {
    expect(resourcesFor(labels, 'en').roles.head).toBe('Head of office');
    expect(resourcesFor(labels, 'id').statuses.in_progress).toBe('Sedang dikerjakan');
  });
});

describe('messages and labels read by users', () => {
  it('keep their words: a message reference with a parameter', () => {
    expect(translateMessage('tooLong|300', 'id')).toBe('Terlalu panjang: paling banyak 300 karakter.');
    expect(translateMessage('tooLong|300', 'en')).toBe('Too long: at most 300 characters.');
    expect(translateMessage('required', 'en')).toBe('This field is required.');
    expect(translateMessage('plain text, not a key', 'id')).toBe('plain text, not a key');
  });

  it('name roles, meeting types, priorities and statuses once, and show an unknown value as it is', () => {
    expect(roleLabel('head', 'id')).toBe('Kepala');
    expect(roleLabel('head', 'en')).toBe('Head of office');
    expect(meetingTypeLabel('forum', 'id')).toBe('Forum perangkat daerah');
    expect(priorityLabel('urgent', 'en')).toBe('Urgent');
    expect(statusLabel('awaiting_verification', 'id')).toBe('Menunggu verifikasi');
    expect(statusLabel('archived', 'en')).toBe('archived');
  });
});
