import { describe, expect, it } from 'vitest';
import { localizeIssues, meetingCreateInput, personCreateInput } from '../src';

const host = '0b6f0b8e-3a4e-4a53-9a52-6a0c1c0e0001';
const valid = {
  type: 'rakornis',
  title: 'Rakornis Kominfo 2025',
  startsAt: '2025-11-03T09:00:00+07:00',
  endsAt: '2025-11-03T15:00:00+07:00',
  place: 'Auditorium Rumah Dinas Gubernur Jambi',
  hostOrganizationId: host,
};

function messagesOf(result: { success: boolean; error?: { issues: never[] } }, lang: 'id' | 'en' = 'id') {
  if (result.success || !result.error) throw new Error('expected a failure');
  return localizeIssues(result.error.issues, lang);
}

describe('meetingCreateInput', () => {
  it('accepts a complete meeting and fills defaults', () => {
    const parsed = meetingCreateInput.parse(valid);
    expect(parsed.timeZone).toBe('Asia/Jakarta');
    expect(parsed.participants).toEqual([]);
    expect(parsed.summary).toBeNull();
  });

  it('names the field for a blank title, in Indonesian', () => {
    const issues = messagesOf(meetingCreateInput.safeParse({ ...valid, title: '   ' }) as never);
    expect(issues).toEqual([{ path: 'title', message: 'Wajib diisi.' }]);
  });

  it('puts "end before start" on the end field', () => {
    const issues = messagesOf(
      meetingCreateInput.safeParse({ ...valid, endsAt: '2025-11-03T08:00:00+07:00' }) as never,
      'en',
    );
    expect(issues).toEqual([{ path: 'endsAt', message: 'The end must be at or after the start.' }]);
  });

  it('asks for a place or a link', () => {
    const issues = messagesOf(meetingCreateInput.safeParse({ ...valid, place: '' }) as never);
    expect(issues.map((i) => i.path)).toEqual(['place']);
  });

  it('rejects oversized text with its limit', () => {
    const issues = messagesOf(meetingCreateInput.safeParse({ ...valid, title: 'x'.repeat(301) }) as never);
    expect(issues).toEqual([{ path: 'title', message: 'Terlalu panjang: paling banyak 300 karakter.' }]);
  });

  it('flags the same person listed twice', () => {
    const personId = '0b6f0b8e-3a4e-4a53-9a52-6a0c1c0e0002';
    const issues = messagesOf(
      meetingCreateInput.safeParse({
        ...valid,
        participants: [
          { kind: 'person', personId },
          { kind: 'person', personId },
        ],
      }) as never,
    );
    expect(issues).toEqual([
      { path: 'participants.1.personId', message: 'Orang ini sudah ada di daftar peserta.' },
    ]);
  });

  it('translates wrong JSON types with zod’s Indonesian locale', () => {
    const issues = messagesOf(meetingCreateInput.safeParse({ ...valid, participants: 'semua' }) as never);
    expect(issues[0]?.path).toBe('participants');
    expect(issues[0]?.message).toMatch(/tidak valid|Input/i);
  });
});

describe('personCreateInput', () => {
  it('accepts an 18-digit NIP typed with spaces', () => {
    expect(
      personCreateInput.parse({ fullName: 'Drs. Ariansyah, M.E.', nip: '19700101 199503 1 001' }).nip,
    ).toBe('197001011995031001');
  });

  it('explains a 17-digit NIP', () => {
    const issues = messagesOf(
      personCreateInput.safeParse({ fullName: 'A', nip: '19700101199503100' }) as never,
    );
    expect(issues).toEqual([{ path: 'nip', message: 'NIP harus 18 angka (sekarang 17 angka).' }]);
  });
});
