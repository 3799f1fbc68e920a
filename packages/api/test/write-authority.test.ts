import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { storeFile } from '../src/services/file.service';
import { createUser, useTestApi } from './support';
import { dbSnapshots } from './support/db-snapshot';
import { meetingInput } from './support/fixtures';

/**
 * Write authority by ownership (issue 15): reading a record never implies the right to change it,
 * and a refused call changes nothing. Every refusal below is checked by its effect (the whole
 * database before and after), not only by its answer.
 */
const api = useTestApi();

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

let offices: Record<'province' | 'kerinci' | 'merangin' | 'tebo', string>;
let users: Record<
  'provinceSecretariat' | 'provinceHead' | 'teboHead' | 'kerinciHead' | 'kerinciStaff' | 'kerinciViewer',
  SessionUser
>;
let otherKerinciStaff: SessionUser;
let provinceMeeting: { id: string; version: number };
let provinceProposal: { id: string; version: number };
let provinceCommitment: { id: string; version: number };
let meranginMeeting: { id: string };
let meranginItem: { id: string; version: number };
let kerinciItem: { id: string; version: number };
let kerinciColleagueItem: { id: string; version: number };

async function office(name: string, regionCode: string) {
  return (await api.caller().organizations.create({ name, kind: 'diskominfo', regionCode })).id;
}

async function person(fullName: string, organizationId: string) {
  return (await api.caller().people.create({ fullName, organizationId })).id;
}

/** Expects the call to be refused with `code` and the database to be exactly as it was. */
async function refusedWithoutEffect(call: () => Promise<unknown>, code: string, message?: RegExp) {
  const snapshots = dbSnapshots(api.database.db);
  const before = await snapshots.take();
  const error = await call().then(
    () => undefined,
    (e: unknown) => e as { code?: string; message?: string },
  );
  expect(error, 'the call should have been refused').toBeDefined();
  expect(error?.code).toBe(code);
  if (message) expect(error?.message).toMatch(message);
  expect(await snapshots.changesSince(before)).toEqual([]);
}

beforeAll(async () => {
  offices = {
    province: await office('Diskominfo Provinsi Jambi', '15'),
    kerinci: await office('Diskominfo Kabupaten Kerinci', '15.01'),
    merangin: await office('Diskominfo Kabupaten Merangin', '15.02'),
    tebo: await office('Diskominfo Kabupaten Tebo', '15.09'),
  };
  const kerinciStaffPerson = await person('Staf Kerinci', offices.kerinci);
  const otherPerson = await person('Staf Kerinci Lain', offices.kerinci);
  users = {
    provinceSecretariat: await createUser(api, { role: 'secretariat', organizationId: offices.province }),
    provinceHead: await createUser(api, { role: 'head', organizationId: offices.province }),
    teboHead: await createUser(api, { role: 'head', organizationId: offices.tebo }),
    kerinciHead: await createUser(api, { role: 'head', organizationId: offices.kerinci }),
    kerinciStaff: await createUser(api, {
      role: 'staff',
      organizationId: offices.kerinci,
      personId: kerinciStaffPerson,
    }),
    kerinciViewer: await createUser(api, { role: 'viewer', organizationId: offices.kerinci }),
  };
  otherKerinciStaff = await createUser(api, {
    role: 'staff',
    organizationId: offices.kerinci,
    personId: otherPerson,
  });

  // The province's Rakornis, attended by Tebo (and so readable there).
  const province = api.callerAs(users.provinceSecretariat);
  provinceMeeting = await province.meetings.create(
    meetingInput(offices.province, {
      participants: [{ kind: 'guest', guestName: 'Kadis Tebo', organizationId: offices.tebo }],
    }),
  );
  provinceProposal = await province.proposals.create({
    title: 'Data Center Provinsi untuk kabupaten',
    proposerOrganizationIds: [offices.province],
    addressedToOrganizationId: offices.province,
    meetingIds: [provinceMeeting.id],
  });
  provinceCommitment = await province.commitments.create({
    title: 'Pemprov menyediakan hosting',
    committedByOrganizationId: offices.province,
    regionCodes: ['15.09'],
    meetingId: provinceMeeting.id,
  });
  meranginMeeting = await api
    .callerAs(users.provinceHead)
    .meetings.create(meetingInput(offices.merangin, { title: 'Rapat internal Merangin' }));

  const head = api.callerAs(users.provinceHead);
  meranginItem = await head.actionItems.create({
    title: 'Tindak lanjut Merangin',
    ownerOrganizationId: offices.merangin,
    dueOn: '2030-06-30',
    meetingId: meranginMeeting.id,
  });
  kerinciItem = await head.actionItems.create({
    title: 'Tindak lanjut Kerinci',
    ownerOrganizationId: offices.kerinci,
    ownerPersonId: kerinciStaffPerson,
    dueOn: '2030-06-30',
    // A meeting Kerinci neither hosted nor attended: the item is Kerinci's, the meeting is not.
    meetingId: meranginMeeting.id,
  });
  kerinciColleagueItem = await head.actionItems.create({
    title: 'Tindak lanjut rekan',
    ownerOrganizationId: offices.kerinci,
    ownerPersonId: otherPerson,
    dueOn: '2030-06-30',
    meetingId: provinceMeeting.id,
  });
});

