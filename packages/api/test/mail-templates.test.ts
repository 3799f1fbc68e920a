import type { Language } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import type { DigestMail, RenderedMail } from '../src/mail/content';
import { createPieceCache } from '../src/mail/pieces';
import {
  renderAccountLinkMail,
  renderDailySummaryMail,
  renderDigestMail,
  renderDigestScopeSections,
  renderNotificationMail,
  shortOfficeName,
} from '../src/mail/render';
import {
  sampleAccountLinkMail,
  sampleDailySummaryMail,
  sampleDigestMail,
  sampleLinks,
  sampleNotificationMail,
  sampleNotifications,
} from '../src/mail/samples';
import { formatDateRange } from '../src/mail/templates/digest-format';

/** What each sample notification's subject must start with after "[Tindak] ", per language. */
const expectedLabels: Record<string, Record<Language, string>> = {
  assigned: { id: 'Tindak lanjut baru', en: 'New follow-up' },
  delegated: { id: 'Disposisi', en: 'Passed down to you' },
  dueSoon3: { id: 'Jatuh tempo 3 hari lagi', en: 'Due in 3 days' },
  dueSoon1: { id: 'Jatuh tempo besok', en: 'Due tomorrow' },
  overdue: { id: 'Terlambat', en: 'Overdue' },
  extensionRequested: { id: 'Permintaan perpanjangan tenggat', en: 'Deadline extension requested' },
  extensionApproved: { id: 'Perpanjangan tenggat disetujui', en: 'Extension approved' },
  extensionRejected: { id: 'Perpanjangan tenggat ditolak', en: 'Extension rejected' },
  evidenceSubmitted: { id: 'Bukti menunggu verifikasi', en: 'Evidence awaiting verification' },
  verifiedAccepted: { id: 'Bukti diterima', en: 'Evidence accepted' },
  verifiedRejected: { id: 'Bukti ditolak', en: 'Evidence rejected' },
  commitmentStatusChanged: { id: 'Status komitmen berubah', en: 'Commitment status changed' },
};

/** The button text per sample, so the mail is known to point somewhere with the right words. */
const expectedActions: Record<string, Record<Language, string>> = {
  extensionRequested: { id: 'Tinjau permintaan', en: 'Review the request' },
  evidenceSubmitted: { id: 'Periksa bukti', en: 'Review the evidence' },
  commitmentStatusChanged: { id: 'Buka komitmen', en: 'Open the commitment' },
};

/** UI words of the other language that must never show up (whole words, case-sensitive). */
const englishWords = [
  'Hello',
  'Dear',
  'Open',
  'Review',
  'Deadline',
  'Due',
  'Overdue',
  'follow-up',
  'Follow-up',
  'commitment',
  'Commitment',
  'evidence',
  'Evidence',
  'extension',
  'Extension',
  'settings',
  'Settings',
  'Weekly',
  'weekly',
  'Daily',
  'daily',
  'digest',
  'summary',
  'password',
  'Region',
  'Total',
  'Done',
  'done',
  'New',
  'Changed',
  'the',
  'The',
  'you',
  'You',
  'your',
  'and',
  'of',
  'to',
  'is',
  'Week',
  'days',
  'day',
  'Staff',
  'Responsible',
  'Instruction',
  'Reason',
  'Note',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'May',
  'June',
  'July',
  'August',
  'October',
  'December',
  'In progress',
  'Welcome',
  'ignore',
];
const indonesianWords = [
  'Halo',
  'Anda',
  'Tenggat',
  'tenggat',
  'Terlambat',
  'terlambat',
  'tindak lanjut',
  'Tindak lanjut',
  'Buka',
  'Ubah',
  'pengaturan',
  'kata sandi',
  'Ringkasan',
  'ringkasan',
  'Minggu',
  'minggu',
  'hari',
  'dan',
  'yang',
  'untuk',
  'dengan',
  'berikut',
  'Selesai',
  'selesai',
  'Terbuka',
  'Wilayah',
  'Jumlah',
  'Komitmen',
  'komitmen',
  'Usulan',
  'Rapat',
  'Bukti',
  'bukti',
  'Kepada',
  'Diajukan',
  'Baru',
  'Berubah',
  'Penanggung',
  'PJ',
  'Arahan',
  'Alasan',
  'Catatan',
  'Senin',
  'Selasa',
  'Rabu',
  'Kamis',
  'Jumat',
  'Sabtu',
  'Januari',
  'Februari',
  'Maret',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'Oktober',
  'Desember',
  'Sedang dikerjakan',
  'Staf',
  'abaikan',
  'tautan',
  'Tautan',
  'Selamat',
];

