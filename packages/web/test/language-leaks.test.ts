import { describe, expect, it } from 'vitest';
import { resources } from './create-i18n';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

// Common UI words that give away a string left in the other language.
const englishWords = [
  'Save',
  'Cancel',
  'Loading',
  'Search',
  'Settings',
  'Delete',
  'Edit',
  'Close',
  'Submit',
  'Back',
  'Next',
  'Previous',
  'Retry',
  'Error',
  'Sign in',
  'Sign out',
  'Password',
  'Meeting',
  'Meetings',
  'Action item',
  'Proposal',
  'Commitment',
  'Deadline',
  'Status',
  'Region',
  'Account',
  'Users',
  'Language',
  'Open',
  'Done',
  'Yes',
  'No',
  'None',
  'Add',
  'Remove',
  'Send',
  'Show',
  'Hide',
];
const indonesianWords = [
  'Simpan',
  'Batal',
  'Memuat',
  'Cari',
  'Pengaturan',
  'Hapus',
  'Ubah',
  'Tutup',
  'Kirim',
  'Kembali',
  'Berikutnya',
  'Sebelumnya',
  'Coba lagi',
  'Gagal',
  'Masuk',
  'Keluar',
  'Kata sandi',
  'Rapat',
  'Tindak lanjut',
  'Usulan',
  'Komitmen',
  'Tenggat',
  'Wilayah',
  'Akun',
  'Pengguna',
  'Bahasa',
  'Selesai',
  'Ya',
  'Tidak',
  'Tambah',
  'Tampilkan',
  'Sembunyikan',
  'dan',
  'atau',
  'yang',
];

/** Words that are the same in both languages or are names, so they may appear in either. */
const sharedWords = new Set([
  'Status',
  'Email',
  'Menu',
  'Tindak',
  'Admin',
  'Ctrl',
  'Diskominfo',
  'Kominfo',
  'Agenda',
  // Indonesian writes "target" too (KBBI): "memenuhi target".
  'Target',
  // The header's word for no connection: offices say "offline" far more than "luring".
  'Offline',
]);
// Keys whose value is deliberately in the other language: each language names itself in its own.
const nameKeys = /^language\.(id|en)(Short)?$/;

function containsWord(text: string, word: string): boolean {
  const plain = text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/<[^>]*>/g, ' ');
  return new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(plain);
}

function leaks(tree: Tree, words: string[]): string[] {
  return leaves(tree)
    .filter(([key]) => !nameKeys.test(key))
    .flatMap(([key, text]) =>
      words
        .filter((w) => !sharedWords.has(w) && containsWord(text, w))
        .map((w) => `${key}: "${text}" has "${w}"`),
    );
}

describe('no English in the Indonesian interface, and the reverse', () => {
  it('no Indonesian text uses an English UI word', () => {
    expect(leaks(resources.id.translation, englishWords)).toEqual([]);
  });

  it('no English text uses an Indonesian UI word', () => {
    expect(leaks(resources.en.translation, indonesianWords)).toEqual([]);
  });

  it('no text is the same in both languages unless it is a name or shared word', () => {
    const en = new Map(leaves(resources.en.translation));
    const same = leaves(resources.id.translation)
      .filter(([key, text]) => en.get(key) === text && !nameKeys.test(key))
      // Placeholders, arrows and a bare "https://" read the same in any language.
      .filter(([, text]) =>
        /\p{L}{4,}/u.test(text.replace(/\{\{[^}]*\}\}/g, '').replace(/^https?:\/\/$/, '')),
      )
      .filter(([, text]) => !sharedWords.has(text.replace(/\s*\{\{[^}]*\}\}/g, '')))
      .map(([key, text]) => `${key}: "${text}"`);
    expect(same).toEqual([]);
  });
});
