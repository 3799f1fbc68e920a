import { describe, expect, it } from 'vitest';
import {
  type ActionItemShareInput,
  actionItemShareText,
  type CommitmentShareInput,
  commitmentShareText,
  digestShareText,
  type MeetingShareInput,
  meetingShareText,
  SHARE_TEXT_LIMIT,
} from '../src';

const origin = 'https://tindak.example.go.id/';

const rakornis: MeetingShareInput = {
  id: 'm-1',
  type: 'rakornis',
  title: 'Rakornis Kominfo se-Provinsi Jambi 2025',
  status: 'held',
  // 09.00 to 12.00 WIB on Monday 9 February 2026.
  startsAt: '2026-02-09T02:00:00.000Z',
  endsAt: '2026-02-09T05:00:00.000Z',
  timeZone: 'Asia/Jakarta',
  place: 'Hotel Aston Jambi',
  onlineUrl: null,
  host: { id: 'o-1', name: 'Dinas Kominfo Provinsi Jambi' },
  regions: [
    { code: '15.01', name: 'Kabupaten Kerinci' },
    { code: '15.71', name: 'Kota Jambi' },
  ],
  participantCount: 42,
  agenda: [
    { position: 2, title: 'Pusat data provinsi', notes: null },
    { position: 1, title: 'Arahan Gubernur', notes: 'panjang' },
  ],
};

const hosting: ActionItemShareInput = {
  id: 'a-1',
  title: 'Pindahkan hosting aplikasi ke Data Center Provinsi Jambi',
  status: 'in_progress',
  health: 'overdue',
  progress: 40,
  dueOn: '2026-02-09',
  ownerOrganization: { id: 'o-2', name: 'Dinas Kominfo Kabupaten Kerinci' },
  ownerPerson: { id: 'p-1', name: 'Budi Santoso' },
  region: { code: '15.01', name: 'Kabupaten Kerinci' },
  meeting: { outsideScope: false, id: 'm-1', title: 'Rakornis 2025' },
  description: null,
};

describe('meetingShareText', () => {
  it('writes a meeting for WhatsApp in Indonesian, the agenda in order and the link last', () => {
    expect(meetingShareText(rakornis, { lang: 'id', origin })).toBe(
      [
        '*Rakornis Kominfo se-Provinsi Jambi 2025*',
        'Rakornis · Terlaksana',
        '',
        'Waktu: Senin, 9 Februari 2026 09.00 WIB sampai 12.00 WIB',
        'Tempat: Hotel Aston Jambi',
        'Penyelenggara: Dinas Kominfo Provinsi Jambi',
        'Wilayah: Kabupaten Kerinci, Kota Jambi',
        '42 peserta',
        '',
        '*Agenda*',
        '• Arahan Gubernur',
        '• Pusat data provinsi',
        '',
        'Buka di Tindak:',
        'https://tindak.example.go.id/rapat/m-1',
      ].join('\n'),
    );
  });

  it('writes the same meeting in English', () => {
    expect(meetingShareText({ ...rakornis, place: null, agenda: [] }, { lang: 'en', origin })).toBe(
      [
        '*Rakornis Kominfo se-Provinsi Jambi 2025*',
        'Technical coordination meeting · Held',
        '',
        'When: Monday, 9 February 2026 09:00 WIB until 12:00 WIB',
        'Place: Online',
        'Host: Dinas Kominfo Provinsi Jambi',
        'Region: Kabupaten Kerinci, Kota Jambi',
        '42 participants',
        '',
        'Open in Tindak:',
        'https://tindak.example.go.id/rapat/m-1',
      ].join('\n'),
    );
  });

  it('cuts a long agenda to five lines and counts the rest', () => {
    const agenda = Array.from({ length: 12 }, (_, i) => ({
      position: i,
      title: `Sesi ${i + 1}`,
      notes: null,
    }));
    const text = meetingShareText({ ...rakornis, agenda }, { lang: 'id', origin });
    expect(text).toContain('• Sesi 5\n• dan 7 lainnya');
    expect(text).not.toContain('Sesi 6');
  });

  it('stays under the limit however long the agenda items are, and keeps the link', () => {
    const agenda = Array.from({ length: 30 }, (_, i) => ({
      position: i,
      title: 'Paparan '.repeat(30),
      notes: null,
    }));
    const text = meetingShareText(
      { ...rakornis, title: 'Rapat '.repeat(80), agenda },
      { lang: 'id', origin },
    );
    expect(text.length).toBeLessThanOrEqual(SHARE_TEXT_LIMIT);
    expect(text.endsWith('https://tindak.example.go.id/rapat/m-1')).toBe(true);
  });

  it('keeps typed asterisks and underscores from switching WhatsApp formatting on', () => {
    const text = meetingShareText(
      { ...rakornis, title: 'Rapat *penting* data_center' },
      { lang: 'id', origin },
    );
    expect(text.split('\n')[0]).toBe('*Rapat ∗penting∗ dataˍcenter*');
  });
});