/** Fields whose values are keys or machine values, not words a person typed. */
const machineKeys = new Set([
  'kind',
  'status',
  'fromStatus',
  'toStatus',
  'outcome',
  'change',
  'meetingType',
  'language',
  'timeZone',
  'role',
  'purpose',
  'week',
  'weekStart',
  'weekEnd',
  'dueDate',
  'requestedDueDate',
  'date',
  'expiresAt',
  'resolvedAt',
  'raisedOn',
  'startsAt',
]);

/** Titles, office and person names stay Indonesian in an English mail; only the UI words are checked. */
function contentStrings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return machineKeys.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => contentStrings(item));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => contentStrings(v, k));
  }
  return [];
}

function uiWordsOf(mail: RenderedMail, input: unknown): string {
  let words = `${mail.subject}\n${mail.preview}\n${mail.text}`;
  for (const s of contentStrings(input).sort((a, b) => b.length - a.length)) words = words.split(s).join(' ');
  return words;
}

function leakedWords(mail: RenderedMail, input: unknown, forbidden: string[]): string[] {
  const words = uiWordsOf(mail, input);
  const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return forbidden.filter((w) =>
    new RegExp(`(^|[^\\p{L}-])${escapeRegExp(w)}($|[^\\p{L}-])`, 'u').test(words),
  );
}

function expectSafeHtml(html: string, lang: Language) {
  expect(html).toContain(`lang="${lang}"`);
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img[^>]+src="https?:/i);
  expect(html).not.toMatch(/<link[^>]*stylesheet/i);
  expect(html).not.toMatch(/@import|@font-face|fonts\.googleapis/i);
}

/** The links of the rows (a list's "see all" link shows only when the list is cut short). */
function urlsIn(input: unknown): string[] {
  const rows =
    input && typeof input === 'object' && 'content' in input
      ? { ...input, content: { ...(input as DigestMail).content, more: null, scopeMore: null } }
      : input;
  return contentStrings(rows).filter((s) => s.startsWith('https://'));
}

/** The visible section titles (h2) of a mail, in order. */
function sectionTitles(html: string): string[] {
  return [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'"),
  );
}

const languages: Language[] = ['id', 'en'];

/** The digest as the worker renders it: scope sections and rows as reused pieces. */
async function renderReused(mail: DigestMail): Promise<RenderedMail> {
  const scope = await renderDigestScopeSections(
    mail.content,
    mail.recipient.language,
    mail.recipient.timeZone,
  );
  return renderDigestMail(mail, { scope, rows: createPieceCache(100) });
}

