import type { ActionItemStatus } from '@tindak/shared';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { deliverDailySummary } from '../src/digest/daily';
import { isInWeek, isoWeekIn, nextMondayMorning } from '../src/digest/period';
import { loadDigestRecipient } from '../src/digest/reader';
import { deliverWeeklyDigest, previewDigest, usersDueForWeeklyDigest } from '../src/digest/weekly';
import { enqueueDueDigests, type RunningWorker } from '../src/jobs/worker';
import { appLinks } from '../src/mail/links';
import { notifyUser } from '../src/notifications/deliver';
import { createUser, useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { eventually, startTestWorker, TEST_PUBLIC_URL } from './support/worker';

/**
 * A seeded week: Monday 30 November 2026, 07.30 WIB. The province head of Jambi, a staff member of
 * Kerinci and a viewer in Tebo each get exactly their overdue, due and resolved items.
 */
const api = useTestApi();
const links = appLinks(TEST_PUBLIC_URL);
const MONDAY = new Date('2026-11-30T00:30:00Z');

let head: SessionUser;
let staff: SessionUser;
let viewer: SessionUser;
let idle: SessionUser;
let sink: SmtpSink;
let worker: RunningWorker;
const titles: Record<string, string> = {};

async function item(
  key: string,
  title: string,
  office: string,
  dueOn: string,
  state: { status?: ActionItemStatus; completedAt?: string } = {},
) {
  const created = await api.caller().actionItems.create({
    title,
    meetingId: titles.meeting as string,
    ownerOrganizationId: office,
    dueOn,
  });
  if (state.status) {
    await api.database.db
      .updateTable('actionItems')
      .set({ status: state.status, completedAt: state.completedAt ? new Date(state.completedAt) : null })
      .where('id', '=', created.id)
      .execute();
  }
  titles[key] = title;
}

beforeAll(async () => {
  const jambi = await makeOffice(api, 'Diskominfo Provinsi Jambi', '15');
  const kerinci = await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01');
  const tebo = await makeOffice(api, 'Diskominfo Kabupaten Tebo', '15.09');
  const sumsel = await makeOffice(api, 'Diskominfo Provinsi Sumatera Selatan', '16');
  const banyuasin = await makeOffice(api, 'Diskominfo Kabupaten Banyuasin', '16.07');
  head = await createUser(api, { role: 'head', organizationId: jambi.id, email: 'kadis@jambi.uji' });
  staff = await createUser(api, { role: 'staff', organizationId: kerinci.id, email: 'staf@kerinci.uji' });
  viewer = await createUser(api, { role: 'viewer', organizationId: tebo.id, email: 'pemantau@tebo.uji' });
  idle = await createUser(api, {
    role: 'viewer',
    organizationId: banyuasin.id,
    email: 'pemantau@banyuasin.uji',
  });
  const meeting = await api.caller('id', head).meetings.create(
    meetingInput(jambi.id, {
      startsAt: '2026-06-01T09:00:00+07:00',
      endsAt: '2026-06-01T12:00:00+07:00',
    }),
  );
  titles.meeting = meeting.id;
  await item('kerinciOverdue', 'Rencana Aksi SPBE Kerinci', kerinci.id, '2026-11-20');
  await item('kerinciOlder', 'Data Center Kerinci', kerinci.id, '2026-11-02', { status: 'in_progress' });
  await item('teboDue', 'Pemetaan blank spot Tebo', tebo.id, '2026-12-02');
  await item('kerinciResolved', 'Aplikasi SRIKANDI Kerinci', kerinci.id, '2026-11-27', {
    status: 'done',
    completedAt: '2026-11-25T04:00:00Z',
  });
  await item('kerinciResolvedEarlier', 'Domain go.id Kerinci', kerinci.id, '2026-11-10', {
    status: 'done',
    completedAt: '2026-11-12T04:00:00Z',
  });
  await item('teboLater', 'ToT literasi digital Tebo', tebo.id, '2027-01-15');
  await item('sumselOverdue', 'Satu Data Sumatera Selatan', sumsel.id, '2026-11-01');
  sink = await startSmtpSink();
  worker = await startTestWorker(api.database, sink.url);
  // The assignment notifications above are mail too: wait for them, then count only digests.
  await new Promise((r) => setTimeout(r, 1500));
});

afterAll(async () => {
  await worker?.stop();
  await sink?.close();
});

async function preview(user: Pick<SessionUser, 'id'>) {
  const recipient = await loadDigestRecipient(api.database.db, user.id);
  if (!recipient) throw new Error('no recipient');
  return previewDigest(api.database.db, recipient, MONDAY, links);
}

async function content(user: SessionUser) {
  return (await preview(user)).content;
}

const names = (rows: { title: string }[]) => rows.map((r) => r.title);

describe('weekly digest for a seeded week', () => {
  it("holds the head's province: overdue oldest first by office, due this week, resolved last week, a table by region", async () => {
    const digest = await content(head);
    expect(digest.week).toBe('2026-W49');
    expect(digest.overdue.map((g) => [g.officeName, names(g.items)])).toEqual([
      ['Diskominfo Kabupaten Kerinci', [titles.kerinciOlder, titles.kerinciOverdue]],
    ]);
    expect(names(digest.dueThisWeek)).toEqual([titles.teboDue]);
    expect(names(digest.resolvedLastWeek)).toEqual([titles.kerinciResolved]);
    expect(digest.completionByRegion).toEqual([
      // Done in the digest's week, as its summary line counts: not the item done before it.
      { regionName: expect.stringMatching(/Kerinci/i), done: 1, open: 2, overdue: 2 },
      { regionName: expect.stringMatching(/Tebo/i), done: 0, open: 2, overdue: 0 },
    ]);
  });

  it("holds a staff member's own office only, without the table", async () => {
    const digest = await content(staff);
    expect(digest.overdue.flatMap((g) => names(g.items))).toEqual([
      titles.kerinciOlder,
      titles.kerinciOverdue,
    ]);
    expect(names(digest.dueThisWeek)).toEqual([]);
    expect(names(digest.resolvedLastWeek)).toEqual([titles.kerinciResolved]);
    expect(digest.completionByRegion).toBeNull();
  });

  it("holds a viewer's regency only", async () => {
    const digest = await content(viewer);
    expect(digest.overdue).toEqual([]);
    expect(names(digest.dueThisWeek)).toEqual([titles.teboDue]);
    expect(names(digest.resolvedLastWeek)).toEqual([]);
  });

  it("is due at 07.00 on Monday in each user's own time zone", async () => {
    await api.database.db
      .updateTable('users')
      .set({ timeZone: 'Asia/Jayapura' })
      .where('id', '=', idle.id)
      .execute();
    const at = (iso: string) => usersDueForWeeklyDigest(api.database.db, new Date(iso));
    // 06.30 WIB is 08.30 WIT: only the Papua-time user is due.
    expect(await at('2026-11-29T23:30:00Z')).toEqual([idle.id]);
    expect((await at('2026-11-30T00:30:00Z')).sort()).toEqual(
      [head.id, staff.id, viewer.id, idle.id, api.head.id].sort(),
    );
    expect(await at('2026-12-01T00:30:00Z')).toEqual([]);
  });

  it('ends a week at its next Monday 00:00 in the reader’s zone', () => {
    // Monday 07:00 WIB; the week ends Sunday 17:00 UTC (00:00 WIB), or 15:00 UTC in WIT.
    const jakarta = isoWeekIn(new Date('2026-11-30T00:00:00Z'), 'Asia/Jakarta');
    expect(jakarta.week).toBe('2026-W49');
    expect(isInWeek(jakarta, new Date('2026-12-06T16:59:59Z'))).toBe(true);
    expect(isInWeek(jakarta, new Date('2026-12-06T17:00:00Z'))).toBe(false);
    const jayapura = isoWeekIn(new Date('2026-11-30T00:00:00Z'), 'Asia/Jayapura');
    expect(isInWeek(jayapura, new Date('2026-12-06T14:59:59Z'))).toBe(true);
    expect(isInWeek(jayapura, new Date('2026-12-06T15:00:00Z'))).toBe(false);
  });

  it("previews next Monday's digest: this week's resolved items show as resolved last week", async () => {
    expect(nextMondayMorning(new Date('2026-11-25T05:00:00Z'), 'Asia/Jakarta').toISOString()).toBe(
      '2026-11-30T00:00:00.000Z',
    );
    expect(nextMondayMorning(new Date('2026-11-29T23:30:00Z'), 'Asia/Jayapura').toISOString()).toBe(
      '2026-12-06T22:00:00.000Z',
    );
    const preview = await api.caller('id', head).digests.preview({ week: 'next' });
    expect(preview.week).toMatch(/^\d{4}-W\d{2}$/);
    const current = await api.caller('id', head).digests.preview({});
    expect(preview.week).not.toBe(current.week);
  });

  it('mails each user once; a user with nothing in scope gets no email', async () => {
    const before = sink.messages.length;
    // The head's twice at once (a duplicate job on another worker): one mail, the other stands down.
    const outcomes = await Promise.all(
      [head, head, staff, viewer, idle].map((u) => deliverWeeklyDigest(api.database.db, u.id, MONDAY, links)),
    );
    expect(outcomes.slice(0, 2).sort()).toEqual(['already-delivered', 'queued']);
    expect(outcomes.slice(2)).toEqual(['queued', 'queued', 'empty']);
    // Again, and through the tick: nothing new.
    expect(await deliverWeeklyDigest(api.database.db, head.id, MONDAY, links)).toBe('already-delivered');
    // Only the digests: Kerinci's staff also hear of the items given to their office (it has no
    // head), and those mails may still be arriving.
    const weekly = () =>
      sink.messages.slice(before).filter((m) => m.subject?.startsWith('[Tindak] Ringkasan mingguan'));
    await eventually(async () => (weekly().length >= 3 ? true : undefined));
    await new Promise((r) => setTimeout(r, 1000));
    const digests = weekly();
    const to = (m: ParsedMail) => (m.to && 'text' in m.to ? m.to.text : '');
    expect(digests.map(to).sort()).toEqual(
      ['kadis@jambi.uji', 'pemantau@tebo.uji', 'staf@kerinci.uji'].sort(),
    );
    const headMail = digests.find((m) => to(m) === 'kadis@jambi.uji');
    expect(headMail?.subject).toContain('[Tindak]');
    expect(headMail?.text).toContain(titles.kerinciOverdue);
    expect(headMail?.text).toContain(titles.teboDue);
    expect(headMail?.text).not.toContain(titles.sumselOverdue);
    expect(headMail?.text).not.toContain(titles.kerinciResolvedEarlier);
    const viewerMail = digests.find((m) => to(m) === 'pemantau@tebo.uji');
    expect(viewerMail?.text).not.toContain(titles.kerinciOverdue);
    const deliveries = await api.database.db
      .selectFrom('digestDeliveries')
      .select(['userId', 'status'])
      .where('kind', '=', 'weekly')
      .where('period', '=', '2026-W49')
      .execute();
    expect(deliveries.find((d) => d.userId === idle.id)?.status).toBe('empty');
    expect(await enqueueDueDigests(worker.boss, api.database.db, MONDAY)).toBe(1); // only api.head is left
  });

  it('sends the daily summary of pending notifications once per day', async () => {
    await api.database.db
      .updateTable('users')
      .set({ notifyMode: 'daily' })
      .where('id', '=', staff.id)
      .execute();
    const recipient = await loadDigestRecipient(api.database.db, staff.id);
    if (!recipient) throw new Error('no recipient');
    await api.database.db.transaction().execute((trx) =>
      notifyUser(
        trx,
        { ...recipient, notifyMode: 'daily' },
        {
          dedupeKey: 'overdue:uji',
          eventId: null,
          subject: { type: 'action_item', id: '00000000-0000-4000-8000-000000000009' },
          facts: {
            kind: 'overdue',
            title: titles.kerinciOverdue as string,
            url: links.item('00000000-0000-4000-8000-000000000009'),
            actorName: null,
            officeName: 'Diskominfo Kabupaten Kerinci',
            dueDate: '2026-11-20',
          },
        },
        links.settings,
      ),
    );
    const before = sink.messages.length;
    expect(await deliverDailySummary(api.database.db, staff.id, '2026-11-30', links)).toBe('queued');
    expect(await deliverDailySummary(api.database.db, staff.id, '2026-11-30', links)).toBe(
      'already-delivered',
    );
    const mail = await eventually(async () =>
      sink.messages.slice(before).find((m) => m.subject?.startsWith('[Tindak] Ringkasan harian')),
    );
    expect(mail.text).toContain(titles.kerinciOverdue);
    const left = await api.database.db
      .selectFrom('notifications')
      .select('id')
      .where('userId', '=', staff.id)
      .where('emailId', 'is', null)
      .execute();
    expect(left).toEqual([]);
  });
});

describe('a digest of long lists', () => {
  it('shows the first 10 rows of a list, counts them all and links to the full list in the app', async () => {
    // A regency no earlier test looks at, with a head of its own.
    const office = await makeOffice(api, 'Diskominfo Kabupaten Merangin', '15.02');
    const meranginHead = await createUser(api, {
      role: 'head',
      organizationId: office.id,
      email: 'kadis@merangin.uji',
    });
    for (let n = 1; n <= 23; n += 1) {
      await item(
        `merangin${n}`,
        `Tindak lanjut Merangin ${n}`,
        office.id,
        `2026-11-${String(n).padStart(2, '0')}`,
      );
    }
    const { content: digest, rendered } = await preview(meranginHead);

    const shown = digest.overdue.flatMap((group) => names(group.items));
    // The oldest 10 of 23, and the count of all of them.
    expect(shown).toEqual(Array.from({ length: 10 }, (_, i) => `Tindak lanjut Merangin ${i + 1}`));
    expect(digest.more.overdue.total).toBe(23);
    expect(digest.more.overdue.url).toBe(`${TEST_PUBLIC_URL}/tindak-lanjut?terlambat=ya`);
    expect(rendered.preview).toBe('23 terlambat · 0 jatuh tempo minggu ini · 0 selesai');
    expect(rendered.text).toContain('Ditampilkan 10 dari 23.');
    expect(rendered.html).toContain(`href="${TEST_PUBLIC_URL}/tindak-lanjut?terlambat=ya"`);
    expect(rendered.text).not.toContain('Tindak lanjut Merangin 11');
    // A list that fits says nothing more.
    expect(rendered.text.match(/Ditampilkan \d+ dari/g)).toHaveLength(1);
  });

  it("links a staff member's lists to their office's items", async () => {
    const digest = await content(staff);
    const url = new URL(digest.more.dueThisWeek.url ?? '');
    expect(url.pathname).toBe('/tindak-lanjut');
    expect(url.searchParams.get('instansi')).toBe(staff.organizationId);
    expect(url.searchParams.getAll('status')).toEqual([
      'open',
      'in_progress',
      'awaiting_verification',
      'blocked',
    ]);
    expect(url.searchParams.get('tenggat-dari')).toBe('2026-11-30');
    expect(url.searchParams.get('tenggat-sampai')).toBe('2026-12-06');
  });

  it("shows a weekly-only reader's most urgent notifications of the week, counts them all and says how to get them sooner", async () => {
    const office = await makeOffice(api, 'Diskominfo Kabupaten Muaro Jambi', '15.05');
    const reader = await createUser(api, {
      role: 'staff',
      organizationId: office.id,
      email: 'staf@muarojambi.uji',
    });
    await api.database.db
      .updateTable('users')
      .set({ notifyMode: 'weekly' })
      .where('id', '=', reader.id)
      .execute();
    const notice = (n: number, kind: 'assigned' | 'overdue') => ({
      userId: reader.id,
      kind,
      subjectType: 'action_item',
      subjectId: crypto.randomUUID(),
      dedupeKey: `uji-mingguan-${n}`,
      delivery: 'weekly' as const,
      createdAt: new Date(Date.UTC(2026, 10, 24, 3, n)),
      data: JSON.stringify({
        kind,
        title: `Pemberitahuan uji ${n}`,
        url: `${TEST_PUBLIC_URL}/tindak-lanjut/${n}`,
        actorName: null,
        officeName: 'Diskominfo Kabupaten Muaro Jambi',
        dueDate: '2026-11-27',
      }),
    });
    // Twelve in the week, the last one the most urgent.
    await api.database.db
      .insertInto('notifications')
      .values(Array.from({ length: 12 }, (_, n) => notice(n, n === 11 ? 'overdue' : 'assigned')))
      .execute();
    const { content: digest, rendered } = await preview(reader);
    expect(digest.notifications).toHaveLength(10);
    expect(digest.notifications[0]).toMatchObject({ kind: 'overdue', title: 'Pemberitahuan uji 11' });
    expect(digest.notifications.slice(1).map((n) => n.title)).toEqual(
      Array.from({ length: 9 }, (_, n) => `Pemberitahuan uji ${n}`),
    );
    expect(digest.more.notifications).toEqual({ total: 12, url: `${TEST_PUBLIC_URL}/akun` });
    expect(rendered.text).toContain('Ditampilkan 10 dari 12.');
    expect(rendered.text).toContain('Terima pemberitahuan setiap hari atau langsung: atur di Akun');
    expect(rendered.text).not.toContain('Pemberitahuan uji 10');
  });
});
