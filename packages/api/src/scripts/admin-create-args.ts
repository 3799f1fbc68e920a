import { parseArgs } from 'node:util';
import {
  emailSchema,
  enumOf,
  localizeIssues,
  organizationKinds,
  regionCodeSchema,
  requiredText,
} from '@tindak/shared';
import { z } from 'zod';

/** `--region none` (or no --region): an office without a region, e.g. a ministry; it sees every region. */
const NO_REGION = new Set(['', 'none', 'nasional', 'national']);

const argsSchema = z
  .object({
    email: emailSchema,
    name: requiredText(120),
    office: requiredText(200),
    region: z
      .string()
      .optional()
      .transform((v) => (v === undefined || NO_REGION.has(v.trim().toLowerCase()) ? null : v.trim()))
      .pipe(regionCodeSchema.nullable()),
    kind: enumOf(organizationKinds).optional(),
  })
  .transform(({ kind, ...rest }) => ({
    ...rest,
    // A regional office is a Diskominfo unless told otherwise; one without a region, a ministry.
    kind: kind ?? (rest.region ? ('diskominfo' as const) : ('ministry' as const)),
  }));

export type AdminCreateArgs = z.output<typeof argsSchema>;

export const USAGE = `Pemakaian / usage:
  pnpm admin:create --email <email> --name "<nama / name>" --office "<nama kantor / office name>" [--region <kode Kemendagri, mis. 15 | none>] [--kind diskominfo|ministry|...]`;

/** Reads the command line; the problems, each in Indonesian and English, when it is not usable. */
export function parseAdminCreateArgs(argv: string[]): { args: AdminCreateArgs } | { problems: string[] } {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        office: { type: 'string' },
        region: { type: 'string' },
        kind: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return { problems: [`${(error as Error).message}`] };
  }
  const parsed = argsSchema.safeParse(values);
  if (parsed.success) return { args: parsed.data };
  const english = localizeIssues(parsed.error.issues, 'en');
  return {
    problems: localizeIssues(parsed.error.issues, 'id').map(
      (issue, i) => `--${issue.path}: ${issue.message} / ${english[i]?.message ?? ''}`,
    ),
  };
}