describe('notification mails', () => {
  for (const key of Object.keys(sampleNotifications)) {
    for (const lang of languages) {
      it(`${key} (${lang}): subject, preview, html and text name the item and link to it`, async () => {
        const input = sampleNotificationMail(key, lang);
        const mail = await renderNotificationMail(input);
        const { title, url } = input.notification;
        const label = expectedLabels[key]?.[lang];

        const office = shortOfficeName(input.notification.officeName);
        expect(mail.subject).toBe(`[Tindak] ${label}: ${title}${office ? ` — ${office}` : ''}`);
        expect(mail.preview.length).toBeGreaterThan(20);
        expect(mail.html).toContain(title);
        expect(mail.html).toContain(`href="${url}"`);
        expect(mail.html).toContain(`href="${sampleLinks.settings}"`);
        expect(mail.text).toContain(title);
        expect(mail.text).toContain(url);
        expect(mail.text).toContain(sampleLinks.settings);
        expect(mail.text).toContain(lang === 'id' ? 'Halo Rina Marlina' : 'Hello Rina Marlina');
        const action = expectedActions[key]?.[lang];
        if (action) expect(mail.text).toContain(`${action} ${url}`);
        expectSafeHtml(mail.html, lang);
        expect(leakedWords(mail, input, lang === 'id' ? englishWords : indonesianWords)).toEqual([]);
      });
    }
  }

  it('formats the deadlines and the reason of an extension request in each language', async () => {
    const id = await renderNotificationMail(sampleNotificationMail('extensionRequested', 'id'));
    expect(id.text).toContain('diperpanjang dari 30 November 2026 menjadi 15 Januari 2027');
    expect(id.text).toMatch(/Alasan:\s+Data titik blank spot dari BAKTI Komdigi/);
    const en = await renderNotificationMail(sampleNotificationMail('extensionRequested', 'en'));
    expect(en.text).toContain('from 30 November 2026 to 15 January 2027');
    expect(en.text).toMatch(/Reason:\s+Data titik blank spot/);
  });

  it('names the instruction of a disposition and the statuses of a commitment', async () => {
    const delegated = await renderNotificationMail(sampleNotificationMail('delegated', 'id'));
    expect(delegated.text).toMatch(/Arahan:\s+Koordinasikan dengan BAKTI/);
    const commitment = await renderNotificationMail(sampleNotificationMail('commitmentStatusChanged', 'id'));
    expect(commitment.text).toContain('dari Terbuka menjadi Sedang dikerjakan');
    const english = await renderNotificationMail(sampleNotificationMail('commitmentStatusChanged', 'en'));
    expect(english.text).toContain('from Open to In progress');
  });

  it('escapes markup in titles and keeps them readable in the plain text', async () => {
    const input = sampleNotificationMail('assigned', 'id');
    input.notification = { ...input.notification, title: 'Data <b>SPBE</b> & "Satu Data"' };
    const mail = await renderNotificationMail(input);
    expect(mail.html).not.toContain('<b>SPBE</b>');
    expect(mail.html).toContain('&lt;b&gt;SPBE&lt;/b&gt; &amp;');
    expect(mail.text).toContain('Data <b>SPBE</b> & "Satu Data"');
  });
});

describe('daily summary mail', () => {
  for (const lang of languages) {
    it(`(${lang}) lists every notification, most urgent first, with full links`, async () => {
      const input = sampleDailySummaryMail(lang);
      const mail = await renderDailySummaryMail(input);
      expect(mail.subject).toBe(
        lang === 'id'
          ? '[Tindak] Ringkasan harian 27 November 2026: 4 pemberitahuan'
          : '[Tindak] Daily summary for 27 November 2026: 4 notifications',
      );
      // The overdue item was given second but leads; the new assignment was first and comes last.
      const overdue = lang === 'id' ? 'Terlambat' : 'Overdue';
      const assigned = lang === 'id' ? 'Tindak lanjut baru' : 'New follow-up';
      expect(mail.preview.startsWith(`${overdue}: ${sampleNotifications.overdue?.title}`)).toBe(true);
      expect(mail.text.indexOf(overdue)).toBeLessThan(mail.text.indexOf(assigned));
      for (const url of urlsIn(input)) expect(mail.text).toContain(url);
      for (const n of input.notifications) expect(mail.html).toContain(n.title);
      expectSafeHtml(mail.html, lang);
      expect(leakedWords(mail, input, lang === 'id' ? englishWords : indonesianWords)).toEqual([]);
    });
  }

  it('says "notification" for one', async () => {
    const input = sampleDailySummaryMail('en');
    input.notifications = input.notifications.slice(0, 1);
    const mail = await renderDailySummaryMail(input);
    expect(mail.subject).toMatch(/: 1 notification$/);
    expect(mail.text).toContain('Here is your 1 Tindak notification for 27 November 2026');
  });
});