describe('a regency that attended a province meeting reads it but does not write it', () => {
  it('the Tebo head reads the Rakornis', async () => {
    const meeting = await api.callerAs(users.teboHead).meetings.get({ id: provinceMeeting.id });
    expect(meeting.title).toBe('Rakornis Kominfo 2025');
  });

  it('cannot save its minutes, change its status, attendance, attachments or details', async () => {
    const tebo = api.callerAs(users.teboHead);
    const { id, version } = provinceMeeting;
    const organizer = /notOrganizerOfMeeting/;
    await refusedWithoutEffect(
      () => tebo.meetings.saveMinutes({ id, version, minutes: 'Diubah oleh Tebo', agenda: [] }),
      'FORBIDDEN',
      organizer,
    );
    await refusedWithoutEffect(
      () => tebo.meetings.setStatus({ id, version, action: 'cancel', reason: 'Tebo membatalkan' }),
      'FORBIDDEN',
      organizer,
    );
    const detail = await tebo.meetings.get({ id });
    await refusedWithoutEffect(
      () =>
        tebo.meetings.recordAttendance({
          id,
          version,
          entries: [{ participantId: detail.participants[0]?.id as string, attendance: 'absent' }],
        }),
      'FORBIDDEN',
    );
    await refusedWithoutEffect(
      () =>
        tebo.meetings.update({
          ...meetingInput(offices.province, { title: 'Judul diganti Tebo' }),
          id,
          version,
        }),
      'FORBIDDEN',
    );
    const file = await storeFile(api.context('id', users.teboHead), 'tebo.pdf', PDF);
    await refusedWithoutEffect(() => tebo.meetings.attachFile({ id, version, fileId: file.id }), 'FORBIDDEN');
  });

  it("cannot edit or move the province's proposals and commitments recorded from it", async () => {
    const tebo = api.callerAs(users.teboHead);
    const proposal = await tebo.proposals.get({ id: provinceProposal.id });
    await refusedWithoutEffect(
      () =>
        tebo.proposals.update({
          id: proposal.id,
          version: proposal.version,
          title: 'Diubah Tebo',
          description: null,
          addressedToOrganizationId: offices.province,
          proposerOrganizationIds: [offices.province],
          meetingIds: [provinceMeeting.id],
        }),
      'FORBIDDEN',
    );
    await refusedWithoutEffect(
      () => tebo.proposals.transition({ id: proposal.id, version: proposal.version, action: 'submit' }),
      'FORBIDDEN',
    );
    const commitment = await tebo.commitments.get({ id: provinceCommitment.id });
    await refusedWithoutEffect(
      () =>
        tebo.commitments.transition({
          id: commitment.id,
          version: commitment.version,
          action: 'cancel',
          reason: 'Tebo',
        }),
      'FORBIDDEN',
    );
  });

  it('cannot record a proposal or commitment from it either', async () => {
    const tebo = api.callerAs(users.teboHead);
    await refusedWithoutEffect(
      () =>
        tebo.proposals.create({
          title: 'Usulan Tebo di rapat provinsi',
          proposerOrganizationIds: [offices.tebo],
          addressedToOrganizationId: offices.province,
          meetingIds: [provinceMeeting.id],
        }),
      'FORBIDDEN',
    );
    await refusedWithoutEffect(
      () =>
        tebo.commitments.create({
          title: 'Komitmen Tebo di rapat provinsi',
          committedByOrganizationId: offices.tebo,
          regionCodes: ['15.09'],
          meetingId: provinceMeeting.id,
        }),
      'FORBIDDEN',
    );
  });

  it('the province covers its regencies: its head changes a meeting Merangin hosted', async () => {
    const head = api.callerAs(users.provinceHead);
    const meeting = await head.meetings.get({ id: meranginMeeting.id });
    const saved = await head.meetings.saveMinutes({
      id: meeting.id,
      version: meeting.version,
      minutes: 'Catatan provinsi',
      agenda: [],
    });
    expect(saved.minutes).toBe('Catatan provinsi');
    expect(saved.homeRegionCodes).toEqual(['15.02']);
  });
});

