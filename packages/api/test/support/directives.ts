import type { ActionItemStatus } from '@tindak/shared';
import type { TestApi } from './index';

/** One office's share of a test directive. */
export interface DirectiveShare {
  officeId: string;
  /** Defaults to the directive's deadline. */
  dueOn?: string;
  status?: ActionItemStatus;
  /** When a done item was verified; defaults to now. */
  completedAt?: Date;
}

/**
 * A directive (arahan) and its offices' items, written straight into the tables: the lists, Beranda,
 * exports and the digest read these rows, and their tests need them whether or not the directive
 * service (`directives.*`) is at hand. Each item's region is its office's, as the service sets it.
 */
export async function insertDirective(
  api: Pick<TestApi, 'database'>,
  values: {
    title: string;
    issuedBy: string;
    dueOn: string;
    meetingId?: string | null;
    shares: DirectiveShare[];
  },
): Promise<{ id: string; itemIds: string[] }> {
  const db = api.database.db;
  const directive = await db
    .insertInto('directives')
    .values({
      title: values.title,
      issuedByOrganizationId: values.issuedBy,
      dueOn: values.dueOn,
      meetingId: values.meetingId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const itemIds: string[] = [];
  for (const share of values.shares) {
    const office = await db
      .selectFrom('organizations')
      .select('regionCode')
      .where('id', '=', share.officeId)
      .executeTakeFirstOrThrow();
    const status = share.status ?? 'open';
    const item = await db
      .insertInto('actionItems')
      .values({
        title: values.title,
        directiveId: directive.id,
        directiveOfficeId: share.officeId,
        meetingId: values.meetingId ?? null,
        ownerOrganizationId: share.officeId,
        regionCode: office.regionCode,
        dueOn: share.dueOn ?? values.dueOn,
        status,
        progress: status === 'done' ? 100 : 0,
        completedAt: status === 'done' ? (share.completedAt ?? new Date()) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    itemIds.push(item.id);
  }
  return { id: directive.id, itemIds };
}