describe('account link mails', () => {
  for (const purpose of ['invite', 'reset'] as const) {
    for (const lang of languages) {
      it(`${purpose} (${lang}): one-time link as button and as full URL, expiry, ignore note`, async () => {
        const input = sampleAccountLinkMail(purpose, lang);
        const mail = await renderAccountLinkMail(input);
        expect(mail.html).toContain(`href="${input.url}"`);
        // Twice in the text: the button and the copyable link.
        expect(mail.text.split(input.url).length - 1).toBe(2);
        const expiry =
          lang === 'id' ? 'Senin, 30 November 2026 14.00 WIB' : 'Monday, 30 November 2026 14:00 WIB';
        expect(mail.text).toContain(expiry);
        expect(mail.preview).toContain(expiry);
        expect(mail.text).toContain(lang === 'id' ? 'abaikan' : 'ignore');
        // No account to sign in to yet, so no settings link.
        expect(mail.text).not.toContain(sampleLinks.settings);
        expectSafeHtml(mail.html, lang);
        expect(leakedWords(mail, input, lang === 'id' ? englishWords : indonesianWords)).toEqual([]);
      });
    }
  }

  it('names the inviter, role and office, and the expiry in the reader zone', async () => {
    const input = sampleAccountLinkMail('invite', 'id');
    input.recipient = { ...input.recipient, timeZone: 'Asia/Makassar' };
    const mail = await renderAccountLinkMail(input);
    expect(mail.subject).toBe('[Tindak] Akun Tindak Anda sudah dibuat, silakan atur kata sandi');
    expect(mail.text).toContain(
      'Admin Diskominfo Provinsi Jambi telah membuatkan akun Tindak untuk Anda dengan peran Staf di Dinas Komunikasi dan Informatika Kabupaten Tanjung Jabung Timur.',
    );
    expect(mail.text).toContain('Senin, 30 November 2026 15.00 WITA');
    const reset = await renderAccountLinkMail(sampleAccountLinkMail('reset', 'en'));
    expect(reset.subject).toBe('[Tindak] Reset your password');
    expect(reset.text).not.toContain('Staff');
  });
});

