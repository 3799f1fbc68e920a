import {
  DEFAULT_TIME_ZONE,
  type PublicCommitmentsOutput,
  type PublicProvince,
  statusLabel,
  todayIn,
} from '@tindak/shared';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import {
  findProvince,
  listPublicCommitments,
  listPublicProvinces,
} from '../repositories/public-commitment.repo';

/**
 * The page shows the newest this many; a province with more is told so. Keeps an anonymous,
 * unauthenticated read cheap (two indexed queries, bounded output) however often it is asked.
 */
export const PUBLIC_COMMITMENTS_LIMIT = 200;

/** A province's published commitments, for anyone: offices and regions, never people. */
export async function publicCommitments(
  ctx: Context,
  provinceCode: string,
): Promise<PublicCommitmentsOutput> {
  const province = await findProvince(ctx.db, provinceCode);
  if (!province) throw new NotFoundError('regionNotFound', 'provinceCode');
  // Due dates are calendar days in WIB, like everywhere else.
  const rows = await listPublicCommitments(
    ctx.db,
    province.code,
    todayIn(DEFAULT_TIME_ZONE),
    DEFAULT_TIME_ZONE,
    PUBLIC_COMMITMENTS_LIMIT,
  );
  return {
    province,
    commitments: rows.slice(0, PUBLIC_COMMITMENTS_LIMIT).map((row) => ({
      ...row,
      statusLabel: statusLabel(row.status, ctx.lang),
    })),
    truncated: rows.length > PUBLIC_COMMITMENTS_LIMIT,
  };
}

export async function publicProvinces(ctx: Context): Promise<PublicProvince[]> {
  return listPublicProvinces(ctx.db);
}
