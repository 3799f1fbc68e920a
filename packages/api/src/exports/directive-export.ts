import { type actionItemListInput, todayIn } from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { listActionItems } from '../services/action-item.service';
import { directiveSpreads } from '../services/directive-spread';
import { scopeOf } from '../services/scope';
import type { Cell, Sheet } from './spreadsheet';

type ListInput = z.output<typeof actionItemListInput>;
type Page = (input: ListInput & { cursor: string | null }) => ReturnType<typeof listActionItems>;

/**
 * Each directive once, with the spread of its items that the follow-up list would show under the
 * same filters and scope: the grouped list's pages give the directives in list order, one query then
 * counts them.
 */
export async function directiveSheet(
  ctx: Context,
  input: ListInput,
  collect: (input: ListInput, page: Page) => Promise<Awaited<ReturnType<Page>>['items']>,
): Promise<Sheet> {
  const rows = await collect({ ...input, groupDirectives: true, directiveId: undefined }, (i) =>
    listActionItems(ctx, i),
  );
  const ids = rows.flatMap((row) => (row.directive ? [row.directive.id] : []));
  const today = todayIn();
  const spreads = await directiveSpreads(ctx.db, ids, { ...input, scopeRegion: scopeOf(ctx) }, today);
  const day = (value: string): Cell => ({ day: value });
  return {
    name: 'arahan',
    columns: [
      { header: 'Arahan', width: 60 },
      { header: 'Tenggat', width: 12 },
      { header: 'Instansi', width: 10 },
      { header: 'Selesai', width: 10 },
      { header: 'Menunggu verifikasi', width: 20 },
      { header: 'Dikerjakan', width: 12 },
      { header: 'Belum dikerjakan', width: 16 },
      { header: 'Dibatalkan', width: 12 },
      { header: 'Terlambat', width: 10 },
    ],
    rows: ids.flatMap((id) => {
      const spread = spreads.get(id);
      if (!spread) return [];
      return [
        [
          spread.title,
          day(spread.dueOn),
          spread.total,
          spread.done,
          spread.awaitingVerification,
          spread.inProgress,
          spread.open,
          spread.cancelled,
          spread.overdue,
        ],
      ];
    }),
  };
}
