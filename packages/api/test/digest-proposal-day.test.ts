import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { loadDigestRecipient } from '../src/digest/reader';
import { previewDigest } from '../src/digest/weekly';
import { appLinks } from '../src/mail/links';
import { createUser, useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { TEST_PUBLIC_URL } from './support/worker';

/**
 * A proposal recorded today from a 2024 forum was listed in the digest as "Diajukan" today: the
 * digest now says the day it was raised, which defaults to its meeting's day.
 */
const api = useTestApi();
let head: SessionUser;

beforeAll(async () => {
  const jambi = await makeOffice(api, 'Diskominfo Provinsi Jambi', '15');
  head = await createUser(api, { role: 'head', organizationId: jambi.id });
  const komdigi = await api.caller('id', head).organizations.create({
    name: 'Kementerian Komunikasi dan Digital',
    shortName: 'Komdigi',
    kind: 'ministry',
    regionCode: null,
  });
  const forum = await api.caller('id', head).meetings.create(
    meetingInput(jambi.id, {
      type: 'forum',
      title: 'Forum Perangkat Daerah 2024',
      startsAt: '2024-03-18T09:00:00+07:00',
      endsAt: '2024-03-18T15:00:00+07:00',
    }),
  );
  const base = { proposerOrganizationIds: [jambi.id], addressedToOrganizationId: komdigi.id, submit: true };
  await api
    .caller('id', head)
    .proposals.create({ ...base, title: 'ToT Talent Digital', meetingIds: [forum.id] });
  await api.caller('id', head).proposals.create({
    ...base,
    title: 'Bantuan jaringan desa',
    meetingIds: [forum.id],
    raisedOn: '2024-04-02',
  });
});

async function digest(lang: 'id' | 'en') {
  const recipient = await loadDigestRecipient(api.database.db, head.id);
  if (!recipient) throw new Error('no recipient');
  return previewDigest(
    api.database.db,
    { ...recipient, language: lang },
    new Date(),
    appLinks(TEST_PUBLIC_URL),
  );
}

describe('proposals in the digest', () => {
  it("carry the day they were raised: the meeting's day, or the day given", async () => {
    const { content, rendered } = await digest('id');
    const days = Object.fromEntries(content.proposalsAwaitingDecision.map((p) => [p.title, p.raisedOn]));
    expect(days).toEqual({ 'ToT Talent Digital': '2024-03-18', 'Bantuan jaringan desa': '2024-04-02' });
    expect(rendered.text).toContain('Diajukan 18 Maret 2024');
    expect(rendered.text).toContain('Diajukan 2 April 2024');
  });
});
