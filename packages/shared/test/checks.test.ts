import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionItemStatuses,
  dateOnlySchema,
  enumOf,
  isDateOnly,
  isOneOf,
  isRegionCode,
  isUuid,
  regionCodeSchema,
  uuidSchema,
} from '../src';

// The plain checks stand in for these schemas where zod is not loaded (the web's list filters):
// each must say yes exactly where its schema does.
const pairs = [
  {
    name: 'isUuid / uuidSchema',
    check: isUuid,
    schema: uuidSchema,
    samples: [
      '3f2c8a5e-1d4b-4c7a-9e2f-0a1b2c3d4e5f',
      '3F2C8A5E-1D4B-4C7A-9E2F-0A1B2C3D4E5F',
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      '00000000-0000-0000-0000-000000000001',
      '3f2c8a5e-1d4b-0c7a-9e2f-0a1b2c3d4e5f',
      '3f2c8a5e-1d4b-4c7a-7e2f-0a1b2c3d4e5f',
      '3f2c8a5e1d4b4c7a9e2f0a1b2c3d4e5f',
      '',
    ],
    arbitrary: fc.oneof(fc.uuid(), fc.string()),
  },
  {
    name: 'isRegionCode / regionCodeSchema',
    check: isRegionCode,
    schema: regionCodeSchema,
    samples: ['15', '15.01', '15.01.01', '15.01.01.2001', '15.1', '15.01.01.201', 'ab', '15.01.2001', ''],
    arbitrary: fc.stringMatching(/^[\d.]{0,14}$/),
  },
  {
    name: 'isDateOnly / dateOnlySchema',
    check: isDateOnly,
    schema: dateOnlySchema,
    samples: [
      '2026-04-30',
      '2026-04-31',
      '2024-02-29',
      '2025-02-29',
      '2000-02-29',
      '2100-02-29',
      '1899-12-31',
      '1900-01-01',
      '2100-12-31',
      '2101-01-01',
      '2026-13-01',
      '2026-00-10',
      '2026-1-01',
      '26-01-01',
      '',
    ],
    arbitrary: fc
      .tuple(
        fc.integer({ min: 1800, max: 2200 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  },
];

describe.each(pairs)('$name', ({ check, schema, samples, arbitrary }) => {
  it('accepts exactly what the schema accepts, on the edge cases', () => {
    for (const value of samples) {
      expect({ value, plain: check(value) }).toEqual({ value, plain: schema.safeParse(value).success });
    }
  });

  it('accepts exactly what the schema accepts, on generated values', () => {
    fc.assert(fc.property(arbitrary, (value) => check(value) === schema.safeParse(value).success));
  });

  it('refuses what is not text', () => {
    for (const value of [null, undefined, 15, {}]) expect(check(value)).toBe(false);
  });
});

describe('isOneOf', () => {
  it('agrees with the enum schema of the same list', () => {
    for (const value of [...actionItemStatuses, 'closed', 'Open', '']) {
      expect(isOneOf(actionItemStatuses, value)).toBe(enumOf(actionItemStatuses).safeParse(value).success);
    }
  });
});