describe('an action item is worked on by its owner and decided by heads over the owning office', () => {
  it('Kerinci staff commenting on a Merangin item: NOT_FOUND, and no comment or event written', async () => {
    await refusedWithoutEffect(
      () =>
        api.callerAs(users.kerinciStaff).actionItems.comment({ id: meranginItem.id, body: 'Dari Kerinci' }),
      'NOT_FOUND',
    );
  });

  it('staff cannot comment on, report or submit evidence for an item of a colleague', async () => {
    const staff = api.callerAs(users.kerinciStaff);
    const { id, version } = kerinciColleagueItem;
    await refusedWithoutEffect(
      () => staff.actionItems.comment({ id, body: 'Bukan milik saya' }),
      'FORBIDDEN',
    );
    await refusedWithoutEffect(
      () => staff.actionItems.reportProgress({ id, version, progress: 50, note: null }),
      'FORBIDDEN',
    );
    await refusedWithoutEffect(
      () => staff.actionItems.submitEvidence({ id, version, note: 'Selesai', link: null, fileId: null }),
      'FORBIDDEN',
    );
  });

  it('the owner comments; a head of another regency cannot', async () => {
    const item = await api
      .callerAs(users.kerinciStaff)
      .actionItems.comment({ id: kerinciItem.id, body: 'Sedang dikerjakan' });
    expect(item.comments.map((c) => c.body)).toContain('Sedang dikerjakan');
    await refusedWithoutEffect(
      () => api.callerAs(users.teboHead).actionItems.comment({ id: kerinciItem.id, body: 'Dari Tebo' }),
      'NOT_FOUND',
    );
  });

  it('staff cannot decide; the Kerinci head decides on a Kerinci item', async () => {
    const staff = api.callerAs(otherKerinciStaff);
    const { id, version } = kerinciColleagueItem;
    const working = await staff.actionItems.reportProgress({ id, version, progress: 40, note: null });
    const submitted = await staff.actionItems.submitEvidence({
      id,
      version: working.version,
      note: 'Laporan terlampir',
      link: 'https://jambiprov.go.id/laporan',
      fileId: null,
    });
    await refusedWithoutEffect(
      () => staff.actionItems.verify({ id, version: submitted.version, accept: true, reason: null }),
      'FORBIDDEN',
    );
    const verified = await api
      .callerAs(users.kerinciHead)
      .actionItems.verify({ id, version: submitted.version, accept: true, reason: null });
    expect(verified.status).toBe('done');
  });
});

