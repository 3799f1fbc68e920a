import { textInput, uuidSchema } from '@tindak/shared';
import { z } from 'zod';
import { BadRequestError } from '../errors';

/**
 * One codec for every list's keyset cursor: base64url JSON out, and back in only through a zod
 * schema, so a crafted cursor is a clear BAD_REQUEST on `cursor` (never a value PostgreSQL refuses,
 * such as a year-0 date or a NUL in a name, and so never a 500).
 */
export function cursorCodec<Schema extends z.ZodType>(schema: Schema) {
  return {
    encode(value: z.input<Schema>): string {
      return Buffer.from(JSON.stringify(value)).toString('base64url');
    },
    decode(text: string): z.output<Schema> {
      try {
        const parsed = schema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
        if (parsed.success) return parsed.data;
      } catch {
        // not base64 JSON: reported below
      }
      throw new BadRequestError('invalidCursor', 'cursor');
    },
  };
}

/** Text in a cursor: what PostgreSQL can compare (no NUL, no lone surrogate). */
export const cursorText = textInput().max(1000);

/** A cursor's id. */
export const cursorId = uuidSchema;

/** A real instant in the exact shape `createdAtKey` produces (microseconds, UTC). */
export const createdAtKeySchema = z.string().refine((value) => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value)) return false;
  const millis = value.slice(0, 23);
  const date = new Date(`${millis}Z`);
  const year = date.getUTCFullYear();
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString().slice(0, 23) === millis &&
    year >= 1900 &&
    year <= 2200
  );
});

/** (created_at, id) keysets, newest first: proposals, commitments. */
export const createdCursor = cursorCodec(
  z.tuple([createdAtKeySchema, cursorId]).transform(([createdAt, id]) => ({ createdAt, id })),
);
