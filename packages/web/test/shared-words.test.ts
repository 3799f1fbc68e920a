import {
  labels,
  languages,
  mailWords,
  meetingTypeLabel,
  messages,
  priorityLabel,
  resourcesFor,
  roleLabel,
  statusLabel,
  translate,
  translateMessage,
  type WordKey,
  type WordTree,
} from '@tindak/shared';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n';

const namespaces = { messages, labels, mail: mailWords } satisfies Record<string, WordTree>;

/** Every key as `t` takes it (plural suffixes removed), with the parameters its words use. */
function keysOf(tree: WordTree, prefix = ''): { key: string; params: string[]; counted: boolean }[] {
  return Object.entries(tree).flatMap(([name, node]) => {
    if (typeof node.id !== 'string' || typeof node.en !== 'string')
      return keysOf(node as WordTree, `${prefix}${name}.`);
    const plural = /_(one|other)$/.exec(name);
    const params = [...`${node.id} ${node.en}`.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '');
    return [{ key: `${prefix}${name.replace(/_(one|other)$/, '')}`, params, counted: plural !== null }];
  });
}

describe('shared namespaces under i18next', () => {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(
      languages.map((lang) => [
        lang,
        Object.fromEntries(Object.entries(namespaces).map(([ns, tree]) => [ns, resourcesFor(tree, lang)])),
      ]),
    ),
    lng: 'id',
    initAsync: false,
    interpolation: { escapeValue: false },
  });

  it.each(Object.entries(namespaces))(
    'the server-side translate says what i18next says for every %s key',
    (ns, tree) => {
      for (const lang of languages) {
        for (const { key, params, counted } of keysOf(tree)) {
          for (const count of counted ? [0, 1, 2] : [undefined]) {
            const values: Record<string, string | number> = Object.fromEntries(
              params.map((p) => [p, `<${p}>`]),
            );
            if (count !== undefined) values.count = count;
            const byI18next = instance.t(key, { ns, lng: lang, ...values } as never) as unknown as string;
            const byShared = translate(tree, lang, key as WordKey<typeof tree>, values);
            expect({ lang, ns, key, text: byShared }).toEqual({ lang, ns, key, text: byI18next });
          }
        }
      }
    },
  );
});

describe("the web's i18next instance", () => {
  it('shows the shared labels under the keys components use', () => {
    for (const lang of languages) {
      const { t } = createI18n(lang);
      expect(t('auth.roles.head')).toBe(roleLabel('head', lang));
      expect(t('meetingType.kunjungan_kerja')).toBe(meetingTypeLabel('kunjungan_kerja', lang));
      expect(t('meetingStatus.postponed')).toBe(statusLabel('postponed', lang));
      expect(t('actionItems.priority.urgent')).toBe(priorityLabel('urgent', lang));
    }
    expect(createI18n('en').t('auth.roles.head')).toBe('Head of office');
    expect(createI18n('id').t('meetingStatus.held')).toBe('Terlaksana');
  });

  it('loads the shared labels and messages namespaces', () => {
    for (const lang of languages) {
      const { t } = createI18n(lang);
      expect(t('statuses.done', { ns: 'labels' })).toBe(statusLabel('done', lang));
      expect(t('tooLong', { ns: 'messages', value: 300 })).toBe(translateMessage('tooLong|300', lang));
    }
  });
});
