import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { loadDigestRecipient } from '../src/digest/reader';
import { createDigestSharing } from '../src/digest/shared';
import { deliverWeeklyDigest, previewDigest } from '../src/digest/weekly';
import { appLinks } from '../src/mail/links';
import { createUser, useTestApi } from './support';
import { insertDirective } from './support/directives';
import { makeOffice, meetingInput } from './support/fixtures';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { eventually, startTestWorker, TEST_PUBLIC_URL } from './support/worker';

/**
 * The weekly digest of Monday 30 November 2026, 07.30 WIB, with one directive handed to five of
 * Jambi's regencies: its items collapse into one line per section, with the spread the reader may see.
 */
const api = useTestApi();
const links = appLinks(TEST_PUBLIC_URL);
const MONDAY = new Date('2026-11-30T00:30:00Z');
const hosting = 'Pindahkan hosting aplikasi dan data ke Data Center Provinsi Jambi';

let head: SessionUser;
let kerinciViewer: SessionUser;
let directiveId: string;
let sink: SmtpSink;

beforeAll(async () => {
  const jambi = await makeOffice(api, 'Diskominfo Provinsi Jambi', '15');
  const office = async (name: string, code: string) => (await makeOffice(api, `Diskominfo ${name}`, code)).id;
  const kerinci = await office('Kabupaten Kerinci', '15.01');
  const merangin = await office('Kabupaten Merangin', '15.02');
  const tebo = await office('Kabupaten Tebo', '15.09');
  const bungo = await office('Kabupaten Bungo', '15.08');
  const kota = await office('Kota Jambi', '15.71');
  head = await createUser(api, { role: 'head', organizationId: jambi.id, email: 'kadis@jambi.uji' });
  kerinciViewer = await createUser(api, { role: 'viewer', organizationId: kerinci });
  const meeting = await api.caller().meetings.create(meetingInput(jambi.id));
  // An ordinary overdue item keeps its office's group beside the directive's.
  await api.database.db
    .insertInto('actionItems')
    .values({
      title: 'Kirim data blank spot',
      meetingId: meeting.id,
      ownerOrganizationId: tebo,
      regionCode: '15.09',
      dueOn: '2026-11-24',
    })
    .execute();
  directiveId = (
    await insertDirective(api, {
      title: hosting,
      issuedBy: jambi.id,
      meetingId: meeting.id,
      dueOn: '2026-12-31',
      shares: [
        { officeId: kerinci, status: 'done', completedAt: new Date('2026-11-25T03:00:00Z') },
        { officeId: merangin, dueOn: '2026-11-20' },
        { officeId: tebo, dueOn: '2026-11-25', status: 'in_progress' },
        { officeId: kota, dueOn: '2026-12-03' },
        { officeId: bungo, status: 'in_progress' },
      ],
    })
  ).id;
  sink = await startSmtpSink();
});

afterAll(async () => {
  await sink?.close();
});

async function preview(user: Pick<SessionUser, 'id'>) {
  const recipient = await loadDigestRecipient(api.database.db, user.id);
  if (!recipient) throw new Error('no recipient');
  return previewDigest(api.database.db, recipient, MONDAY, links);
}

describe('a directive in the weekly digest', () => {
  it('is one line per section, linked to its page, with its spread in the reader’s scope', async () => {
    const { content } = await preview(head);
    const line = {
      title: hosting,
      url: `${TEST_PUBLIC_URL}/arahan/${directiveId}`,
      directive: { offices: 5, done: 1, overdue: 2 },
    };
    // Merangin's and Tebo's overdue items are one line, in a group of their own.
    expect(content.overdue).toEqual([
      { officeName: '', directives: true, items: [expect.objectContaining(line)] },
      {
        officeName: 'Diskominfo Kabupaten Tebo',
        items: [expect.objectContaining({ title: 'Kirim data blank spot' })],
      },
    ]);
    expect(content.more.overdue.total).toBe(3);
    expect(content.dueThisWeek).toEqual([expect.objectContaining(line)]);
    expect(content.resolvedLastWeek).toEqual([expect.objectContaining(line)]);
  });

  it('stays the one item a regency reader sees, without other regencies’ counts', async () => {
    const { content, rendered } = await preview(kerinciViewer);
    expect(content.resolvedLastWeek).toHaveLength(1);
    expect(content.resolvedLastWeek[0]?.directive).toBeUndefined();
    expect(content.resolvedLastWeek[0]?.url).toMatch(`${TEST_PUBLIC_URL}/tindak-lanjut/`);
    expect(rendered.text).not.toContain('arahan ke');
    expect(content.overdue).toEqual([]);
  });

  it('is the same mail when the worker shares the rendered rows', async () => {
    const recipient = await loadDigestRecipient(api.database.db, head.id);
    if (!recipient) throw new Error('no recipient');
    const whole = await previewDigest(api.database.db, recipient, MONDAY, links);
    const shared = await previewDigest(api.database.db, recipient, MONDAY, links, createDigestSharing());
    expect(shared.rendered).toEqual(whole.rendered);
  });

  it('reads a region’s items once for its readers, each with what their role shows', async () => {
    const provinceViewer = await createUser(api, {
      role: 'viewer',
      organizationId: head.organizationId,
      email: 'pemantau@jambi.uji',
    });
    const sharing = createDigestSharing();
    let reads = 0;
    const items = sharing.items;
    sharing.items = (key, read) =>
      items(key, () => {
        if (/^(items|completion)\|/.test(key)) reads += 1;
        return read();
      });
    const readsAfter: number[] = [];
    for (const user of [head, provinceViewer]) {
      const recipient = await loadDigestRecipient(api.database.db, user.id);
      if (!recipient) throw new Error('no recipient');
      const whole = await previewDigest(api.database.db, recipient, MONDAY, links);
      const shared = await previewDigest(api.database.db, recipient, MONDAY, links, sharing);
      const again = await previewDigest(api.database.db, recipient, MONDAY, links, sharing);
      expect(shared.content).toEqual(whole.content);
      expect(again.rendered).toEqual(whole.rendered);
      readsAfter.push(reads);
    }
    // The head's lists and table by region; the viewer reads nothing more (the lists are the
    // head's, the table is not theirs).
    expect(readsAfter).toEqual([2, 2]);
    const viewer = await loadDigestRecipient(api.database.db, provinceViewer.id);
    if (!viewer) throw new Error('no recipient');
    expect(
      (await previewDigest(api.database.db, viewer, MONDAY, links)).content.completionByRegion,
    ).toBeNull();
  });

  it('mails the line in the HTML and the text part', async () => {
    const before = sink.messages.length;
    const worker = await startTestWorker(api.database, sink.url);
    try {
      expect(await deliverWeeklyDigest(api.database.db, head.id, MONDAY, links)).toBe('queued');
      const to = (m: ParsedMail) => (m.to && 'text' in m.to ? m.to.text : '');
      const mail = await eventually(async () =>
        sink.messages.slice(before).find((m) => to(m) === 'kadis@jambi.uji'),
      );
      expect(mail.text).toContain('Arahan ke beberapa instansi');
      expect(mail.text).toContain('arahan ke 5 instansi: 1 selesai, 2 terlambat');
      expect(mail.html).toContain(`href="${TEST_PUBLIC_URL}/arahan/${directiveId}"`);
      expect(mail.html).toContain('Arahan ke beberapa instansi');
      expect(String(mail.html).split(hosting)).toHaveLength(4);
    } finally {
      await worker.stop();
    }
  });
});
