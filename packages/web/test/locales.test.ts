import { describe, expect, it } from 'vitest';
import en from '../src/i18n/locales/en.json';
import id from '../src/i18n/locales/id.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('locale files', () => {
  const idLeaves = leaves(id);
  const enLeaves = leaves(en);

  it('have exactly the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...idLeaves.keys()].sort());
  });

  it('use the same placeholders for each key, so no value goes missing in one language', () => {
    for (const [key, text] of idLeaves) {
      expect({ key, placeholders: placeholders(enLeaves.get(key) ?? '') }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });

  it('leave no text empty', () => {
    const empty = [...idLeaves, ...enLeaves].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
