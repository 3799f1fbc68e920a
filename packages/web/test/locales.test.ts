import { describe, expect, it } from 'vitest';
import actionItemsEn from '../src/i18n/locales/action-items.en.json';
import actionItemsId from '../src/i18n/locales/action-items.id.json';
import adminEn from '../src/i18n/locales/admin.en.json';
import adminId from '../src/i18n/locales/admin.id.json';
import authId from '../src/i18n/locales/auth.id.json';
import id from '../src/i18n/locales/id.json';
import mailEn from '../src/i18n/locales/mail.en.json';
import mailId from '../src/i18n/locales/mail.id.json';
import meetingRecordEn from '../src/i18n/locales/meeting-record.en.json';
import meetingRecordId from '../src/i18n/locales/meeting-record.id.json';
import { webWordsEn } from '../src/i18n/web-words.en';
import { webWordsId } from '../src/i18n/web-words.id';

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

// Each feature's pair of files is checked on its own, so a missing key names the file it is missing
// from; the pairs come from the list the app loads, so a new feature's pair is checked too.
const pairs: [string, Tree, Tree][] = webWordsId.map((idTree, index) => [
  Object.keys(idTree).join(', '),
  idTree as Tree,
  webWordsEn[index] as Tree,
]);

describe.each(pairs)('locale files (%s)', (_name, idTree, enTree) => {
  const idLeaves = leaves(idTree);
  const enLeaves = leaves(enTree);

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

describe('action item locale files', () => {
  it('add one branch, actionItems, that the main files do not already have', () => {
    expect(Object.keys(actionItemsId)).toEqual(['actionItems']);
    expect(Object.keys(actionItemsEn)).toEqual(['actionItems']);
    expect(Object.keys(id)).not.toContain('actionItems');
  });
});

describe('meeting-record locale files', () => {
  it('add their own branches (proposals, commitments, meetingRecord) that the main files do not have', () => {
    const branches = ['commitments', 'meetingRecord', 'proposals'];
    expect(Object.keys(meetingRecordId).sort()).toEqual(branches);
    expect(Object.keys(meetingRecordEn).sort()).toEqual(branches);
    for (const branch of branches) expect(Object.keys(id)).not.toContain(branch);
  });
});

describe('admin locale files', () => {
  it('add one branch, admin, that no other file has', () => {
    expect(Object.keys(adminId)).toEqual(['admin']);
    expect(Object.keys(adminEn)).toEqual(['admin']);
    for (const other of [id, meetingRecordId, actionItemsId, authId, mailId])
      expect(Object.keys(other)).not.toContain('admin');
  });
});

describe('mail locale files', () => {
  it('add their own branches (account, digest, email, outbox) that no other file has', () => {
    const branches = ['account', 'digest', 'email', 'emailPage', 'outbox'];
    expect(Object.keys(mailId).sort()).toEqual(branches);
    expect(Object.keys(mailEn).sort()).toEqual(branches);
    for (const other of [id, meetingRecordId, actionItemsId, authId, adminId])
      for (const branch of branches) expect(Object.keys(other)).not.toContain(branch);
  });
});
