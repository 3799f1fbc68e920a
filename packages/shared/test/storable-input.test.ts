import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  actionItemCreateInput,
  actionItemListInput,
  commentInput,
  commitmentListInput,
  dateOnlySchema,
  isoDateTimeSchema,
  localizeIssues,
  meetingCreateInput,
  meetingListInput,
  meetingMinutesInput,
  organizationCreateInput,
  organizationListInput,
  personCreateInput,
  personSearchInput,
  searchInput,
  userListInput,
} from '../src';

const id = '0b6f0b8e-3a4e-4a53-9a52-6a0c1c0e0001';
const meeting = {
  type: 'rakornis',
  title: 'Rakornis Kominfo 2025',
  startsAt: '2025-11-03T09:00:00+07:00',
  endsAt: '2025-11-03T15:00:00+07:00',
  place: 'Auditorium',
  hostOrganizationId: id,
};

/** The messages a schema gives for an input, in Indonesian. */
function messages(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : localizeIssues(result.error.issues, 'id');
}

const unstorable =
  'Teks berisi karakter yang tidak dapat disimpan (karakter NUL atau karakter rusak). Hapus karakter itu lalu coba lagi.';

/** Each kind of text a person types, with where the bad character goes. */
const texts: [string, z.ZodType, (bad: string) => unknown, string][] = [
  ['a meeting title', meetingCreateInput, (bad) => ({ ...meeting, title: `Rapat ${bad}` }), 'title'],
  [
    'a guest name',
    meetingCreateInput,
    (bad) => ({ ...meeting, participants: [{ kind: 'guest', guestName: bad }] }),
    'participants.0.guestName',
  ],
  [
    'an online link',
    meetingCreateInput,
    (bad) => ({ ...meeting, onlineUrl: `https://zoom.us/${bad}` }),
    'onlineUrl',
  ],
  [
    'minutes (markdown)',
    meetingMinutesInput,
    (bad) => ({ id, version: 1, minutes: `# Notulen\n${bad}` }),
    'minutes',
  ],
  ['a comment', commentInput, (bad) => ({ id, body: bad }), 'body'],
  [
    'a follow-up description',
    actionItemCreateInput,
    (bad) => ({
      title: 'Laporan',
      description: bad,
      meetingId: id,
      ownerOrganizationId: id,
      dueOn: '2030-01-31',
    }),
    'description',
  ],
  [
    'an office name',
    organizationCreateInput,
    (bad) => ({ name: `Diskominfo ${bad}`, kind: 'diskominfo' }),
    'name',
  ],
  ['a person’s name', personCreateInput, (bad) => ({ fullName: `Budi ${bad}` }), 'fullName'],
  ['the search box', searchInput, (bad) => ({ q: `rakor ${bad}` }), 'q'],
  ['a user search', userListInput, (bad) => ({ q: bad }), 'q'],
  ['an office search', organizationListInput, (bad) => ({ search: bad }), 'search'],
  ['a person search', personSearchInput, (bad) => ({ query: bad }), 'query'],
  ['a commitment search', commitmentListInput, (bad) => ({ q: bad }), 'q'],
];

describe('text PostgreSQL cannot store', () => {
  it('is refused in every kind of text (NUL, lone surrogate halves); well-formed text, emoji too, is not', () => {
    for (const [label, schema, input, path] of texts) {
      for (const bad of ['\u0000', '\ud800', '\udfff', 'x\ud83d']) {
        expect(messages(schema, input(bad)), `${label}: ${JSON.stringify(bad)}`).toContainEqual({
          path,
          message: unstorable,
        });
      }
      expect(
        messages(schema, input('😀 dan ü')).map((i) => i.message),
        label,
      ).not.toContain(unstorable);
    }
  });
});

describe('dates', () => {
  it('refuse what PostgreSQL cannot hold or nobody means, naming the field, and keep 1900–2100', () => {
    const range = 'Tanggal harus antara tahun 1900–2100.';
    for (const date of ['0000-01-01', '0001-01-01', '1899-12-31', '2101-01-01', '9999-12-31']) {
      expect(messages(actionItemListInput, { dueFrom: date }), date).toEqual([
        { path: 'dueFrom', message: range },
      ]);
      expect(messages(meetingListInput, { from: `${date}T00:00:00+07:00` }), date).toEqual([
        { path: 'from', message: range },
      ]);
    }
    for (const date of ['1900-01-01', '2025-11-03', '2100-12-31']) {
      expect(dateOnlySchema.safeParse(date).success, date).toBe(true);
      expect(isoDateTimeSchema.safeParse(`${date}T23:59:00+07:00`).success, date).toBe(true);
    }
    // A malformed date gets its format message only, not the range one as well.
    expect(messages(dateOnlySchema, '0000-13-45')).toEqual([
      { path: '', message: 'Tanggal tidak valid (format TTTT-BB-HH).' },
    ]);
    expect(messages(isoDateTimeSchema, 'besok')).toEqual([
      { path: '', message: 'Tanggal dan jam tidak valid.' },
    ]);
  });
});
