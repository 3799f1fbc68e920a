import path from 'node:path';
import { z } from 'zod';

/** The repository root: the embedded database keeps its files under <root>/.data. */
export const repoRoot = path.resolve(import.meta.dirname, '../..');

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TINDAK_DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
});

export type DbEnv = z.infer<typeof schema>;

/** Parses the database settings once; a bad value stops the process with one line naming it. */
export function readDbEnv(source: NodeJS.ProcessEnv = process.env): DbEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}
