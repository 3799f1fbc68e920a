import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { nextMondayMorning } from '../src/digest/period';
import { loadDigestRecipient } from '../src/digest/reader';
import { previewDigest } from '../src/digest/weekly';
import type { DigestContent } from '../src/mail/content';
import { appLinks } from '../src/mail/links';
import { createUser, useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { TEST_PUBLIC_URL } from './support/worker';

/**
 * The digest's summary line and its sections count the same items: once it said "0 selesai" above
 * a table by region that counted the Batang Hari item verified that week.
 */
const api = useTestApi();
const links = appLinks(TEST_PUBLIC_URL);
let head: SessionUser;
const VERIFIED = 'Aplikasi SRIKANDI Batang Hari';
const DONE_LONG_AGO = 'Domain go.id Batang Hari';

beforeAll(async () => {
  const jambi = await makeOffice(api, 'Diskominfo Provinsi Jambi', '15');
  const batangHari = await makeOffice(api, 'Diskominfo Kabupaten Batang Hari', '15.04');
  head = await createUser(api, { role: 'head', organizationId: jambi.id });
  const staff = await createUser(api, { role: 'staff', organizationId: batangHari.id });
  const meeting = await api.caller('id', head).meetings.create(meetingInput(jambi.id));
  const give = (title: string) =>
    api.caller('id', head).actionItems.create({
      title,
      meetingId: meeting.id,
      ownerOrganizationId: batangHari.id,
      dueOn: '2030-01-31',
    });

  // Verified today, the way people do it: evidence from the office, accepted by the head.
  const verified = await give(VERIFIED);
  const submitted = await api
    .caller('id', staff)
    .actionItems.submitEvidence({ id: verified.id, version: verified.version, note: 'Laporan terlampir.' });
  await api
    .caller('id', head)
    .actionItems.verify({ id: submitted.id, version: submitted.version, accept: true });

  // Done two months ago: in no week's summary any more.
  const old = await give(DONE_LONG_AGO);
  await api.database.db
    .updateTable('actionItems')
    .set({ status: 'done', completedAt: new Date(Date.now() - 60 * 86_400_000) })
    .where('id', '=', old.id)
    .execute();
  await give('Pemetaan blank spot Batang Hari');
});

async function digestAt(at: Date) {
  const recipient = await loadDigestRecipient(api.database.db, head.id);
  if (!recipient) throw new Error('no recipient');
  return previewDigest(api.database.db, recipient, at, links);
}

const tableTotal = (content: DigestContent, column: 'done' | 'open' | 'overdue') =>
  (content.completionByRegion ?? []).reduce((sum, row) => sum + row[column], 0);

describe('the digest counts once', () => {
  it('counts the item verified in the week in its table, its list and its summary line alike', async () => {
    // Next Monday's digest: the week now under way is "last week" there.
    const { content, rendered } = await digestAt(nextMondayMorning(new Date(), 'Asia/Jakarta'));
    expect(content.resolvedLastWeek.map((row) => row.title)).toEqual([VERIFIED]);
    expect(content.completionByRegion).toEqual([
      { regionName: expect.stringMatching(/Batang ?hari/i), done: 1, open: 1, overdue: 0 },
    ]);
    expect(rendered.preview).toBe('0 terlambat · 0 jatuh tempo minggu ini · 1 selesai');
    expect(tableTotal(content, 'done')).toBe(content.more.resolvedLastWeek.total);
    expect(tableTotal(content, 'overdue')).toBe(content.more.overdue.total);
  });

  it("this week's digest counts neither, in the table or the summary line", async () => {
    const { content, rendered } = await digestAt(new Date());
    expect(content.resolvedLastWeek).toEqual([]);
    expect(rendered.preview).toBe('0 terlambat · 0 jatuh tempo minggu ini · 0 selesai');
    expect(tableTotal(content, 'done')).toBe(0);
    expect(tableTotal(content, 'open')).toBe(1);
  });
});
