import { actionItemListInput, commentInput } from '@tindak/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyReplacements, type Replacement, replacements, schemaFields } from './support/hostile-input';

/** The generator behind the property tests: replacements land where they fit. */
const foreignId = '11111111-1111-4111-8111-111111111111';
const drawn: Replacement = {
  at: 0,
  pick: 0,
  uuid: '22222222-2222-4222-8222-222222222222',
  foreignId,
  date: '0000-01-01',
  number: -1,
  unicode: '\uD800',
  hugeOf: 'a',
  json: null,
};
const comment = { id: '33333333-3333-4333-8333-333333333333', body: 'Catatan' };

describe('hostile input', () => {
  it('reads field kinds from the input schemas', () => {
    expect(schemaFields(commentInput)).toEqual({ id: 'id', body: 'text', idempotencyKey: 'id' });
    expect(schemaFields(actionItemListInput)).toMatchObject({
      dueFrom: 'date',
      meetingId: 'id',
      limit: 'number',
      overdueOnly: 'other',
    });
  });

  it('puts NUL inside a text, an outside id where an id goes, year 0 where a date goes', () => {
    // Fields of the comment: [the input itself, id, body].
    expect(applyReplacements(comment, [{ ...drawn, at: 2, pick: 0 }])).toEqual({
      ...comment,
      body: 'Cat\u0000atan',
    });
    expect(applyReplacements(comment, [{ ...drawn, at: 1, pick: 1 }])).toEqual({ ...comment, id: foreignId });
    const filters = schemaFields(actionItemListInput);
    const dueFrom = 1 + Object.keys(filters).indexOf('dueFrom');
    expect(applyReplacements({}, [{ ...drawn, at: dueFrom, pick: 0 }], filters)).toEqual({
      dueFrom: '0000-01-01',
    });
  });

  it('keeps a key named __proto__ as a key', () => {
    const query = applyReplacements(
      {},
      [{ ...drawn, at: 1, pick: 4 }],
      Object.fromEntries([['__proto__', 'other']]),
    );
    expect(Object.keys(query as object)).toEqual(['__proto__']);
  });

  it('never changes the input it is given', () => {
    fc.assert(
      fc.property(replacements([foreignId]), (list) => {
        const input = structuredClone(comment);
        applyReplacements(input, list, schemaFields(commentInput));
        expect(input).toEqual(comment);
      }),
      { numRuns: 30 },
    );
  });
});
