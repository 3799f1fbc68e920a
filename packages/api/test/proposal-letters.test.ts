import { type ProposalCreateInput, translateMessage } from '@tindak/shared';
import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { SessionUser } from '../src/context';
import { DomainError } from '../src/errors';
import { createUser, useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { refusedWithoutEffect } from './support/refusal-check';

/** A proposal sent by official letter (surat), outside any meeting. */
const api = useTestApi();
let provinceId: string;
let kerinciId: string;
let teboId: string;
let komdigiId: string;
let meetingId: string;
let kerinciSecretariat: SessionUser;
let kerinciViewer: SessionUser;

beforeAll(async () => {
  provinceId = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  kerinciId = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  teboId = (await makeOffice(api, 'Diskominfo Kabupaten Tebo', '15.08')).id;
  komdigiId = (
    await api.caller().organizations.create({ name: 'Komdigi', kind: 'ministry', regionCode: null })
  ).id;
  meetingId = (await api.caller().meetings.create(meetingInput(provinceId))).id;
  kerinciSecretariat = await createUser(api, { role: 'secretariat', organizationId: kerinciId });
  kerinciViewer = await createUser(api, { role: 'viewer', organizationId: kerinciId });
});

function byLetter(overrides: Partial<ProposalCreateInput> = {}): ProposalCreateInput {
  return {
    title: 'Akses internet desa blank spot',
    proposerOrganizationIds: [kerinciId],
    addressedToOrganizationId: komdigiId,
    letterNumber: '500/12/Diskominfo-KRC',
    letterDate: '2026-01-15',
    ...overrides,
  };
}

/** The province's proposal raised in its meeting, with no letter. */
function fromMeetingOnly(): ProposalCreateInput {
  return byLetter({
    meetingIds: [meetingId],
    proposerOrganizationIds: [provinceId],
    letterNumber: null,
    letterDate: null,
  });
}

async function refusal(promise: Promise<unknown>): Promise<{ fields: string[]; messages: string[] }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  if (error.cause instanceof ZodError) {
    return {
      fields: error.cause.issues.map((i) => i.path.join('.')),
      messages: error.cause.issues.map((i) => i.message),
    };
  }
  if (error.cause instanceof DomainError)
    return { fields: [error.cause.field ?? ''], messages: [error.message] };
  return { fields: [], messages: [error.message] };
}

describe('a proposal sent by letter', () => {
  it('is stored with its letter, dated by it, and its creation event names the letter', async () => {
    const proposal = await api.callerAs(kerinciSecretariat).proposals.create(byLetter({ submit: true }));
    expect(proposal).toMatchObject({
      status: 'submitted',
      meetings: [],
      raisedOn: '2026-01-15',
      letter: { number: '500/12/Diskominfo-KRC', date: '2026-01-15' },
    });
    const [event] = await api.database.db
      .selectFrom('events')
      .select(['eventType', 'payload'])
      .where('aggregateId', '=', proposal.id)
      .execute();
    expect(event).toMatchObject({
      eventType: 'ProposalSubmitted',
      payload: { letterNumber: '500/12/Diskominfo-KRC', letterDate: '2026-01-15', meetingIds: [] },
    });
  });

  it('may also come from a meeting; the day given wins over the letter', async () => {
    const proposal = await api
      .caller()
      .proposals.create(byLetter({ meetingIds: [meetingId], proposerOrganizationIds: [provinceId] }));
    expect(proposal.raisedOn).toBe('2025-11-03');
    expect(proposal.letter).toEqual({ number: '500/12/Diskominfo-KRC', date: '2026-01-15' });
    const given = await api.caller().proposals.create(byLetter({ raisedOn: '2026-01-10' }));
    expect(given.raisedOn).toBe('2026-01-10');
  });

  it('records a letter added by an edit as a change', async () => {
    const created = await api.caller().proposals.create(fromMeetingOnly());
    expect(created.letter).toBeNull();
    const updated = await api.caller().proposals.update({
      ...byLetter({ proposerOrganizationIds: [provinceId], meetingIds: [meetingId] }),
      id: created.id,
      version: created.version,
    });
    expect(updated.letter).toEqual({ number: '500/12/Diskominfo-KRC', date: '2026-01-15' });
    const change = updated.history.find((e) => e.eventType === 'ProposalUpdated');
    expect(JSON.stringify(change?.payload)).toContain('500/12/Diskominfo-KRC');
  });
});

describe('refusals change nothing', () => {
  it("refuses a proposal with neither a meeting nor a letter, at both letter fields, in the caller's language", async () => {
    const input = byLetter({ letterNumber: null, letterDate: null });
    await refusedWithoutEffect(api.database.db, () => api.caller().proposals.create(input), 'BAD_REQUEST');
    const { fields, messages } = await refusal(api.caller().proposals.create(input));
    expect(fields.sort()).toEqual(['letterDate', 'letterNumber']);
    expect(new Set(messages)).toEqual(new Set(['meetingOrLetterRequired']));
    // The key the answer carries is said in both languages.
    expect(translateMessage('meetingOrLetterRequired', 'en')).toBe(
      'A proposal not raised in a meeting needs its letter number and date.',
    );
    expect(translateMessage('meetingOrLetterRequired', 'id')).toMatch(/nomor dan tanggal surat/);
  });

  it('asks for the date of a numbered letter and the number of a dated one', async () => {
    expect((await refusal(api.caller().proposals.create(byLetter({ letterDate: null })))).fields).toEqual([
      'letterDate',
    ]);
    expect((await refusal(api.caller().proposals.create(byLetter({ letterNumber: '  ' })))).fields).toEqual([
      'letterNumber',
    ]);
    const long = byLetter({ letterNumber: 'x'.repeat(101) });
    await refusedWithoutEffect(api.database.db, () => api.caller().proposals.create(long), 'BAD_REQUEST');
  });

  it('refuses an edit that takes away the last meeting of a proposal without a letter', async () => {
    const created = await api.caller().proposals.create(fromMeetingOnly());
    const edit = () =>
      api.caller().proposals.update({
        ...byLetter({ proposerOrganizationIds: [provinceId], letterNumber: null, letterDate: null }),
        meetingIds: [],
        id: created.id,
        version: created.version,
      });
    await refusedWithoutEffect(api.database.db, edit, 'BAD_REQUEST');
    expect((await refusal(edit())).fields).toEqual(['letterDate']);
  });

  it("refuses a letter from an office outside the caller's region, and a reader who may not write", async () => {
    const kerinci = api.callerAs(kerinciSecretariat);
    await refusedWithoutEffect(
      api.database.db,
      () => kerinci.proposals.create(byLetter({ proposerOrganizationIds: [teboId] })),
      'NOT_FOUND',
    );
    await refusedWithoutEffect(
      api.database.db,
      () => api.callerAs(kerinciViewer).proposals.create(byLetter()),
      'FORBIDDEN',
    );
  });

  it("refuses an edit of another region's letter as if it did not exist", async () => {
    const teboLetter = await api
      .caller()
      .proposals.create(byLetter({ proposerOrganizationIds: [teboId], letterNumber: '005/7/Kominfo' }));
    const kerinci = api.callerAs(kerinciSecretariat);
    await refusedWithoutEffect(
      api.database.db,
      () =>
        kerinci.proposals.update({
          ...byLetter({ proposerOrganizationIds: [teboId], letterNumber: '005/8/Kominfo' }),
          id: teboLetter.id,
          version: teboLetter.version,
        }),
      'NOT_FOUND',
    );
  });
});