describe('weekly digest mail', () => {
  for (const lang of languages) {
    it(`(${lang}) head digest: summary line, all sections in order, region table, full links`, async () => {
      const input = sampleDigestMail(lang, true);
      const mail = await renderDigestMail(input);
      expect(mail.subject).toBe(
        lang === 'id'
          ? '[Tindak] Ringkasan mingguan 23–29 November 2026'
          : '[Tindak] Weekly digest 23–29 November 2026',
      );
      const summary =
        lang === 'id'
          ? '3 terlambat · 2 jatuh tempo minggu ini · 1 selesai'
          : '3 overdue · 2 due this week · 1 done';
      expect(mail.preview).toBe(summary);
      expect(mail.text).toContain(summary);
      expect(mail.text).toContain(lang === 'id' ? 'Minggu 48' : 'Week 48');
      expect(sectionTitles(mail.html)).toEqual(
        lang === 'id'
          ? [
              'Terlambat',
              'Jatuh tempo minggu ini',
              'Selesai minggu lalu',
              'Komitmen baru dan berubah',
              'Usulan menunggu keputusan',
              'Rapat mendatang',
              'Penyelesaian per wilayah',
            ]
          : [
              'Overdue',
              'Due this week',
              'Done last week',
              'New and changed commitments',
              'Proposals awaiting a decision',
              'Upcoming meetings',
              'Completion by region',
            ],
      );
      expect(mail.text).toMatch(lang === 'id' ? /Jumlah\s+39\s+30\s+8/ : /Total\s+39\s+30\s+8/);
      expect(mail.text).toMatch(/Kab\. Muaro Jambi\s+2\s+3\s+1/);
      for (const url of urlsIn(input)) expect(mail.text).toContain(url);
      expectSafeHtml(mail.html, lang);
      expect(leakedWords(mail, input, lang === 'id' ? englishWords : indonesianWords)).toEqual([]);
    });
  }

  it('shows no region table when completionByRegion is null', async () => {
    const mail = await renderDigestMail(sampleDigestMail('id', false));
    expect(sectionTitles(mail.html)).not.toContain('Penyelesaian per wilayah');
    expect(mail.html).not.toContain('Kab. Muaro Jambi');
    expect(mail.text).not.toMatch(/Jumlah\s+\d/);
  });

  it('omits every empty section', async () => {
    const input: DigestMail = sampleDigestMail('id', false);
    input.content = {
      ...input.content,
      overdue: [],
      dueThisWeek: [],
      resolvedLastWeek: [],
      commitments: [],
      upcomingMeetings: [],
      more: {
        overdue: { total: 0, url: null },
        dueThisWeek: { total: 0, url: null },
        resolvedLastWeek: { total: 0, url: null },
        notifications: { total: 0, url: null },
      },
    };
    const mail = await renderDigestMail(input);
    expect(sectionTitles(mail.html)).toEqual(['Usulan menunggu keputusan']);
    expect(mail.preview).toBe('0 terlambat · 0 jatuh tempo minggu ini · 0 selesai');
    expect(mail.text).not.toContain('hari terlambat');
  });

  for (const lang of languages) {
    it(`(${lang}) says how many of how many a cut list shows, with a link to the rest where the app has one`, async () => {
      const input: DigestMail = sampleDigestMail(lang, true);
      const overdueUrl = 'https://tindak.jambiprov.go.id/tindak-lanjut?terlambat=ya';
      input.content = {
        ...input.content,
        more: { ...input.content.more, overdue: { total: 23, url: overdueUrl } },
        scopeMore: { ...input.content.scopeMore, proposals: { total: 41, url: null } },
      };
      for (const mail of [await renderDigestMail(input), await renderReused(input)]) {
        expect(mail.preview.startsWith(lang === 'id' ? '23 terlambat' : '23 overdue')).toBe(true);
        const seeAll = lang === 'id' ? 'Lihat semua di Tindak' : 'See all in Tindak';
        expect(mail.text).toContain(lang === 'id' ? 'Ditampilkan 3 dari 23.' : '3 of 23 shown.');
        expect(mail.text).toContain(lang === 'id' ? 'Ditampilkan 1 dari 41.' : '1 of 41 shown.');
        // One link (overdue); proposals have no list page to link to.
        expect(mail.text.split(seeAll)).toHaveLength(2);
        expect(mail.html).toContain(`href="${overdueUrl}"`);
        // Under the overdue section, before the next one.
        expect(mail.html.indexOf(seeAll)).toBeGreaterThan(0);
        expect(mail.html.indexOf(seeAll)).toBeLessThan(
          mail.html.indexOf(lang === 'id' ? 'Jatuh tempo minggu ini' : 'Due this week'),
        );
      }
    });
  }

  it('groups overdue items by office, oldest first, whatever order they arrive in', async () => {
    const input = sampleDigestMail('id', false);
    const [tanjab, kerinci] = input.content.overdue;
    if (!tanjab || !kerinci) throw new Error('sample digest lost its overdue groups');
    input.content.overdue = [kerinci, { ...tanjab, items: [...tanjab.items].reverse() }];
    const { text } = await renderDigestMail(input);
    const at = (s: string) => text.indexOf(s);
    expect(at('Dinas Komunikasi dan Informatika Kabupaten Tanjung Jabung Timur')).toBeLessThan(
      at('17 hari terlambat'),
    );
    expect(at('17 hari terlambat')).toBeLessThan(at('3 hari terlambat'));
    expect(at('3 hari terlambat')).toBeLessThan(at('Diskominfo Kabupaten Kerinci'));
    expect(at('Diskominfo Kabupaten Kerinci')).toBeLessThan(at('1 hari terlambat'));
    expect(text).toContain('Tenggat 6 November 2026 · PJ: Hendra Saputra, S.Kom. · Sedang dikerjakan');
  });

  it('lists last week notifications for weekly-only readers and formats meetings in their zone', async () => {
    const input = sampleDigestMail('en', false);
    input.content.notifications = sampleDailySummaryMail('en').notifications;
    const mail = await renderDigestMail(input);
    expect(sectionTitles(mail.html).at(-1)).toBe("Last week's notifications");
    expect(mail.text).toContain('1 day overdue');
    expect(mail.text).toContain('17 days overdue');
    expect(mail.text).toContain('Tuesday, 1 December 2026 09:00 WIB');
    expect(mail.text).toContain('Technical coordination meeting');
    expect(mail.text).toContain('Submitted 9 February 2026');
  });

  it('writes week ranges across months and years', () => {
    expect(formatDateRange('2026-11-23', '2026-11-29', 'id')).toBe('23–29 November 2026');
    expect(formatDateRange('2026-10-26', '2026-11-01', 'id')).toBe('26 Oktober – 1 November 2026');
    expect(formatDateRange('2026-12-28', '2027-01-03', 'en')).toBe('28 December 2026 – 3 January 2027');
  });
});