describe('actionItemShareText', () => {
  it('writes an action item in Indonesian', () => {
    expect(actionItemShareText(hosting, { lang: 'id', origin })).toBe(
      [
        'Tindak lanjut: *Pindahkan hosting aplikasi ke Data Center Provinsi Jambi*',
        '',
        'Status: Sedang dikerjakan · Terlambat',
        'Tenggat: Senin, 9 Februari 2026',
        'Penanggung jawab: Dinas Kominfo Kabupaten Kerinci (Budi Santoso)',
        'Wilayah: Kabupaten Kerinci',
        'Progres: 40%',
        'Dari rapat: Rakornis 2025',
        '',
        'Buka di Tindak:',
        'https://tindak.example.go.id/tindak-lanjut/a-1',
      ].join('\n'),
    );
  });

  it('writes it in English, leaving out a meeting outside the reader region', () => {
    const item = { ...hosting, meeting: { outsideScope: true as const }, ownerPerson: null };
    expect(actionItemShareText(item, { lang: 'en', origin })).toBe(
      [
        'Follow-up: *Pindahkan hosting aplikasi ke Data Center Provinsi Jambi*',
        '',
        'Status: In progress · Overdue',
        'Deadline: Monday, 9 February 2026',
        'Responsible: Dinas Kominfo Kabupaten Kerinci',
        'Region: Kabupaten Kerinci',
        'Progress: 40%',
        '',
        'Open in Tindak:',
        'https://tindak.example.go.id/tindak-lanjut/a-1',
      ].join('\n'),
    );
  });
});

describe('commitmentShareText', () => {
  const commitment: CommitmentShareInput = {
    id: 'c-1',
    title: 'Membangun BTS di desa blank spot',
    status: 'open',
    isOverdue: true,
    dueOn: null,
    committedBy: { id: 'o-3', name: 'APJII' },
    committedByPerson: null,
    owner: { organization: { id: 'o-4', name: 'Dinas Kominfo Banyuasin' }, person: null },
    regions: ['A', 'B', 'C', 'D', 'E'].map((name) => ({ code: name, name: `Kecamatan ${name}` })),
    meeting: null,
  };

  it('lists the first regions on one line and counts the rest', () => {
    const text = commitmentShareText(commitment, { lang: 'id', origin });
    expect(text).toContain('Wilayah: Kecamatan A, Kecamatan B, Kecamatan C dan 2 lainnya');
    expect(text).toContain('Status: Terbuka · Terlambat');
    expect(text).toContain('Tenggat: Tanpa tenggat');
    expect(text.endsWith('https://tindak.example.go.id/komitmen/c-1')).toBe(true);
  });
});

describe('digestShareText', () => {
  it('shares the numbers and the page, never the recipient', () => {
    const digest = {
      subject: '[Tindak] Ringkasan mingguan 2–8 Februari 2026',
      preview: '3 terlambat, 5 jatuh tempo minggu ini',
      recipient: { id: 'u-1', displayName: 'Sari Dewi', email: 'sari@kominfo.jambiprov.go.id' },
    };
    const text = digestShareText(digest, { lang: 'id', origin });
    expect(text).toContain('*[Tindak] Ringkasan mingguan 2–8 Februari 2026*');
    expect(text).toContain('3 terlambat, 5 jatuh tempo minggu ini');
    expect(text).not.toMatch(/@|Sari/);
    expect(text.endsWith('https://tindak.example.go.id/ringkasan')).toBe(true);
  });
});

describe('what a shared text leaves out', () => {
  it('says no email address even when the page data holds one', () => {
    const withContacts = {
      ...rakornis,
      participants: [{ name: 'Budi', email: 'budi@kerincikab.go.id', phone: '0812' }],
    };
    const text = meetingShareText(withContacts, { lang: 'id', origin });
    expect(text).not.toMatch(/@|0812|Budi/);
  });
});
