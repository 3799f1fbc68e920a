import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { recordEvent } from '../src/events/record-event';
import type { RunningWorker } from '../src/jobs/worker';
import { appLinks } from '../src/mail/links';
import { scanDeadlines } from '../src/notifications/deadlines';
import { handleNotifyEvent } from '../src/notifications/handle-event';
import { createUser, useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { eventually, recordingLogger, startTestWorker, TEST_PUBLIC_URL } from './support/worker';

const api = useTestApi();
const links = appLinks(TEST_PUBLIC_URL);

let sink: SmtpSink;
let worker: RunningWorker;
const log = recordingLogger();
let head: SessionUser;
let staff: SessionUser;
let kerinciId: string;
let meetingId: string;
let staffPersonId: string;

async function jobsIn(queue: string): Promise<number> {
  const { rows } = await api.database.db.executeQuery<{ n: number }>({
    sql: 'select count(*)::int as n from pgboss.job where name = $1',
    parameters: [queue],
    query: { kind: 'SelectQueryNode' } as never,
    queryId: { queryId: 'jobs' },
  } as never);
  return rows[0]?.n ?? 0;
}

async function notificationsOf(userId: string) {
  return api.database.db
    .selectFrom('notifications')
    .select(['kind', 'delivery', 'emailId', 'subjectId'])
    .where('userId', '=', userId)
    .orderBy('id')
    .execute();
}

async function setMode(user: SessionUser, notifyMode: 'immediate' | 'daily' | 'weekly') {
  await api.database.db.updateTable('users').set({ notifyMode }).where('id', '=', user.id).execute();
}

beforeAll(async () => {
  const province = await makeOffice(api, 'Diskominfo Provinsi Jambi', '15');
  const kerinci = await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01');
  kerinciId = kerinci.id;
  const person = await api.caller().people.create({ fullName: 'Rina Marlina', organizationId: kerinci.id });
  staffPersonId = person.id;
  head = await createUser(api, { role: 'head', organizationId: province.id, email: 'kadis@uji.demo' });
  staff = await createUser(api, {
    role: 'staff',
    organizationId: kerinci.id,
    personId: person.id,
    email: 'rina@uji.demo',
  });
  await api.database.db.updateTable('users').set({ language: 'en' }).where('id', '=', staff.id).execute();
  const meeting = await api.caller('id', head).meetings.create(meetingInput(province.id));
  meetingId = meeting.id;
  sink = await startSmtpSink();
  worker = await startTestWorker(api.database, sink.url, log);
});

afterAll(async () => {
  await worker?.stop();
  await sink?.close();
});

async function assign(title: string, dueOn = '2030-01-31') {
  return api.caller('id', head).actionItems.create({
    title,
    meetingId,
    ownerOrganizationId: kerinciId,
    ownerPersonId: staffPersonId,
    dueOn,
  });
}

describe('notifications', () => {
  it('assigning an item sends its owner one email, in their language, linking to the item', async () => {
    const before = sink.messages.length;
    const item = await assign('Menyusun Rencana Aksi SPBE Kabupaten Kerinci');
    const [mail] = (await sink.waitForMessages(before + 1)).slice(before);
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toContain('rina@uji.demo');
    expect(mail?.subject).toBe(
      '[Tindak] New follow-up: Menyusun Rencana Aksi SPBE Kabupaten Kerinci — Kabupaten Kerinci',
    );
    expect(mail?.text).toContain(`${TEST_PUBLIC_URL}/tindak-lanjut/${item.id}`);
    expect(mail?.html).toContain(`${TEST_PUBLIC_URL}/tindak-lanjut/${item.id}`);
    expect(mail?.text).not.toContain('Tindak lanjut baru');
    // A second look a moment later: still exactly one, and the head (who assigned) got nothing.
    await new Promise((r) => setTimeout(r, 1500));
    const forItem = sink.messages.slice(before);
    expect(forItem).toHaveLength(1);
    expect(forItem.map((m) => (m.to && 'text' in m.to ? m.to.text : ''))).not.toContain('kadis@uji.demo');
  });

  it('logs each finished job at debug level, not info', async () => {
    const before = sink.messages.length;
    await assign('Pemutakhiran data menara telekomunikasi');
    await sink.waitForMessages(before + 1);
    const done = await eventually(async () => {
      const entries = log.entries.filter((e) => e.msg === 'job done');
      const queuesDone = new Set(entries.map((e) => (e.obj as { queue: string }).queue));
      return queuesDone.has('notify-event') && queuesDone.has('send-email') ? entries : undefined;
    });
    expect(new Set(done.map((e) => e.level))).toEqual(new Set(['debug']));
    expect(log.entries.filter((e) => e.level === 'info')).toEqual([]);
  });

  it('tells the assigner about an extension request and evidence, and the owner about the decisions', async () => {
    const item = await assign('Sosialisasi Pusat Data Daerah');
    const asStaff = api.caller('id', staff);
    const asHead = api.caller('id', head);
    let current = await asStaff.actionItems.requestExtension({
      id: item.id,
      version: item.version,
      requestedDueOn: '2030-03-31',
      reason: 'Menunggu jadwal narasumber dari Komdigi',
    });
    const extensionId = current.extensions[0]?.id as string;
    current = await asHead.actionItems.decideExtension({
      id: item.id,
      version: current.version,
      extensionId,
      approve: true,
      note: null,
    });
    current = await asStaff.actionItems.submitEvidence({
      id: item.id,
      version: current.version,
      note: 'Daftar hadir sosialisasi',
      link: 'https://kerincikab.go.id/berita/sosialisasi',
    });
    await asHead.actionItems.verify({ id: item.id, version: current.version, accept: true, reason: null });

    const headKinds = await eventually(async () => {
      const kinds = (await notificationsOf(head.id))
        .filter((n) => n.subjectId === item.id)
        .map((n) => n.kind);
      return kinds.length >= 2 ? kinds : undefined;
    });
    // Jobs run in parallel batches: which notice lands first is not fixed.
    expect(headKinds.sort()).toEqual(['evidenceSubmitted', 'extensionRequested']);
    const staffKinds = await eventually(async () => {
      const kinds = (await notificationsOf(staff.id))
        .filter((n) => n.subjectId === item.id)
        .map((n) => n.kind);
      return kinds.length >= 3 ? kinds : undefined;
    });
    expect(staffKinds.sort()).toEqual(['assigned', 'extensionDecided', 'verified']);
  });

  it('is safe to run twice: the same event notifies each person once', async () => {
    const item = await assign('Pemutakhiran data blank spot');
    const event = await api.database.db
      .selectFrom('events')
      .select('id')
      .where('aggregateId', '=', item.id)
      .where('eventType', '=', 'ActionItemAssigned')
      .executeTakeFirstOrThrow();
    await eventually(async () =>
      (await notificationsOf(staff.id)).some((n) => n.subjectId === item.id) ? true : undefined,
    );
    expect(await handleNotifyEvent(api.database.db, event.id, links)).toBe(0);
    expect((await notificationsOf(staff.id)).filter((n) => n.subjectId === item.id)).toHaveLength(1);
  });

  it('fails, telling nobody, on an event whose payload does not fit the event catalogue', async () => {
    const item = await assign('Pendataan menara telekomunikasi');
    await eventually(async () =>
      (await notificationsOf(staff.id)).some((n) => n.subjectId === item.id) ? true : undefined,
    );
    // Written past recordEvent, as a row from an older release or a hand-made fix might be.
    const misfit = await api.database.db
      .insertInto('events')
      .values({
        actorId: head.id,
        aggregateType: 'action_item',
        aggregateId: item.id,
        eventType: 'ActionItemDelegated',
        payload: JSON.stringify({ step: 2, instruction: 42 }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(handleNotifyEvent(api.database.db, misfit.id, links)).rejects.toThrow();
    expect((await notificationsOf(staff.id)).filter((n) => n.subjectId === item.id)).toHaveLength(1);
  });

  it('keeps notifications for the daily summary or the weekly digest when the user chose so', async () => {
    // The preference counts when the notification is made (by the worker, just after the change).
    const noticeFor = (itemId: string) =>
      eventually(async () => (await notificationsOf(staff.id)).find((n) => n.subjectId === itemId));
    await setMode(staff, 'daily');
    const daily = await noticeFor((await assign('Rekap aduan masyarakat harian')).id);
    await setMode(staff, 'weekly');
    const weekly = await noticeFor((await assign('Laporan mingguan jaringan')).id);
    await setMode(staff, 'immediate');
    expect([daily, weekly].map((r) => [r.delivery, r.emailId])).toEqual([
      ['daily', null],
      ['weekly', null],
    ]);
  });

  it('tells followers when a commitment changes status', async () => {
    const commitment = await api.caller('id', head).commitments.create({
      title: 'Komdigi memprioritaskan pembangunan BTS di Kerinci',
      committedByOrganizationId: kerinciId,
      regionCodes: ['15.01'],
      meetingId,
    });
    await api.caller('id', staff).commitments.follow({ id: commitment.id, follow: true });
    expect((await api.caller('id', staff).commitments.get({ id: commitment.id })).following).toBe(true);
    await api
      .caller('id', head)
      .commitments.transition({ id: commitment.id, version: commitment.version, action: 'start' });
    const row = await eventually(async () =>
      (await notificationsOf(staff.id)).find((n) => n.subjectId === commitment.id),
    );
    expect(row.kind).toBe('commitmentStatusChanged');
  });

  it('reminds owners 3 days and 1 day before the deadline and once when overdue', async () => {
    const at = new Date('2030-05-10T03:00:00Z'); // 10 May 2030, 10.00 WIB
    const in3 = await assign('Uji tenggat tiga hari', '2030-05-13');
    const in1 = await assign('Uji tenggat besok', '2030-05-11');
    const late = await assign('Uji terlambat', '2030-05-08');
    const later = await assign('Uji jauh hari', '2030-06-30');
    await scanDeadlines(api.database.db, at, links);
    await scanDeadlines(api.database.db, at, links);
    const kinds = (await notificationsOf(staff.id))
      .filter((n) => [in3.id, in1.id, late.id, later.id].includes(n.subjectId) && n.kind !== 'assigned')
      .map((n) => [n.subjectId, n.kind]);
    // Scanned by deadline: the overdue one first.
    expect(kinds).toEqual([
      [late.id, 'overdue'],
      [in1.id, 'dueSoon1'],
      [in3.id, 'dueSoon3'],
    ]);
  });

  it('enqueues nothing when the change rolls back, and its job when it commits', async () => {
    const assigned = {
      title: 'Sample',
      dueOn: '2026-01-31',
      priority: 'normal',
      ownerOrganizationId: '00000000-0000-4000-8000-000000000003',
      ownerPersonId: null,
      assignedByPersonId: null,
      source: { meetingId: null, proposalId: null, commitmentId: null },
    };
    const before = await jobsIn('notify-event');
    await expect(
      api.database.db.transaction().execute(async (trx) => {
        await recordEvent(
          trx,
          { id: head.id },
          {
            aggregateType: 'action_item',
            aggregateId: '00000000-0000-4000-8000-000000000001',
            eventType: 'ActionItemAssigned',
            payload: assigned,
          },
        );
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    expect(await jobsIn('notify-event')).toBe(before);
    await api.database.db.transaction().execute((trx) =>
      recordEvent(
        trx,
        { id: head.id },
        {
          aggregateType: 'action_item',
          aggregateId: '00000000-0000-4000-8000-000000000002',
          eventType: 'ActionItemAssigned',
          payload: assigned,
        },
      ),
    );
    expect(await jobsIn('notify-event')).toBe(before + 1);
  });
});