describe('links go only to records the caller may read, and pages never show what they may not', () => {
  it("a writer cannot link a proposal or commitment to another region's meeting by its id", async () => {
    const kerinci = api.callerAs(users.kerinciHead);
    await refusedWithoutEffect(
      () =>
        kerinci.proposals.create({
          title: 'Usulan Kerinci',
          proposerOrganizationIds: [offices.kerinci],
          addressedToOrganizationId: offices.kerinci,
          meetingIds: [meranginMeeting.id],
        }),
      'NOT_FOUND',
    );
    await refusedWithoutEffect(
      () =>
        kerinci.commitments.create({
          title: 'Komitmen Kerinci',
          committedByOrganizationId: offices.kerinci,
          regionCodes: ['15.01'],
          meetingId: meranginMeeting.id,
        }),
      'NOT_FOUND',
    );
  });

  it("an item's meeting outside the reader's region shows as such, without its title or id", async () => {
    const viewer = api.callerAs(users.kerinciViewer);
    const item = await viewer.actionItems.get({ id: kerinciItem.id });
    expect(item.meeting).toEqual({ outsideScope: true });
    const list = await viewer.actionItems.list({ limit: 50 });
    const row = list.items.find((i) => i.id === kerinciItem.id);
    expect(row?.meeting).toEqual({ outsideScope: true });
    expect(JSON.stringify(list)).not.toContain('Rapat internal Merangin');
    // The province head, who may read that meeting, sees it.
    const seen = await api.callerAs(users.provinceHead).actionItems.get({ id: kerinciItem.id });
    expect(seen.meeting).toMatchObject({ outsideScope: false, title: 'Rapat internal Merangin' });
  });

  it("a commitment for Kerinci made at Merangin's meeting hides the meeting from Kerinci", async () => {
    const commitment = await api.callerAs(users.provinceHead).commitments.create({
      title: 'Akses internet desa Kerinci',
      committedByOrganizationId: offices.province,
      regionCodes: ['15.01'],
      meetingId: meranginMeeting.id,
    });
    const viewer = api.callerAs(users.kerinciViewer);
    expect((await viewer.commitments.get({ id: commitment.id })).meeting).toEqual({ outsideScope: true });
    const listed = (await viewer.commitments.list({ limit: 50 })).items.find((c) => c.id === commitment.id);
    expect(listed?.meeting).toEqual({ outsideScope: true });
  });
  it('a form that leaves out a source the editor may not read does not remove it', async () => {
    const province = api.callerAs(users.provinceHead);
    let proposal = await province.proposals.create({
      title: 'Usulan Merangin',
      proposerOrganizationIds: [offices.merangin],
      addressedToOrganizationId: offices.province,
      meetingIds: [meranginMeeting.id],
      submit: true,
    });
    proposal = await province.proposals.transition({
      id: proposal.id,
      version: proposal.version,
      action: 'startReview',
    });
    proposal = await province.proposals.transition({
      id: proposal.id,
      version: proposal.version,
      action: 'accept',
      decisionNote: 'Disetujui',
    });
    const made = await province.commitments.create({
      title: 'Kerinci menyiapkan lokasi',
      committedByOrganizationId: offices.kerinci,
      ownerOrganizationId: offices.kerinci,
      regionCodes: ['15.01'],
      proposalId: proposal.id,
    });
    const kerinci = api.callerAs(users.kerinciHead);
    const seen = await kerinci.commitments.get({ id: made.id });
    expect(seen.proposal).toEqual({ outsideScope: true });
    const updated = await kerinci.commitments.update({
      id: made.id,
      version: seen.version,
      title: 'Kerinci menyiapkan lokasi menara',
      committedByOrganizationId: offices.kerinci,
      ownerOrganizationId: offices.kerinci,
      regionCodes: ['15.01'],
    });
    expect(updated.title).toBe('Kerinci menyiapkan lokasi menara');
    const stored = await api.database.db
      .selectFrom('commitments')
      .select('proposalId')
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    expect(stored.proposalId).toBe(proposal.id);
  });
});

describe('files belong to their uploader until attached', () => {
  it("another region's upload cannot be attached by its id, and so cannot be read through it", async () => {
    const merangin = await createUser(api, { role: 'head', organizationId: offices.merangin });
    const theirs = await storeFile(api.context('id', merangin), 'rahasia-merangin.pdf', PDF);
    const kerinci = api.callerAs(users.kerinciHead);
    const meeting = await kerinci.meetings.create(meetingInput(offices.kerinci, { title: 'Rapat Kerinci' }));
    await refusedWithoutEffect(
      () => kerinci.meetings.attachFile({ id: meeting.id, version: meeting.version, fileId: theirs.id }),
      'NOT_FOUND',
    );
    const { version } = await kerinci.actionItems.get({ id: kerinciItem.id });
    await refusedWithoutEffect(
      () =>
        api.callerAs(users.kerinciStaff).actionItems.submitEvidence({
          id: kerinciItem.id,
          version,
          note: null,
          link: null,
          fileId: theirs.id,
        }),
      'NOT_FOUND',
    );
    const own = await storeFile(api.context('id', users.kerinciHead), 'notulen.pdf', PDF);
    const attached = await kerinci.meetings.attachFile({
      id: meeting.id,
      version: meeting.version,
      fileId: own.id,
    });
    expect(attached.attachments.map((a) => a.id)).toContain(own.id);
  });
});
