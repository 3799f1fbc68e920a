import { describe, expect, it } from 'vitest';
import { createI18n } from '../src/i18n/i18n';
import { loadWords } from '../src/i18n/load-words';
import { words as idWords } from '../src/i18n/words.id';

describe("the app's words, one language at a time", () => {
  it('starts with the given language only', () => {
    const i18n = createI18n('id', idWords);
    expect(i18n.t('home.title')).toBe('Beranda');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
  });

  it('switches only once the other language is loaded, so no raw key is ever shown', async () => {
    const i18n = createI18n('id', idWords);
    const seen: string[] = [];
    i18n.on('languageChanged', () => seen.push(i18n.t('home.title')));
    const switching = i18n.changeLanguage('en');
    // Still Indonesian while English is on its way.
    expect(i18n.language).toBe('id');
    expect(i18n.t('home.title')).toBe('Beranda');
    await switching;
    expect(i18n.language).toBe('en');
    expect(seen).toEqual(['Home']);
    // Every namespace came with it: the shared labels and messages too.
    const en = await loadWords('en');
    expect(i18n.getResourceBundle('en', 'labels')).toEqual(en.labels);
    expect(i18n.getResourceBundle('en', 'messages')).toEqual(en.messages);
  });

  it('switches back and forth', async () => {
    const i18n = createI18n('en', await loadWords('en'));
    await i18n.changeLanguage('id');
    expect(i18n.t('home.title')).toBe('Beranda');
    await i18n.changeLanguage('en');
    expect(i18n.t('home.title')).toBe('Home');
  });
});
